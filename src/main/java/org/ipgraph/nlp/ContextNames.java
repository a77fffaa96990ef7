package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the name finder and the lists miss, found by the words around them on web pages
 * (issue 10):
 * <ul>
 * <li>people by the shape of a name (two or three capitalized words, name particles and
 * an initial inside) where the context says it is a person: a role before it ("Microsoft
 * founder Bill Gates", "chief legal counsel Marianne Wier"), a role after a comma
 * ("Dimitris Glezos, FFII representative"), "MP" or "(MEP)" after it, or a verb of speech
 * after it ("Jan Wildeboer ... comments", "Smith said");</li>
 * <li>organizations as the parties of a suit: "X filed suit against Y", "X sued Y", "Y
 * was sued by X", "X v. Y", "lawsuit against Y" ("ePlus", "Ariba", "Timeline").</li>
 * </ul>
 * A name the page writes once this way is found again elsewhere on the page
 * ({@link DocumentNames}). Only free tokens are read: a name found otherwise stays as it
 * was.
 */
final class ContextNames {

	/** Roles written in lower case before or after a person's name. */
	static final Set<String> ROLES = Set.of("founder", "co-founder", "counsel", "president", "chairman", "chairwoman",
			"chair", "director", "manager", "head", "chief", "ceo", "cto", "spokesman", "spokeswoman", "spokesperson",
			"representative", "member", "members", "minister", "secretary", "commissioner", "professor", "lawyer",
			"attorney", "economist", "analyst", "journalist", "editor", "author", "inventor", "developer", "programmer",
			"lobbyist", "rapporteur", "mep", "mp", "deputy", "coordinator", "official", "officer", "researcher",
			"scientist", "engineer", "activist", "speaking", "leader", "partner", "judge", "expert", "consultant",
			"adviser", "advisor", "correspondent", "reporter", "writer", "vice-president");

	/** Verbs of speech after a person's name. */
	static final Set<String> SPEECH = Set.of("said", "says", "say", "comments", "commented", "comment", "wrote",
			"writes", "told", "tells", "explains", "explained", "argues", "argued", "added", "adds", "stated", "states",
			"asked", "asks", "answered", "answers", "replied", "replies", "noted", "notes", "believes", "believed",
			"thinks", "thought", "warned", "warns", "insisted", "insists", "admitted", "admits", "claimed", "reported",
			"reports", "announced", "recalled", "concluded", "confirmed", "declared", "pointed", "emphasized",
			"stressed", "suggested", "suggests", "criticized", "criticised", "urged", "urges");

	private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "di", "da", "le", "du", "del",
			"ter", "ten");

	private static final Pattern NAME_WORD = Pattern
		.compile("\\p{Lu}\\p{Ll}+(?:['’]\\p{Lu}?\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?|Mc\\p{Lu}\\p{Ll}+|Mac\\p{Lu}\\p{Ll}+");

	private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.(?:\\p{Lu}\\.)?");

	/** A company's one-word name as pages write it: "Ariba", "ePlus", "ContentGuard". */
	private static final Pattern PARTY_WORD = Pattern
		.compile("\\p{Lu}[\\p{L}\\d&.'-]*[\\p{L}\\d]|\\p{Ll}{1,2}\\p{Lu}[\\p{L}\\d]+");

	private static final Set<String> SUIT_NOUNS = Set.of("suit", "suits", "lawsuit", "lawsuits", "litigation", "action",
			"actions", "complaint", "complaints", "proceedings", "case", "cases", "injunction", "injunctions",
			"countersuit");

	private static final Set<String> SUE_VERBS = Set.of("sued", "sues", "sue", "suing", "countersued", "countersues");

	private static final Set<String> VERSUS = Set.of("v.", "v", "vs.", "vs", "versus");

	private ContextNames() {
	}

	/**
	 * People and parties on free tokens of one sentence of a web page; marks what it
	 * finds as taken.
	 */
	static List<Mention> find(Sentence sentence, boolean[] taken) {
		List<Mention> out = new ArrayList<>();
		people(sentence, taken, out);
		parties(sentence, taken, out);
		members(sentence, taken, out);
		return out;
	}

	/** Plural nouns for organizations, before "such as" and a list of them. */
	private static final Set<String> KINDS = Set.of("companies", "firms", "corporations", "industries", "groups",
			"organisations", "organizations", "associations", "vendors", "manufacturers", "businesses",
			"multinationals", "publishers", "banks", "universities");

	private static final Set<String> WORK = Set.of("work", "works", "worked", "working");

	/**
	 * Organizations by the words before them: the items of a list after a plural noun for
	 * organizations and "such as" ("IT companies such as Simcorp", "industries such as
	 * Google or Nokia", "lobby groups such as DCI or CompTIA"), and the employer after
	 * "work for" ("now working for Nokia").
	 */
	private static void members(Sentence sentence, boolean[] taken, List<Mention> out) {
		String[] t = sentence.tokens();
		for (int i = 0; i + 1 < t.length; i++) {
			String lower = t[i].toLowerCase(Locale.ROOT);
			if (WORK.contains(lower) && t[i + 1].equals("for") && i + 2 < t.length) {
				int end = partyAfter(t, i + 2);
				if (end == t.length || !NameRules.capitalized(t[end])) {
					party(sentence, taken, out, i + 2, end);
				}
			}
			if (KINDS.contains(lower) && i + 3 < t.length && t[i + 1].equals("such") && t[i + 2].equals("as")) {
				int k = i + 3;
				while (k < t.length) {
					int end = partyAfter(t, k);
					if (end == k || end < t.length && NameRules.capitalized(t[end])) {
						break;
					}
					party(sentence, taken, out, k, end);
					if (end + 1 < t.length && (t[end].equals(",") || t[end].equals("or") || t[end].equals("and"))) {
						k = end + 1;
					}
					else {
						break;
					}
				}
			}
		}
	}

	private static void people(Sentence sentence, boolean[] taken, List<Mention> out) {
		String[] t = sentence.tokens();
		for (int i = 0; i + 1 < t.length; i++) {
			int end = nameEnd(t, i);
			if (end < 0 || !NameRules.free(taken, i, end) || !personContext(t, i, end)) {
				continue;
			}
			out.add(new Mention(EntityType.PERSON, sentence.cover(i, end), sentence.index(), i, end,
					sentence.charStart(i), sentence.charEnd(end - 1), 0.6, "context"));
			NameRules.mark(taken, i, end);
			i = end - 1;
		}
	}

	/**
	 * Where a person's name of two to four words that starts at {@code i} ends, or -1:
	 * capitalized words (an initial and name particles inside), none of them a word that
	 * heads an organization, policy or fund, a title, a country or a common word.
	 */
	static int nameEnd(String[] t, int i) {
		if (!personWord(t[i]) || (i > 0 && personWord(t[i - 1]))) {
			return -1;
		}
		int end = i + 1;
		int words = 1;
		while (end < t.length && end - i < 4) {
			if (personWord(t[end])) {
				words++;
				end++;
			}
			else if (INITIAL.matcher(t[end]).matches() && end + 1 < t.length && personWord(t[end + 1])) {
				end++;
			}
			else if (PARTICLES.contains(t[end]) && end + 1 < t.length && personWord(t[end + 1])) {
				end++;
			}
			else {
				break;
			}
		}
		if (words < 2 || words > 3
				|| (end < t.length && NameRules.capitalized(t[end]) && !t[end].equals("MP") && !t[end].equals("MEP"))) {
			return -1;
		}
		return end;
	}

	private static boolean personWord(String token) {
		String lower = token.toLowerCase(Locale.ROOT);
		return NAME_WORD.matcher(token).matches() && NameRules.headOf(token) == null
				&& !NameWords.NOT_NAMES.contains(lower) && !NameWords.TITLES.contains(token)
				&& !NameWords.CALENDAR.contains(lower) && !NameWords.INSTITUTIONS.contains(token)
				&& !NameWords.NATIONALITY.matcher(token).matches() && !NameRules.COUNTRIES.contains(token)
				&& !NameWords.LEGAL_FORMS.contains(token) && !NameWords.PREPOSITIONS.contains(lower)
				&& !NameWords.LEADING_WORDS.contains(lower) && !ROLES.contains(lower) && !SPEECH.contains(lower);
	}

	private static boolean personContext(String[] t, int start, int end) {
		if (start > 0 && (ROLES.contains(t[start - 1]) || NameWords.ROLE_NOUNS.contains(t[start - 1]))) {
			return true;
		}
		if (end < t.length && (t[end].equals("MP") || t[end].equals("MEP") || SPEECH.contains(t[end]))) {
			return true;
		}
		if (end + 1 < t.length && t[end].equals("(") && Set.of("MEP", "MP", "MdB").contains(t[end + 1])) {
			return true;
		}
		if (end < t.length && t[end].equals(",")) {
			// "Dimitris Glezos, FFII representative in Greece", "Pierre De Muelenaere
			// (president and CEO of ...)"
			for (int k = end + 1; k < Math.min(t.length, end + 5); k++) {
				if (ROLES.contains(t[k])) {
					return true;
				}
				if (t[k].equals(",") || SPEECH.contains(t[k])) {
					break;
				}
			}
		}
		if (end + 1 < t.length && t[end].equals("(") && ROLES.contains(t[end + 1])) {
			return true;
		}
		return false;
	}

	private static void parties(Sentence sentence, boolean[] taken, List<Mention> out) {
		String[] t = sentence.tokens();
		for (int i = 0; i < t.length; i++) {
			String lower = t[i].toLowerCase(Locale.ROOT);
			if (VERSUS.contains(t[i]) && i > 0 && i + 1 < t.length) {
				party(sentence, taken, out, partyBefore(t, i), i);
				party(sentence, taken, out, i + 1, partyAfter(t, i + 1));
			}
			else if (SUE_VERBS.contains(lower)) {
				if (i > 0 && !t[i - 1].equalsIgnoreCase("to") && !t[i - 1].equalsIgnoreCase("not")) {
					party(sentence, taken, out, partyBefore(t, i), i);
				}
				int from = i + 1;
				if (from < t.length && t[from].equals("by")) {
					from++;
				}
				if (from < t.length) {
					party(sentence, taken, out, from, partyAfter(t, from));
				}
			}
			else if (SUIT_NOUNS.contains(lower) && i + 2 < t.length
					&& (t[i + 1].equals("against") || t[i + 1].equals("by"))) {
				party(sentence, taken, out, i + 2, partyAfter(t, i + 2));
			}
			else if (lower.equals("filed") && i > 0) {
				// "ePlus filed suit against ...", "X filed a lawsuit ..."
				for (int k = i + 1; k < Math.min(t.length, i + 4); k++) {
					if (SUIT_NOUNS.contains(t[k].toLowerCase(Locale.ROOT))) {
						party(sentence, taken, out, partyBefore(t, i), i);
						break;
					}
				}
			}
		}
	}

	/** The first word of a party's name that ends just before {@code end}. */
	private static int partyBefore(String[] t, int end) {
		int start = end;
		while (start > 0 && end - start < 3 && partyWord(t[start - 1])) {
			start--;
		}
		return start;
	}

	/** One past the last word of a party's name that starts at {@code start}. */
	private static int partyAfter(String[] t, int start) {
		int end = start;
		while (end < t.length && end - start < 3 && partyWord(t[end])) {
			end++;
		}
		return end;
	}

	private static boolean partyWord(String token) {
		String lower = token.toLowerCase(Locale.ROOT);
		// a common word such as "Timeline" may name a company that sues: only pronouns,
		// articles and prepositions are never parties
		return PARTY_WORD.matcher(token).matches() && !NameWords.NOT_ORGANIZATIONS.contains(token)
				&& !NameWords.TITLES.contains(token) && !NameWords.CALENDAR.contains(lower)
				&& !NameRules.COUNTRIES.contains(token) && !NameWords.NATIONALITY.matcher(token).matches()
				&& !NameWords.PREPOSITIONS.contains(lower) && !NameWords.LEADING_WORDS.contains(lower)
				&& !isArticleOrPronoun(lower);
	}

	private static boolean isArticleOrPronoun(String lower) {
		return Set
			.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "these",
					"those", "there", "his", "her", "its", "their", "our", "also", "not", "and", "or", "but", "if",
					"when")
			.contains(lower);
	}

	private static void party(Sentence sentence, boolean[] taken, List<Mention> out, int start, int end) {
		if (end <= start || !NameRules.free(taken, start, end)) {
			return;
		}
		out.add(new Mention(EntityType.ORGANIZATION, sentence.cover(start, end), sentence.index(), start, end,
				sentence.charStart(start), sentence.charEnd(end - 1), 0.6, "party"));
		NameRules.mark(taken, start, end);
	}

	private static final Set<String> CAPITAL_PARTICLES = Set.of("De", "Van", "Von", "Le", "Da", "Di", "Del", "Den",
			"Der", "La", "Du");

	/**
	 * People's spans mended on web pages: the whole of a hyphenated given name
	 * ("Karl-Friedrich Lenz", "Jean-Pierre Brard") and an initial before the name ("Mr.
	 * S. Gregory Boyd") belong to it, a capitalized particle takes the surname after it
	 * ("Pierre De Muelenaere"), "MP" after it does not belong to it ("Richard Allan MP"),
	 * and a name ends at a quoted line's hard break ("Karamanlis`\ ` Megaro").
	 */
	static List<Mention> mendPeople(List<Mention> mentions, Sentence sentence) {
		String[] t = sentence.tokens();
		List<Mention> out = new ArrayList<>(mentions);
		for (int n = 0; n < out.size(); n++) {
			Mention m = out.get(n);
			if (m.type() != EntityType.PERSON) {
				continue;
			}
			int lower = n > 0 ? out.get(n - 1).tokenEnd() : 0;
			int upper = n + 1 < out.size() ? out.get(n + 1).tokenStart() : t.length;
			int start = m.tokenStart();
			int end = m.tokenEnd();
			for (int k = start + 1; k < end; k++) {
				if (t[k].contains("`") || t[k].contains("\\")) {
					end = k;
					break;
				}
			}
			while (end - start > 1 && (t[end - 1].equals("MP") || t[end - 1].equals("MEP"))) {
				end--;
			}
			if (end == m.tokenEnd() && end < upper && CAPITAL_PARTICLES.contains(t[end - 1])
					&& NAME_WORD.matcher(t[end]).matches()) {
				end++;
			}
			while (start - 2 >= lower && t[start - 1].equals("-") && adjacent(sentence, start - 2, start)
					&& NAME_WORD.matcher(t[start - 2]).matches()) {
				start -= 2;
			}
			if (start - 1 >= lower && t[start - 1].matches("\\p{Lu}[\\p{Ll}]+-")
					&& adjacent(sentence, start - 1, start)) {
				start--;
			}
			while (start - 1 >= lower && INITIAL.matcher(t[start - 1]).matches()) {
				start--;
			}
			if (start != m.tokenStart() || end != m.tokenEnd()) {
				out.set(n, new Mention(EntityType.PERSON, sentence.cover(start, end), m.sentence(), start, end,
						sentence.charStart(start), sentence.charEnd(end - 1), m.confidence(), m.source()));
			}
		}
		return out;
	}

	/** Whether tokens from..to are written without a space between them. */
	private static boolean adjacent(Sentence sentence, int from, int to) {
		for (int k = from; k < to; k++) {
			if (sentence.charEnd(k) != sentence.charStart(k + 1)) {
				return false;
			}
		}
		return true;
	}

	/** Words that head a part of a larger body: "General Office of the State Council". */
	private static final Set<String> SUB_BODIES = Set.of("Office", "Committee", "Bureau", "Directorate", "Secretariat");

	/**
	 * An organization whose head names a part of a body, followed by "of (the)" and the
	 * body, is one name: "General Office" + "of the" + "State Council", "Standing
	 * Committee" + "of the" + "Sixth National People" + "'s Congress".
	 */
	static List<Mention> joinSubBodies(List<Mention> mentions, Sentence sentence) {
		String[] t = sentence.tokens();
		List<Mention> out = new ArrayList<>(mentions);
		for (int i = 0; i + 1 < out.size(); i++) {
			Mention part = out.get(i);
			Mention body = out.get(i + 1);
			int of = part.tokenEnd();
			if (part.type() != EntityType.ORGANIZATION || body.type() != EntityType.ORGANIZATION
					|| !SUB_BODIES.contains(t[of - 1]) || of >= t.length || !t[of].equals("of")) {
				continue;
			}
			int next = of + 1 < t.length && t[of + 1].equals("the") ? of + 2 : of + 1;
			if (body.tokenStart() != next) {
				continue;
			}
			int end = body.tokenEnd();
			// "... National People" + "'s Congress"
			if (end + 1 < t.length && (t[end].equals("'s") || t[end].equals("’s")) && NameRules.capitalized(t[end + 1])
					&& NameRules.headOf(t[end + 1]) == EntityType.ORGANIZATION) {
				end += 2;
			}
			out.set(i, new Mention(EntityType.ORGANIZATION, sentence.cover(part.tokenStart(), end), part.sentence(),
					part.tokenStart(), end, part.start(), sentence.charEnd(end - 1), part.confidence(), "phrase"));
			out.remove(i + 1);
			i--;
		}
		return out;
	}

	/**
	 * A dated news line names its source before a colon: "2004-10-19 InformationWeek: A
	 * Left-Right ...", "2003-02-20 The Register: SQL Server ...". The capitalized words
	 * between the date and the colon (at most five, a leading article left out) are the
	 * outlet, an organization; mentions inside them give way.
	 */
	static List<Mention> outlet(List<Mention> found, Sentence sentence) {
		String[] t = sentence.tokens();
		int start = dateTokens(t);
		if (start == 0) {
			return found;
		}
		if (start < t.length && (t[start].equals("The") || t[start].equals("the"))) {
			start++;
		}
		int colon = start;
		while (colon < t.length && colon - start < 6 && !t[colon].equals(":")) {
			boolean word = NameRules.capitalized(t[colon]) || t[colon].matches("\\p{Ll}{1,2}\\p{Lu}\\S*|&|\\.\\w+")
					|| colon > start && t[colon].matches("\\p{Ll}+") && t[colon].length() <= 3
							&& !t[colon].equals("and");
			if (!word) {
				return found;
			}
			colon++;
		}
		if (colon == start || colon >= t.length || !t[colon].equals(":") || colon - start > 5
				|| !NameRules.capitalized(t[start]) && !t[start].matches("\\p{Ll}{1,2}\\p{Lu}\\S*")) {
			return found;
		}
		for (Mention m : found) {
			if (m.tokenStart() < colon && m.tokenEnd() > colon) {
				return found;
			}
		}
		// "Timeline PR: Timeline sues ...": the outlet without the word for its paper
		if (colon - start > 1 && NameWords.PAPER_WORDS.contains(t[colon - 1])) {
			return outletOf(found, sentence, start, colon - 1);
		}
		return outletOf(found, sentence, start, colon);
	}

	private static List<Mention> outletOf(List<Mention> found, Sentence sentence, int start, int colon) {
		List<Mention> out = new ArrayList<>(found.size() + 1);
		for (Mention m : found) {
			if (m.tokenEnd() <= start || m.tokenStart() >= colon) {
				out.add(m);
			}
		}
		out.add(new Mention(EntityType.ORGANIZATION, sentence.cover(start, colon), sentence.index(), start, colon,
				sentence.charStart(start), sentence.charEnd(colon - 1), 0.7, "outlet"));
		out.sort(java.util.Comparator.comparingInt(Mention::start));
		return out;
	}

	/**
	 * How many tokens the date that opens a sentence takes: one ("2004-10-19") or, as the
	 * tokenizer splits it before some words, three or five ("2004 - 10-21", "2004 - 10 -
	 * 19"); 0 when the sentence does not open with a date.
	 */
	static int dateTokens(String[] t) {
		StringBuilder date = new StringBuilder();
		for (int i = 0; i < Math.min(5, t.length); i++) {
			if (!t[i].matches("[\\d-]+")) {
				break;
			}
			date.append(t[i]);
			if (DATE.matcher(date).matches() && (i + 1 == t.length || !t[i + 1].matches("[\\d-]+"))) {
				return i + 1;
			}
		}
		return 0;
	}

	private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{2,4}-\\d{2}(?:-\\d{2})?");

}
