package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules over one sentence's mentions that hold for names in any text, applied after the
 * name finder and the gazetteer:
 * <ul>
 * <li>what is never a name is dropped: pronouns and other function words ("They"),
 * generic acronyms ({@code NPE}, {@code SME}), patent numbers ({@code US 6,075,901}),
 * countries; a role before a name makes a person ("Senator Warren Rudman");</li>
 * <li>capitalized phrases are typed by their head: "Standing Committee of the ...
 * Congress" is an organization, "Notice on Supporting ..." and "Regulation (EU) No
 * 1257/2012" are policies, "Texas Emerging Technology Fund" a fund, and the phrase
 * replaces the pieces the name finder cut it into;</li>
 * <li>an acronym written in capitals is an organization ({@code FFII}, {@code EPO}),
 * unless it names a class of things, a technology or a country;</li>
 * <li>an institution named by one capitalized word ("the Council", "the Commission"),
 * with a nationality before it ("Dutch Parliament"), is an organization;</li>
 * <li>a title makes the capitalized words after it a person ("MEP Michel Rocard"),
 * without the title.</li>
 * </ul>
 * In a headline (a heading or dated news line, written in title case) a verb ends a
 * phrase.
 */
public final class NameRules {

	private static final Pattern ACRONYM = Pattern
		.compile("[A-Z][A-Z0-9&]*[A-Z0-9](?:s)?|(?:[A-Z]\\.){2,}|[A-Z][a-z][A-Z]{2,4}|[A-Z]{2,6}[-/][A-Z]{2,6}");

	/**
	 * Two-letter acronyms that name one body; every other two-letter word is a country or
	 * a word.
	 */
	private static final Set<String> SHORT_ACRONYMS = Set.of("EU", "UN", "EP", "EC", "HP", "GE", "LG", "BT");

	private static final Pattern PATENT_NUMBER = Pattern
		.compile("(?:[A-Z]{2}\\s?)?(?:\\d[\\d,. /-]{4,}\\d)(?:\\s?[A-Z]\\d?)?");

	/** Designations of EU acts, bills and public laws: "Regulation (EU) No 1257/2012". */
	private static final Pattern DESIGNATION = Pattern.compile("(?:(?:Council|Commission|Parliament)\\s+)?"
			+ "(?:Regulation|Directive|Decision|Recommendation)\\s+(?:\\((?:EU|EC|EEC|Euratom)\\)\\s+)?(?:No\\.?\\s+)?"
			+ "\\d{1,4}/\\d{1,4}(?:/(?:EU|EC|EEC))?|(?:COM|KOM|SEC)\\s?\\(\\d{4}\\)\\s?\\d+|COM\\s\\d{4}/\\d{2,4}"
			+ "|Public\\s+Law\\s+\\d{2,3}-\\d{1,4}|Executive\\s+Order\\s+\\d{4,5}|(?:H\\.R\\.|S\\.)\\s?\\d{2,5}");

	private static final Set<String> BREAKING_TAGS = Set.of("VERB", "AUX", "PRON", "SCONJ", "INTJ");

	static final Set<String> COUNTRIES = countries();

	private NameRules() {
	}

	/**
	 * Whether a name is a country or continent ("Germany", "Europe").
	 */
	public static boolean isCountry(String name) {
		return COUNTRIES.contains(name);
	}

	/**
	 * Whether a word is a title or role that names a person ("MEP", "Commissioner",
	 * "Dr.").
	 */
	public static boolean isTitle(String word) {
		return NameWords.TITLES.contains(word) || NameWords.ROLES.contains(word.toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * Whether one word is a word of the name rules rather than a name: a head of
	 * organization, policy or fund names ("Commission", "Act", "Fund"), an institution
	 * word, a title or role, a pronoun or a word that is never an organization ("NPE").
	 */
	public static boolean isRuleWord(String word) {
		String lower = word.toLowerCase(java.util.Locale.ROOT);
		return NameWords.ORGANIZATION_HEADS.contains(lower) || NameWords.POLICY_HEADS.contains(lower)
				|| NameWords.FUND_HEADS.contains(lower) || NameWords.INSTITUTIONS.contains(word)
				|| NameWords.TITLES.contains(word) || NameWords.ROLES.contains(lower)
				|| NameWords.NOT_ORGANIZATIONS.contains(word) || NameWords.NOT_NAMES.contains(lower)
				|| NameWords.PAPER_WORDS.contains(word);
	}

	/**
	 * @param found the mentions found so far, not overlapping
	 * @param sentence the sentence
	 * @param headline whether the sentence is a heading or news headline
	 * @param document lower-case words the document writes in lower case (an all-capitals
	 * word also written in lower case is a word, not an acronym)
	 * @param markup whether the document is a web page or other marked-up text (Markdown,
	 * HTML): only there are acronyms in capitals and institutions named by one word ("the
	 * Council") read as names; in patent prose and statutes most acronyms are technical
	 * or defined terms
	 * @return the mentions, mended, not overlapping, in text order
	 */
	static List<Mention> apply(List<Mention> found, Sentence sentence, boolean headline, Set<String> document,
			boolean markup) {
		List<Mention> out = new ArrayList<>(found.size() + 4);
		for (Mention m : found) {
			Mention kept = checked(m, sentence);
			if (kept != null) {
				out.add(kept);
			}
		}
		for (Mention designation : designations(sentence)) {
			out = with(out, designation, true, sentence.tokens());
		}
		for (Mention phrase : phrases(sentence, headline)) {
			if (markup || phrase.type() != EntityType.ORGANIZATION || completes(out, phrase, sentence.tokens())) {
				out = with(out, phrase, false, sentence.tokens());
			}
		}
		boolean[] taken = taken(out, sentence.tokens().length);
		out.addAll(titledPeople(sentence, taken));
		if (markup) {
			out.addAll(ContextNames.find(sentence, taken));
			out.addAll(institutions(sentence, taken));
			if (!shouting(sentence)) {
				out.addAll(acronyms(sentence, taken, document));
			}
		}
		out.sort(Comparator.comparingInt(Mention::start));
		if (markup) {
			out = ContextNames.mendPeople(out, sentence);
		}
		return ContextNames.joinSubBodies(out, sentence);
	}

	/**
	 * Whether an organization's phrase completes an organization already found that ends
	 * at its head, before "of" or "for": "Federal Ministry" + "for Economic Affairs and
	 * Climate Action", "Guangdong Provincial Administration" + "for Market Regulation".
	 * On text that is no web page such phrases are not read as new names (see
	 * {@link #apply}); this one only completes a name the name finder or a list found.
	 */
	static boolean completes(List<Mention> found, Mention phrase, String[] t) {
		for (Mention m : found) {
			if (m.type() == EntityType.ORGANIZATION && m.tokenStart() == phrase.tokenStart()
					&& m.tokenEnd() < phrase.tokenEnd() && headOf(t[m.tokenEnd() - 1]) == EntityType.ORGANIZATION
					&& (t[m.tokenEnd()].equals("of") || t[m.tokenEnd()].equals("for"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A mention as it stands, mended (title dropped, possessive and leading article cut),
	 * retyped, or null when it is no name.
	 */
	static Mention checked(Mention m, Sentence sentence) {
		String[] t = sentence.tokens();
		int start = m.tokenStart();
		int end = m.tokenEnd();
		// "Even the Commission", "So the Council", "Hopefully Antonios Christofides"
		while (end - start > 1 && (NameWords.SENTENCE_ADVERBS.contains(t[start]))) {
			start++;
		}
		while (end - start > 1 && isArticle(t[start])) {
			start++;
		}
		if (end - start == 1 && isNotName(t[start], sentence, start)) {
			return null;
		}
		EntityType type = m.type();
		if (type == EntityType.ORGANIZATION || type == EntityType.PERSON || type == EntityType.FUND) {
			String first = t[start];
			if ((NameWords.TITLES.contains(first) || NameWords.ROLES.contains(lower(first))) && end - start > 1) {
				int nameEnd = personEnd(t, start + 1, end);
				if (nameEnd == end) {
					return mention(EntityType.PERSON, sentence, start + 1, end, m);
				}
				return null;
			}
			// "Danish Business Minister Bendt Bendtsen", "Head of Department Michael
			// Dithmer": a title, then a person's name to the end
			for (int k = start + 1; type == EntityType.ORGANIZATION && k + 1 < end; k++) {
				if ((NameWords.TITLES.contains(t[k - 1]) || titled(t, start, k)) && ContextNames.nameEnd(t, k) == end) {
					return mention(EntityType.PERSON, sentence, k, end, m);
				}
			}
		}
		// "Google Search", "SEC Filing", "Nokia Statement", "Timeline PR": the
		// organization, not the page or paper of it
		while (type == EntityType.ORGANIZATION && end - start > 1 && NameWords.PAPER_WORDS.contains(t[end - 1])) {
			end--;
			if (end - start > 1 && t[end - 1].equals("News")) {
				end--;
			}
		}
		if (type == EntityType.ORGANIZATION || type == EntityType.FUND) {
			String text = sentence.cover(start, end);
			if (PATENT_NUMBER.matcher(text).matches()) {
				return mention(EntityType.PATENT_NUMBER, sentence, start, end, m);
			}
			if (end - start == 1 && NameWords.NOT_ORGANIZATIONS.contains(t[start])) {
				return isPolicyAcronym(t[start]) ? mention(EntityType.POLICY, sentence, start, end, m) : null;
			}
			if (COUNTRIES.contains(text) || end - start == 1 && NameWords.NATIONALITY.matcher(text).matches()) {
				// "Danish" in "the Danish parliament"
				return null;
			}
		}
		if (start == m.tokenStart() && end == m.tokenEnd()) {
			return m;
		}
		return mention(type, sentence, start, end, m);
	}

	private static boolean isPolicyAcronym(String token) {
		return Set
			.of("TRIPS", "TRIPs", "EPC", "PCT", "EPLA", "IPRED", "IPRED2", "EUCD", "DMCA", "AUSFTA", "TTIP", "ACTA",
					"CETA", "NAFTA", "GATT", "TFEU", "UPCA")
			.contains(token);
	}

	/**
	 * Whether one token is no name at all: a function word, pronoun or common heading
	 * word, whatever the name finder thought.
	 */
	private static boolean isNotName(String token, Sentence sentence, int index) {
		if (NameWords.NOT_NAMES.contains(lower(token))) {
			return true;
		}
		String[] pos = sentence.pos();
		return pos != null && index < pos.length
				&& Set.of("PRON", "DET", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "INTJ").contains(pos[index])
				&& !NameTokensView.isAllCaps(token);
	}

	/**
	 * Typed phrases: capitalized words joined by connectors ("of the", "for", "and"),
	 * typed by their head word.
	 */
	static List<Mention> phrases(Sentence sentence, boolean headline) {
		String[] t = sentence.tokens();
		List<Mention> out = new ArrayList<>();
		int i = 0;
		while (i < t.length) {
			boolean ordinal = isOrdinal(t[i]) && i + 1 < t.length && capitalized(t[i + 1]);
			if (!ordinal && (!mayStartPhrase(t, i) || breaks(sentence, i, headline, null))) {
				i++;
				continue;
			}
			int last = i;
			int j = i + 1;
			int preposition = -1;
			EntityType headType = null;
			// a legal form ends a company's name: "Qdeck Inc. in the Munich Regional
			// Court"
			while (j < t.length && !NameWords.LEGAL_FORMS.contains(t[last])) {
				String token = t[j];
				if (hyphenated(sentence, j)) {
					// "Medium-sized", "High-quality": the lower-case half of a compound
					last = j + 1;
					j += 2;
					continue;
				}
				if (isPhraseWord(token) || isOrdinalOrYear(token) && capitalized(t[j - 1])) {
					if (breaks(sentence, j, headline, headType) || designates(t, j)) {
						break;
					}
					last = j;
					j++;
					continue;
				}
				if (token.equals("(") && !isAcronymInParentheses(t, j)) {
					int close = parenthetical(t, j);
					if (close > 0) {
						last = close;
						j = close + 1;
						continue;
					}
					break;
				}
				if (token.equals(",") && preposition >= 0 && j + 1 < t.length && isPhraseWord(t[j + 1])
						&& headOf(t[j + 1]) == null) {
					j++;
					continue;
				}
				if (NameWords.isConnector(token)) {
					int k = j;
					while (k < t.length && k - j < 3 && NameWords.isConnector(t[k])) {
						k++;
					}
					if (k < t.length && joins(t, last, j, k, headType)) {
						if (preposition < 0 && NameWords.PREPOSITIONS.contains(lower(token))) {
							preposition = j;
							headType = headOf(t[last]);
						}
						if (isYear(t[k])) {
							// "Act of 1982": the year ends the title
							last = k;
							break;
						}
						j = k;
						continue;
					}
				}
				break;
			}
			if (last > i && !designates(t, last)) {
				Mention phrase = typed(sentence, i, last + 1, preposition);
				if (phrase != null) {
					out.add(phrase);
					// "European Patent Litigation Agreement (EPLA)": the acronym names
					// the same
					if (isAcronymInParentheses(t, last + 1)) {
						out.add(new Mention(phrase.type(), t[last + 2], sentence.index(), last + 2, last + 3,
								sentence.charStart(last + 2), sentence.charEnd(last + 2), 0.8, "phrase"));
					}
				}
			}
			i = last + 1;
		}
		return out;
	}

	/**
	 * Whether the connectors {@code t[from..to)} after the phrase's word {@code t[last]}
	 * join it to the capitalized word (or ordinal, or year) at {@code to}: "of", "for",
	 * "of the", "and" within a name; "and" right after a head joins two names ("Searle
	 * Scholars Program and Beihang University"), "and by", "and the" start a new one; a
	 * weak preposition ("on", "in", "by", "through") joins only right after a head
	 * ("Notice on") or inside a policy title's complement.
	 */
	private static boolean joins(String[] t, int last, int from, int to, EntityType headType) {
		String next = t[to];
		String first = lower(t[from]);
		boolean of = to - from == 1 && (first.equals("of") || first.equals("for"));
		if (!isPhraseWord(next) && !isOrdinal(next) && !(isYear(next) && of)) {
			return false;
		}
		if (first.equals("and") || first.equals("&")) {
			return headOf(t[last]) == null && to - from == 1;
		}
		for (int k = from + 1; k < to; k++) {
			if (NameWords.WEAK_PREPOSITIONS.contains(lower(t[k])) || lower(t[k]).equals("and")) {
				return false;
			}
		}
		if (!NameWords.WEAK_PREPOSITIONS.contains(first)) {
			return true;
		}
		if (headType == EntityType.POLICY) {
			return true;
		}
		return headType == null && NameWords.HEAD_PREPOSITIONS.contains(first) && headOf(t[last]) != null;
	}

	/**
	 * A capitalized word that may be part of a name phrase: no date word ("October"), no
	 * title ("Dr.", "CEO"), no code with digits ("R44", "W31P4Q-22-C-8978").
	 */
	private static boolean isPhraseWord(String token) {
		boolean abbreviatedTitle = NameWords.TITLES.contains(token)
				&& (NameTokensView.isAllCaps(token) || token.endsWith("."));
		return capitalized(token) && !NameWords.CALENDAR.contains(lower(token)) && !abbreviatedTitle && !hasDigit(token)
				&& !token.equals("No.");
	}

	/**
	 * Whether a name phrase may start at {@code t[i]}: a capitalized word of two letters
	 * or more that may start a name, and no acronym followed by its own expansion ("GAO
	 * Government Accountability Office" in a list of abbreviations).
	 */
	private static boolean mayStartPhrase(String[] t, int i) {
		String token = t[i];
		// a title starts no name ("Dr. Hongchao Li of ...") but its possessive may
		// ("Governor's University Research Initiative")
		boolean title = NameWords.TITLES.contains(token) && !(i + 1 < t.length && t[i + 1].startsWith("'"));
		return isPhraseWord(token) && !title && !isArticle(token) && mayStartName(token)
				&& token.replaceAll("[^\\p{L}]", "").length() >= 2 && !expandedAcronym(t, i);
	}

	/**
	 * Whether {@code t[i]} is an acronym whose letters are the initials of the
	 * capitalized words after it ("FAR Federal Acquisition Regulation", "F&A Facilities
	 * and Administration").
	 */
	private static boolean expandedAcronym(String[] t, int i) {
		if (!NameTokensView.isAllCaps(t[i])) {
			return false;
		}
		String letters = t[i].replaceAll("[^A-Z]", "");
		int matched = 0;
		for (int k = i + 1; k < t.length && matched < letters.length(); k++) {
			if (NameWords.isConnector(t[k])) {
				continue;
			}
			if (!capitalized(t[k]) || t[k].charAt(0) != letters.charAt(matched)) {
				return false;
			}
			matched++;
		}
		return letters.length() >= 2 && matched == letters.length();
	}

	/**
	 * Whether the word at {@code j} designates a document or a stage by the number after
	 * it ("Phase II", "Contract No. ...", "Agreement N00014-...", "Scheme 1-2"): a name
	 * ends before it.
	 */
	private static boolean designates(String[] t, int j) {
		if (j + 1 >= t.length || !capitalized(t[j])) {
			return false;
		}
		String next = t[j + 1];
		return next.equals("No.") || next.equals("No") || next.equals("Nos.") || next.matches("I{2,3}|IV|VI{1,3}|IX")
				|| hasDigit(next) && !isYear(next) && !isOrdinal(next);
	}

	private static boolean hasDigit(String token) {
		for (int i = 0; i < token.length(); i++) {
			if (Character.isDigit(token.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isYear(String token) {
		return token.matches("(?:1[89]|20)\\d{2}(?:[-–](?:1[89]|20)\\d{2})?");
	}

	private static boolean isOrdinalOrYear(String token) {
		return isOrdinal(token) || isYear(token);
	}

	/**
	 * The phrase typed by its head: the word before its first preposition, or else its
	 * last word; for "CHIPS for America Fund" the last word too.
	 */
	private static Mention typed(Sentence sentence, int start, int end, int preposition) {
		String[] t = sentence.tokens();
		EntityType type = null;
		if (preposition > start) {
			type = headOf(t[preposition - 1]);
		}
		int lastWord = end - 1;
		while (lastWord > start && !capitalized(t[lastWord])) {
			lastWord--;
		}
		if (type == null) {
			type = headOf(t[lastWord]);
			if (preposition > start && type == EntityType.ORGANIZATION) {
				// "Hongchao Li of Communication and Information Technology Commission":
				// the
				// words before the complement are no organization's head
				return null;
			}
		}
		if (type == null || end - start < 2) {
			return null;
		}
		return new Mention(type, sentence.cover(start, end), sentence.index(), start, end, sentence.charStart(start),
				sentence.charEnd(end - 1), 0.8, "phrase");
	}

	static EntityType headOf(String token) {
		String word = lower(token);
		if (NameWords.POLICY_HEADS.contains(word)) {
			return EntityType.POLICY;
		}
		if (NameWords.FUND_HEADS.contains(word)) {
			return EntityType.FUND;
		}
		if (NameWords.ORGANIZATION_HEADS.contains(word)) {
			return EntityType.ORGANIZATION;
		}
		return null;
	}

	/**
	 * Whether a token ends a phrase: in a headline every word is capitalized, so a verb
	 * or pronoun ends it; in a policy title's complement ("Notice on Supporting ...")
	 * verbs belong to the title.
	 */
	private static boolean breaks(Sentence sentence, int index, boolean headline, EntityType headType) {
		String[] pos = sentence.pos();
		if (pos == null || headType == EntityType.POLICY) {
			return false;
		}
		return (headline || index == 0 ? BREAKING_TAGS : Set.of("PRON", "AUX")).contains(pos[index]);
	}

	/**
	 * A parenthesis inside a name: an acronym or a year or year range; the index of the
	 * closing one, or -1.
	 */
	private static int parenthetical(String[] t, int open) {
		if (open + 2 < t.length && t[open + 2].equals(")")
				&& (t[open + 1].matches("[A-Z]{2,8}|\\d{4}(?:-\\d{4})?|\\d{4}–\\d{4}"))) {
			return open + 2;
		}
		return -1;
	}

	/**
	 * EU acts, bills and public laws by their designation.
	 */
	private static List<Mention> designations(Sentence sentence) {
		List<Mention> out = new ArrayList<>();
		var m = DESIGNATION.matcher(sentence.text());
		while (m.find()) {
			int start = sentence.start() + m.start();
			int end = sentence.start() + m.end();
			int first = -1;
			int last = -1;
			for (int i = 0; i < sentence.tokens().length; i++) {
				if (first < 0 && sentence.charStart(i) >= start) {
					first = sentence.charStart(i) == start ? i : -2;
				}
				if (sentence.charEnd(i) <= end) {
					last = i;
				}
			}
			if (first >= 0 && last >= first && sentence.charEnd(last) == end) {
				out.add(new Mention(EntityType.POLICY, sentence.cover(first, last + 1), sentence.index(), first,
						last + 1, start, end, 0.9, "pattern"));
			}
		}
		return out;
	}

	/**
	 * Adds a rule's mention. It replaces the mentions it contains (a phrase typed by its
	 * head is the better reading of the pieces the name finder cut it into); a mention
	 * that contains it stands; one that crosses it gives way to a {@code strong} rule or
	 * to any rule when the name finder was unsure of it.
	 */
	private static List<Mention> with(List<Mention> mentions, Mention added, boolean strong, String[] tokens) {
		if (!strong && joinsNames(mentions, added, tokens)) {
			return mentions;
		}
		for (Mention m : mentions) {
			if (!m.overlaps(added)) {
				continue;
			}
			boolean inside = added.tokenStart() <= m.tokenStart() && m.tokenEnd() <= added.tokenEnd();
			boolean contains = m.tokenStart() <= added.tokenStart() && added.tokenEnd() <= m.tokenEnd();
			if (contains && !inside) {
				return mentions;
			}
			if (contains && !strong && m.source().contains("gazetteer")) {
				// a known name keeps the type its list gives it ("Manufacturing Extension
				// Partnership" is a program, not an organization)
				return mentions;
			}
			boolean yields = strong || m.source().equals("ner") && m.confidence() < 0.9;
			if (!inside && !yields) {
				return mentions;
			}
		}
		List<Mention> out = new ArrayList<>(mentions.size() + 1);
		for (Mention m : mentions) {
			if (!m.overlaps(added)) {
				out.add(m);
			}
		}
		out.add(added);
		out.sort(Comparator.comparingInt(Mention::start));
		return out;
	}

	/**
	 * Whether a rule's phrase runs on past the end of a name already found into "and" or
	 * a comma: "Toyota and Murata Manufacturing Co Ltd.", "Office of Counsel, Us Army
	 * Engineer Research and Development Center" are two names, not one.
	 */
	private static boolean joinsNames(List<Mention> mentions, Mention phrase, String[] t) {
		int names = 0;
		for (Mention m : mentions) {
			boolean name = m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON
					|| m.type() == EntityType.FUND;
			if (!name || m.tokenStart() < phrase.tokenStart() || m.tokenEnd() > phrase.tokenEnd()) {
				continue;
			}
			names++;
			if (m.tokenEnd() < phrase.tokenEnd() && Set.of("and", "&", ",").contains(t[m.tokenEnd()])) {
				return true;
			}
		}
		// "Office of Technology Licensing of Marshall Space Flight Center": an
		// organization's
		// phrase over two names found already (a policy's title may hold several)
		return names >= 2 && phrase.type() != EntityType.POLICY;
	}

	/**
	 * "MEP Michel Rocard", "Commissioner McCreevy", "Mr. Bolkestein", "lobbyist Mark
	 * MacGann": the capitalized words after a title or a role written in lower case.
	 */
	private static List<Mention> titledPeople(Sentence sentence, boolean[] taken) {
		String[] t = sentence.tokens();
		List<Mention> out = new ArrayList<>();
		for (int i = 0; i + 1 < t.length; i++) {
			if (!NameWords.TITLES.contains(t[i]) && !NameWords.ROLE_NOUNS.contains(t[i])) {
				continue;
			}
			int end = personEnd(t, i + 1, Math.min(t.length, i + 4));
			// after a title in capitals ("MEP", "CEO") a name of two words at least: "MEP
			// Phase II" is a programme's phase
			int least = NameTokensView.isAllCaps(t[i]) ? i + 3 : i + 2;
			if (end >= least && free(taken, i + 1, end)) {
				out.add(new Mention(EntityType.PERSON, sentence.cover(i + 1, end), sentence.index(), i + 1, end,
						sentence.charStart(i + 1), sentence.charEnd(end - 1), 0.7, "title"));
				mark(taken, i + 1, end);
			}
		}
		return out;
	}

	/**
	 * Where a person's name that starts at {@code from} ends: capitalized words that are
	 * no heads, connectors or common words, name particles (von, van, de) inside.
	 */
	private static int personEnd(String[] t, int from, int limit) {
		int end = from;
		while (end < limit) {
			String token = t[end];
			boolean particle = end > from && end + 1 < limit
					&& Set.of("von", "van", "de", "der", "den", "di", "da", "le").contains(token)
					&& capitalized(t[end + 1]);
			boolean word = capitalized(token) && headOf(token) == null && !NameWords.NOT_NAMES.contains(lower(token))
					&& !NameWords.TITLES.contains(token) && !NameWords.NOT_ORGANIZATIONS.contains(token)
					&& !NameTokensView.isAllCaps(token);
			if (!word && !particle) {
				break;
			}
			end++;
		}
		return end;
	}

	/**
	 * "the Council", "the Commission proposal", "Dutch Parliament": an institution's
	 * word, with the nationality or "EU" before it.
	 */
	static List<Mention> institutions(Sentence sentence, boolean[] taken) {
		String[] t = sentence.tokens();
		List<Mention> out = new ArrayList<>();
		for (int i = 0; i < t.length; i++) {
			if (!NameWords.INSTITUTIONS.contains(t[i]) || taken[i]) {
				continue;
			}
			// "Community patent" names a kind of patent, not the Community
			if (t[i].equals("Community") && i + 1 < t.length && lower(t[i + 1]).startsWith("patent")) {
				continue;
			}
			int start = i;
			if (i > 0 && !taken[i - 1] && NameWords.NATIONALITY.matcher(t[i - 1]).matches()) {
				start = i - 1;
			}
			out.add(new Mention(EntityType.ORGANIZATION, sentence.cover(start, i + 1), sentence.index(), start, i + 1,
					sentence.charStart(start), sentence.charEnd(i), 0.7, "institution"));
			mark(taken, start, i + 1);
		}
		return out;
	}

	/**
	 * Acronyms in capitals ({@code FFII}, {@code EICTA}, {@code I.R.I.S.}, {@code DfES})
	 * on free tokens.
	 */
	private static List<Mention> acronyms(Sentence sentence, boolean[] taken, Set<String> document) {
		String[] t = sentence.tokens();
		List<Mention> out = new ArrayList<>();
		for (int i = 0; i < t.length; i++) {
			String token = t[i];
			if (!taken[i] && isPolicyAcronym(token)) {
				out.add(new Mention(EntityType.POLICY, token, sentence.index(), i, i + 1, sentence.charStart(i),
						sentence.charEnd(i), 0.7, "acronym"));
				taken[i] = true;
				continue;
			}
			if (taken[i] || !isOrganizationAcronym(token, document)) {
				continue;
			}
			// "EP 0 689 133", "US 6,075,901": an office code before a number
			if (i + 1 < t.length && Character.isDigit(t[i + 1].charAt(0)) || shouted(t, i)) {
				continue;
			}
			out.add(new Mention(EntityType.ORGANIZATION, token, sentence.index(), i, i + 1, sentence.charStart(i),
					sentence.charEnd(i), 0.7, "acronym"));
			taken[i] = true;
		}
		return out;
	}

	private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]*[A-Z0-9]s");

	/**
	 * Whether a word in capitals is a word of a phrase written in capitals ("WRITTEN
	 * QUESTION E-4042/06", "WE SUCCESSFULLY PROSECUTED A PATENT"): it and a word beside
	 * it both have four letters or more and are written in capitals.
	 */
	static boolean shouted(String[] t, int i) {
		if (!longCaps(t[i])) {
			return false;
		}
		return i > 0 && longCaps(t[i - 1]) || i + 1 < t.length && longCaps(t[i + 1]);
	}

	private static boolean longCaps(String token) {
		return token.length() >= 4 && token.chars().allMatch(c -> Character.isUpperCase(c));
	}

	static boolean isOrganizationAcronym(String token, Set<String> document) {
		if (!ACRONYM.matcher(token).matches() || NameWords.NOT_ORGANIZATIONS.contains(token)) {
			return false;
		}
		// "MP3s", "CPUs", "PCs": an acronym in the plural names things, not a body
		if (PLURAL_ACRONYM.matcher(token).matches()) {
			return false;
		}
		String letters = token.replaceAll("[^A-Za-z]", "");
		if (letters.length() < 2 || letters.length() == 2 && !SHORT_ACRONYMS.contains(token)) {
			return false;
		}
		if (token.matches("[IVXLC]+")) {
			return false;
		}
		// a word in capitals the document also writes in lower case ("PATENTS", "NOT")
		return !document.contains(lower(token)) && !NameWords.NOT_NAMES.contains(lower(token));
	}

	/**
	 * Whether most words of the sentence are in capitals (a shouted heading): its
	 * acronyms cannot be told from its words.
	 */
	private static boolean shouting(Sentence sentence) {
		int words = 0;
		int caps = 0;
		for (String token : sentence.tokens()) {
			if (token.length() > 1 && Character.isLetter(token.charAt(0))) {
				words++;
				caps += NameTokensView.isAllCaps(token) ? 1 : 0;
			}
		}
		return words >= 3 && caps * 2 > words;
	}

	private static boolean[] taken(List<Mention> mentions, int n) {
		boolean[] taken = new boolean[n];
		for (Mention m : mentions) {
			mark(taken, m.tokenStart(), m.tokenEnd());
		}
		return taken;
	}

	static void mark(boolean[] taken, int from, int to) {
		for (int i = from; i < to; i++) {
			taken[i] = true;
		}
	}

	static boolean free(boolean[] taken, int from, int to) {
		for (int i = from; i < to; i++) {
			if (taken[i]) {
				return false;
			}
		}
		return true;
	}

	private static Mention mention(EntityType type, Sentence sentence, int start, int end, Mention from) {
		return new Mention(type, sentence.cover(start, end), from.sentence(), start, end, sentence.charStart(start),
				sentence.charEnd(end - 1), from.confidence(), from.source());
	}

	static boolean capitalized(String token) {
		return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
	}

	/**
	 * Whether a capitalized word may start a name phrase: not a function word or
	 * preposition ("They", "Under the ..."); adjectives and words that are no name alone
	 * ("European", "Patent", "State") may ("European Patent Convention", "State
	 * Council").
	 */
	private static boolean mayStartName(String token) {
		String word = lower(token);
		if (NameWords.PREPOSITIONS.contains(word) || NameWords.isConnector(token)
				|| NameWords.LEADING_WORDS.contains(word) || NameWords.SENTENCE_ADVERBS.contains(token)) {
			return false;
		}
		return !NameWords.NOT_NAMES.contains(word) || NameWords.NAME_PARTS.contains(word);
	}

	private static boolean isOrdinal(String token) {
		return token.matches("\\d{1,3}(?:st|nd|rd|th)");
	}

	private static boolean isAcronymInParentheses(String[] t, int open) {
		return open + 2 < t.length && t[open].equals("(") && t[open + 2].equals(")")
				&& t[open + 1].matches("[A-Z][A-Za-z]*[A-Z]s?")
				&& NameTokensView.isAllCaps(t[open + 1].replace("s", ""));
	}

	/**
	 * Whether the token at {@code index} is a hyphen written between a capitalized word
	 * and a lower-case one, without spaces.
	 */
	private static boolean hyphenated(Sentence sentence, int index) {
		String[] t = sentence.tokens();
		return index > 0 && index + 1 < t.length && t[index].equals("-") && capitalized(t[index - 1])
				&& !t[index + 1].isEmpty() && Character.isLowerCase(t[index + 1].charAt(0))
				&& sentence.charEnd(index - 1) == sentence.charStart(index)
				&& sentence.charEnd(index) == sentence.charStart(index + 1);
	}

	/** Whether a role word ("Head" of "Head of Department") opens tokens from..to. */
	private static boolean titled(String[] t, int from, int to) {
		return ContextNames.ROLES.contains(lower(t[from])) && headOf(t[to - 1]) == EntityType.ORGANIZATION;
	}

	private static boolean isArticle(String token) {
		return Set
			.of("the", "The", "a", "A", "an", "An", "der", "die", "das", "Der", "Die", "Das", "le", "la", "les", "Le",
					"La", "Les", "l'", "L'")
			.contains(token);
	}

	private static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}

	private static Set<String> countries() {
		Set<String> out = new java.util.HashSet<>();
		for (String code : Locale.getISOCountries()) {
			out.add(Locale.of("", code).getDisplayCountry(Locale.ENGLISH));
		}
		out.addAll(List.of("Europe", "America", "Asia", "Africa", "Holland", "Britain", "Great Britain", "England",
				"Scotland", "Wales", "Korea", "Taiwan", "Russia", "Alabama", "Alaska", "Arizona", "Arkansas",
				"California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho",
				"Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
				"Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
				"New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
				"Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
				"Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Guangdong", "Beijing",
				"Shanghai", "Shenzhen", "Bavaria", "Munich", "Berlin", "Paris", "London", "Brussels", "Strasbourg",
				"Luxembourg"));
		return Set.copyOf(out);
	}

	/**
	 * Token shape tests shared by the rules.
	 */
	static final class NameTokensView {

		private NameTokensView() {
		}

		static boolean isAllCaps(String token) {
			boolean letter = false;
			for (int i = 0; i < token.length(); i++) {
				char c = token.charAt(i);
				if (Character.isLowerCase(c)) {
					return false;
				}
				letter |= Character.isLetter(c);
			}
			return letter && token.length() > 1;
		}

	}

}
