package org.ipgraph.nlp.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.nlp.NodeRef;
import org.ipgraph.nlp.LinkedMention;
import org.ipgraph.nlp.EntityType;
import org.ipgraph.nlp.KnownEntity;
import org.ipgraph.nlp.Link;
import org.ipgraph.nlp.Mention;
import org.ipgraph.nlp.Sentence;

/**
 * Lawsuits: "X sued Y for infringing U.S. Pat. No. 7,654,321 in the U.S. District Court
 * for the Eastern District of Texas on March 3, 2015", "X filed suit in Germany against Y
 * and Z", "X announced another series of lawsuits against Y", "X won a legal victory over
 * Y", "X had previously taken Y to court", "Y was sued by X", "Y countersued X", "Y
 * settles patent disputes with X", "X v. Y", "X vs Y". Makes a LitigationCase with
 * PLAINTIFF_IN and DEFENDANT_IN (every party of a list "Y, Z and W"), ASSERTED_IN for the
 * patents named, and the court, country, date and outcome (won, dismissed, settled,
 * licence-taken, injunction) the sentence states. The case is keyed by its docket number
 * when the text gives one with a known court, the key docket records use
 * ({@code txed:2:15-cv-01234}), so that the case read from text and from dockets is one
 * node.
 */
final class LitigationRule implements RelationRule {

	private static final Set<String> SUE = Set.of("sue", "sued", "suing", "sues");

	private static final Set<String> COUNTERSUE = Set.of("countersue", "countersued", "countersues", "countersuing",
			"counter-sued", "counter-sue", "counter-suing");

	private static final Set<String> SUIT = Set.of("suit", "suits", "lawsuit", "lawsuits", "complaint", "action",
			"case", "petition", "proceedings", "litigation", "charges");

	private static final Set<String> TAKE = Set.of("take", "took", "taken", "taking", "takes", "drag", "dragged");

	private static final Set<String> SETTLE = Set.of("settle", "settled", "settles", "settling");

	private static final Set<String> VICTORY = Set.of("victory", "won", "win", "wins", "prevailed");

	private static final Set<String> INFRINGEMENT = Set.of("infringement", "infringing", "infringe", "infringed",
			"lawsuit", "suit", "litigation", "court");

	/** Words of a sentence that may report a suit. */
	private static final Set<String> TRIGGERS = Set.of("sue", "sued", "suing", "sues", "countersue", "countersued",
			"settle", "settled", "settles", "v.", "vs.", "v", "vs", "versus", "against", "court", "victory", "accuse",
			"accused", "accuses", "accusing");

	private static final Set<String> ACCUSE = Set.of("accuse", "accused", "accuses", "accusing");

	/** Subjects that take up the organization the sentence before began with. */
	private static final Set<String> PRONOUNS = Set.of("it", "they", "the company", "the firm", "the group",
			"the patent holder", "the licensing company", "the plaintiff", "the corporation");

	/**
	 * Words between a plaintiff and its suing verb or noun ("X has also filed a ...").
	 */
	private static final Set<String> FILING = Set.of("has", "have", "had", "also", "now", "then", "since", "already",
			"again", "recently", "today", "yesterday", "last", "week", "month", "year", "filed", "file", "files",
			"filing", "brought", "bring", "brings", "launched", "launch", "launches", "initiated", "started",
			"announced", "announces", "lodged", "a", "an", "the", "new", "another", "series", "of", "patent", "patents",
			"infringement", "'s", "’s", "first", "second", "two", "three", "several", "federal", "civil", "is", "are",
			"was", "were", "been", "suit", "suits", "lawsuit", "lawsuits", "complaint", "complaints", "action",
			"actions", "case", "cases", "proceedings", "litigation", "separate", "formal");

	/** The word between the parties of a case's caption ("X v. Y", "X vs Y"). */
	private static final Set<String> CAPTION = Set.of("v.", "vs.", "v", "vs", "versus");

	private static final Set<String> AND = Set.of("and", ",", "or", "&");

	private static final Set<String> HEDGES = Set.of("not", "n't", "never", "no", "could", "would", "might", "may",
			"can", "will", "wo", "to", "should", "threaten", "threatened", "threatens", "if", "whether");

	private static final Set<String> LEGAL_FORMS = Set.of("corp", "inc", "ltd", "llc", "co", "ag", "gmbh", "plc", "sa",
			"bv", "nv", "oy", "oyj", "ab", "spa", "srl", "lp", "llp");

	private static final Set<String> BE = Set.of("be", "being", "been", "was", "were", "is", "are", "get", "got",
			"gets", "getting");

	/** Part-of-speech tags of function words (universal). */
	private static final Set<String> FUNCTION_TAGS = Set.of("ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "NUM",
			"PUNCT", "SYM", "DET");

	/** Function words that start sentences. */
	private static final Set<String> CLOSED = Set.of("the", "a", "an", "in", "on", "at", "after", "although", "when",
			"while", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "but", "and", "or", "so",
			"then", "today", "also", "however", "meanwhile", "later", "since", "because", "as", "if", "for", "from",
			"with", "by", "to", "of", "our", "its", "their", "his", "her", "there", "here", "what", "which", "who",
			"how", "why", "some", "many", "most", "all", "no", "not", "both", "each", "another", "other", "last",
			"next", "now", "yesterday", "before", "during", "under", "until", "once", "even", "only", "according");

	/** Capitalized words that are not parties. */
	private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday", "patent", "patents", "infringement", "court", "pr", "news", "inc.", "v.",
			"vs.", "us", "u.s.", "eu", "i", "we", "they", "he", "she", "it", "the");

	/** The longest gap between two parties, in tokens. */
	private static final int MAX_GAP = 16;

	private static final Pattern COURT = Pattern.compile(
			"(?i).*\\b(court|district|circuit|international trade commission|itc|ptab|patent trial|tribunal)\\b.*");

	private static final Pattern DOCKET = Pattern
		.compile("\\b(\\d:\\d{2}-[a-z]{2}-\\d{3,6})\\b|\\b(IPR\\d{4}-\\d{5})\\b");

	private static final Map<String, String> COURTS = Map.ofEntries(Map.entry("eastern district of texas", "txed"),
			Map.entry("e d tex", "txed"), Map.entry("western district of texas", "txwd"), Map.entry("w d tex", "txwd"),
			Map.entry("district of delaware", "ded"), Map.entry("d del", "ded"),
			Map.entry("northern district of california", "cand"), Map.entry("n d cal", "cand"),
			Map.entry("central district of california", "cacd"), Map.entry("c d cal", "cacd"),
			Map.entry("southern district of new york", "nysd"), Map.entry("s d n y", "nysd"),
			Map.entry("northern district of illinois", "ilnd"), Map.entry("n d ill", "ilnd"),
			Map.entry("district of new jersey", "njd"), Map.entry("d n j", "njd"));

	private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("germany", "DE"),
			Map.entry("united states", "US"), Map.entry("u.s.", "US"), Map.entry("usa", "US"), Map.entry("us", "US"),
			Map.entry("united kingdom", "GB"), Map.entry("uk", "GB"), Map.entry("britain", "GB"),
			Map.entry("england", "GB"), Map.entry("france", "FR"), Map.entry("netherlands", "NL"),
			Map.entry("japan", "JP"), Map.entry("china", "CN"), Map.entry("italy", "IT"), Map.entry("spain", "ES"),
			Map.entry("canada", "CA"), Map.entry("australia", "AU"), Map.entry("texas", "US"),
			Map.entry("virginia", "US"), Map.entry("california", "US"), Map.entry("delaware", "US"));

	@Override
	public void apply(SentenceView view) {
		List<LinkedMention> organizations = view.linked("Organization");
		LinkedMention court = organizations.stream()
			.filter(o -> COURT.matcher(o.mention().text()).matches())
			.findFirst()
			.orElse(null);
		List<LinkedMention> parties = new ArrayList<>(organizations.stream().filter(o -> o != court).toList());
		parties.addAll(view.linked("Person"));
		if (view.has(0, view.size(), TRIGGERS)) {
			// in a sentence about a suit, proper names the name finder missed can be
			// parties
			parties.addAll(properNames(view, view.mentions()));
		}
		// a legal form alone ("Corp.") is not a party
		parties.removeIf(p -> OrganizationNames.plainKey(p.mention().text()).isBlank()
				|| LEGAL_FORMS.contains(p.mention().text().toLowerCase(Locale.ROOT).replace(".", ""))
				|| COUNTRIES.containsKey(p.mention().text().toLowerCase(Locale.ROOT)));
		parties.sort(Comparator.comparingInt(LinkedMention::from));
		java.util.Set<String> made = new java.util.HashSet<>();
		for (int i = 0; i + 1 < parties.size(); i++) {
			LinkedMention a = parties.get(i);
			// the party right after a, and the parties listed with it ("Y, Z and W")
			List<LinkedMention> listed = listed(view, parties, i + 1);
			LinkedMention b = listed.get(0);
			int from = a.to();
			int to = b.from();
			if (to - from > MAX_GAP || to <= from) {
				continue;
			}
			if (hypothetical(view, from, to) || verbs(view, from, to) > 1) {
				// denied or only possible, or two suits between them ("Y countersued X,
				// that
				// sued Z"): not read
				continue;
			}
			boolean verb = view.has(from, to, SUE) || view.has(from, to, COUNTERSUE) || view.has(from, to, SETTLE);
			if (verb && modifier(view, a)) {
				// "X, maker of the Z mobile device, has countersued Y": Z names a thing
				// of
				// the subject, it is not the subject
				continue;
			}
			if (view.has(from, to, SUE) && byParty(view, to) || view.has(from, to, COUNTERSUE)
					|| view.has(from, to, SETTLE) && view.has(to - 2, to, Set.of("with"))) {
				// "Y was sued by X", "Y countersued X", "Y settled with X"
				lawsuit(view, List.of(b), List.of(a), court, made);
			}
			else if (view.has(from, to, SUE) && !view.has(from, to, Set.of("by")) && !passive(view, from, to)
					|| view.has(from, to, SUIT) && view.has(to - 2, to, Set.of("against"))
					|| view.has(from, to, TAKE) && view.has(b.to(), b.to() + 4, Set.of("court"))
					|| view.has(from, to, VICTORY) && view.has(to - 2, to, Set.of("over", "against"))
					|| to - from == 1 && view.all(from, to, CAPTION::contains) || to - from <= 2
							&& view.has(to - 1, to, Set.of("against")) && view.has(0, view.size(), INFRINGEMENT)) {
				lawsuit(view, List.of(a), listed, court, made);
			}
		}
		anchored(view, parties, court, made);
	}

	/**
	 * Suits read from their verb or noun rather than from two parties side by side, so
	 * that words, places or other names between them do not hide the suit: "X accused Y
	 * of infringing ...", "Y is being sued in a Dallas court by patent holder X", "X has
	 * filed a complaint against Y, Z and W", "a lawsuit filed by X against Y", "X and Z
	 * sued Y"; and the plaintiff a pronoun takes up from the sentence before ("It filed
	 * lawsuits against Y and Z").
	 */
	private static void anchored(SentenceView view, List<LinkedMention> parties, LinkedMention court,
			java.util.Set<String> made) {
		if (verbs(view, 0, view.size()) > 1) {
			// two suits in one sentence ("Y countersued X, that sued Z"): not read
			return;
		}
		for (int t = 0; t < view.size(); t++) {
			String word = view.lower(t);
			boolean accuse = ACCUSE.contains(word);
			boolean sue = SUE.contains(word);
			int against = SUIT.contains(word) && !word.equals("case") && !word.equals("charges")
					? view.find(t + 1, t + 6, Set.of("against")) : -1;
			if (!accuse && !sue && against < 0 || view.has(Math.max(0, t - 3), t, HEDGES)) {
				continue;
			}
			if (sue && passive(view, Math.max(0, t - 2), t + 1)) {
				// "Y is being sued in a Dallas court by X"
				LinkedMention defendant = before(parties, t, 6);
				int by = view.find(t + 1, t + 10, Set.of("by"));
				// the agent with a description before it ("by US-based software maker X")
				LinkedMention plaintiff = by < 0 ? null : after(parties, by, 8);
				if (defendant != null && plaintiff != null) {
					lawsuit(view, List.of(plaintiff), List.of(defendant), court, made);
				}
				continue;
			}
			int start = against >= 0 ? against : t;
			LinkedMention first = after(parties, start, against >= 0 ? 2 : 3);
			if (first == null) {
				continue;
			}
			List<LinkedMention> defendants = listed(view, parties, parties.indexOf(first));
			if (accuse && !infringing(view, defendants.get(defendants.size() - 1).to())) {
				continue;
			}
			List<LinkedMention> plaintiffs;
			int by = against >= 0 ? view.find(t + 1, against, Set.of("by")) : -1;
			if (by >= 0) {
				// "a lawsuit filed by X against Y"
				LinkedMention agent = after(parties, by, 3);
				plaintiffs = agent != null && agent.to() <= against ? List.of(agent) : List.of();
			}
			else if (against > t + 1) {
				// words between the suit and "against" other than its filing: not read
				plaintiffs = view.all(t + 1, against, FILING::contains) ? subject(view, parties, t) : List.of();
			}
			else {
				plaintiffs = subject(view, parties, t);
			}
			if (!plaintiffs.isEmpty()) {
				lawsuit(view, plaintiffs, defendants, court, made);
			}
		}
	}

	/**
	 * Whether the words after the last defendant accuse it of infringement ("of
	 * infringing its patents", "of patent infringement").
	 */
	private static boolean infringing(SentenceView view, int from) {
		for (int i = from; i < Math.min(view.size(), from + 5); i++) {
			if (view.lower(i).startsWith("infring") || view.lower(i).startsWith("violat")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The subject of the suing word at {@code t}: the party (and those listed with it)
	 * ending just before it, across at most a few filing words ("X has also filed a
	 * ..."); or, when the sentence opens with a pronoun ("It", "The company"), the
	 * organization the sentence before opened with.
	 */
	private static List<LinkedMention> subject(SentenceView view, List<LinkedMention> parties, int t) {
		LinkedMention last = null;
		for (LinkedMention p : parties) {
			if (p.to() <= t) {
				last = p;
			}
		}
		if (last != null && (t - last.to() <= 2 || t - last.to() <= 8 && view.all(last.to(), t, FILING::contains))) {
			List<LinkedMention> out = new ArrayList<>();
			out.add(last);
			for (int k = parties.indexOf(last) - 1; k >= 0; k--) {
				LinkedMention p = parties.get(k);
				int gap = out.get(0).from() - p.to();
				if (gap < 1 || gap > 2 || !view.all(p.to(), out.get(0).from(), AND::contains)) {
					break;
				}
				out.add(0, p);
			}
			return out;
		}
		if (last != null) {
			return List.of();
		}
		// "It filed lawsuits against ...": the words before the verb are a pronoun and
		// filing words
		int pronoun = -1;
		for (String p : PRONOUNS) {
			String[] words = p.split(" ");
			if (words.length <= t) {
				boolean match = true;
				for (int w = 0; w < words.length; w++) {
					match &= view.lower(w).equals(words[w]);
				}
				if (match && view.all(words.length, t, FILING::contains)) {
					pronoun = words.length;
				}
			}
		}
		if (pronoun < 0) {
			return List.of();
		}
		return view.previous()
			.stream()
			.filter(m -> m.is("Organization") && m.from() <= 4 && !COURT.matcher(m.mention().text()).matches())
			.findFirst()
			.map(m -> List.of(m))
			.orElse(List.of());
	}

	/** The party ending at most {@code within} tokens before {@code token}. */
	private static LinkedMention before(List<LinkedMention> parties, int token, int within) {
		LinkedMention out = null;
		for (LinkedMention p : parties) {
			if (p.to() <= token && token - p.to() <= within) {
				out = p;
			}
		}
		return out;
	}

	/** The first party starting after {@code token}, at most {@code within} tokens on. */
	private static LinkedMention after(List<LinkedMention> parties, int token, int within) {
		for (LinkedMention p : parties) {
			if (p.from() > token && p.from() - token <= within) {
				return p;
			}
		}
		return null;
	}

	/**
	 * Whether the party is a modifier of a common noun after it ("the Z mobile device",
	 * "the Z patents' owner"), not a noun phrase of its own: a lowercase noun that is no
	 * word of a suit follows it.
	 */
	private static boolean modifier(SentenceView view, LinkedMention party) {
		String[] tags = view.sentence().pos();
		String[] tokens = view.sentence().tokens();
		if (tags == null) {
			return false;
		}
		int next = party.to();
		// adjectives between ("the Z mobile device")
		while (next < view.size() && "ADJ".equals(tags[next]) && Character.isLowerCase(tokens[next].charAt(0))) {
			next++;
		}
		if (next >= view.size()) {
			return false;
		}
		String word = view.lower(next);
		return "NOUN".equals(tags[next]) && Character.isLowerCase(tokens[next].charAt(0)) && !FILING.contains(word)
				&& !SUE.contains(word) && !COUNTERSUE.contains(word) && !SETTLE.contains(word);
	}

	/**
	 * Whether the party at {@code to} is the agent of a passive: "by X", "by software
	 * maker X", not "by its patent".
	 */
	private static boolean byParty(SentenceView view, int to) {
		int by = view.find(Math.max(0, to - 4), to, Set.of("by"));
		return by >= 0 && !view.has(by + 1, to, Set.of("its", "his", "her", "their", "our", "the", "a", "an", ","));
	}

	/**
	 * Whether the suit between two parties is denied, threatened or only possible ("will
	 * not sue", "threatened to sue", "could be sued"): not a suit (GUIDELINE:
	 * hypothetical suits are not facts).
	 */
	private static boolean hypothetical(SentenceView view, int from, int to) {
		int verb = view.find(from, to, SUE);
		if (verb < 0) {
			verb = view.find(from, to, SUIT);
		}
		return verb >= 0 && view.has(Math.max(from, verb - 3), verb, HEDGES);
	}

	private static int verbs(SentenceView view, int from, int to) {
		int count = 0;
		for (int i = from; i < to; i++) {
			count += SUE.contains(view.lower(i)) || COUNTERSUE.contains(view.lower(i)) ? 1 : 0;
		}
		return count;
	}

	/**
	 * Whether the suing verb between two parties is passive ("Y is being sued in a court
	 * by X"): its subject is the defendant.
	 */
	private static boolean passive(SentenceView view, int from, int to) {
		int verb = view.find(from, to, SUE);
		return verb > 0 && view.lower(verb).equals("sued") && view.has(Math.max(from, verb - 2), verb, BE);
	}

	/**
	 * Runs of proper nouns (POS NNP, NNPS) outside the sentence's mentions, as new
	 * organizations: parties of a suit the name finder did not read ("Timeline sues
	 * Cognos"). Months, weekdays and the words of a suit are not names.
	 */
	static List<LinkedMention> properNames(SentenceView view, List<LinkedMention> mentions) {
		Sentence sentence = view.sentence();
		List<LinkedMention> out = new ArrayList<>();
		int i = 0;
		while (i < view.size()) {
			int end = i;
			while (end < view.size() && (properNoun(view, end, mentions) || end > i && end + 1 < view.size()
					&& Set.of("-", "&").contains(view.lower(end)) && properNoun(view, end + 1, mentions))) {
				end++;
			}
			if (end == i) {
				i++;
				continue;
			}
			String text = sentence.cover(i, end);
			String key = OrganizationNames.key(text);
			if (!key.isBlank()) {
				Mention mention = new Mention(EntityType.ORGANIZATION, text, sentence.index(), i, end,
						sentence.charStart(i), sentence.charEnd(end - 1), 0.6, "pattern");
				KnownEntity entity = new KnownEntity("Organization", key, OrganizationNames.display(text),
						OrganizationNames.kind(text).value(), List.of(), List.of(text), "text");
				out.add(new LinkedMention(mention, new Link(Link.Status.NEW, entity, 0.6, "new", List.of())));
			}
			i = end;
		}
		return out;
	}

	private static boolean properNoun(SentenceView view, int token, List<LinkedMention> mentions) {
		String[] tags = view.sentence().pos();
		String pos = tags == null ? "" : tags[token];
		String written = view.sentence().tokens()[token];
		String word = view.lower(token);
		// a capitalized noun ("Cognos", "SAP"), a capitalized word starting the sentence
		// that is no function word (the tagger reads an unknown name there as anything),
		// or a name written in camel case ("eBay")
		boolean capitalized = Character.isUpperCase(written.charAt(0));
		boolean name = capitalized && !CLOSED.contains(word) && (token == 0 || !FUNCTION_TAGS.contains(pos))
				|| written.matches("[a-z]{1,2}[A-Z][A-Za-z]+");
		if (!name || NOT_NAMES.contains(word) || SUE.contains(word) || SUIT.contains(word) || word.endsWith("-based")) {
			return false;
		}
		return mentions.stream().noneMatch(m -> m.from() <= token && token < m.to());
	}

	/**
	 * The party at {@code first} and those listed after it, joined by "and", commas or
	 * "or".
	 */
	private static List<LinkedMention> listed(SentenceView view, List<LinkedMention> parties, int first) {
		List<LinkedMention> out = new ArrayList<>();
		out.add(parties.get(first));
		for (int k = first + 1; k < parties.size(); k++) {
			LinkedMention previous = out.get(out.size() - 1);
			LinkedMention next = parties.get(k);
			int gap = next.from() - previous.to();
			if (gap < 1 || gap > 2 || !view.all(previous.to(), next.from(), AND::contains)) {
				break;
			}
			out.add(next);
		}
		return out;
	}

	private static void lawsuit(SentenceView view, List<LinkedMention> plaintiffs, List<LinkedMention> defendants,
			LinkedMention court, java.util.Set<String> made) {
		boolean added = false;
		for (LinkedMention p : plaintiffs) {
			for (LinkedMention d : defendants) {
				if (p.node().id().equals(d.node().id())) {
					return;
				}
				added |= made.add(p.node().id() + "\t" + d.node().id());
			}
		}
		if (!added) {
			// read already by another pattern
			return;
		}
		LinkedMention plaintiff = plaintiffs.get(0);
		LinkedMention defendant = defendants.get(0);
		Map<String, Object> props = new HashMap<>();
		String title = plaintiff.node().name() + " v. " + defendant.node().name();
		props.put("title", title);
		props.put("origin", "text");
		LocalDate filed = null;
		for (LinkedMention date : view.ofType(EntityType.DATE)) {
			filed = Values.date(date.mention().text()).orElse(null);
			if (filed != null) {
				props.put("filedOn", filed);
				break;
			}
		}
		String courtName = court != null ? court.mention().text() : null;
		if (courtName != null) {
			props.put("court", courtName);
		}
		props.put("country", country(view, courtName));
		props.put("outcome", outcome(view));
		props.values().removeIf(java.util.Objects::isNull);
		props.put("caseType", caseType(view.sentence().text(), courtName));
		String id = id(view.sentence().text(), courtName, plaintiff, defendant, filed);
		NodeRef lawsuit = new NodeRef("LitigationCase", id, title, props);
		for (LinkedMention p : plaintiffs) {
			view.fact("PLAINTIFF_IN", view.node(p), lawsuit, Map.of("role", "plaintiff"), 0.8, "rule:litigation",
					evidence(p, defendant, court));
		}
		for (LinkedMention d : defendants) {
			view.fact("DEFENDANT_IN", view.node(d), lawsuit, Map.of("role", "defendant"), 0.8, "rule:litigation",
					evidence(plaintiff, d, court));
		}
		for (LinkedMention patent : view.linked("Patent")) {
			view.fact("ASSERTED_IN", view.node(patent), lawsuit, Map.of(), 0.75, "rule:litigation", plaintiff, patent);
		}
	}

	private static LinkedMention[] evidence(LinkedMention plaintiff, LinkedMention defendant, LinkedMention court) {
		return court != null ? new LinkedMention[] { plaintiff, defendant, court }
				: new LinkedMention[] { plaintiff, defendant };
	}

	/**
	 * The outcome the sentence states, or null: won, dismissed, settled, licence-taken,
	 * injunction.
	 */
	static String outcome(SentenceView view) {
		int all = view.size();
		if (view.has(0, all, Set.of("settle", "settled", "settles", "settlement"))) {
			return "settled";
		}
		if (view.has(0, all, Set.of("dismiss", "dismissed", "dismisses", "rejected", "threw", "thrown"))) {
			return "dismissed";
		}
		if (view.has(0, all, Set.of("licence", "license", "licences", "licenses"))
				&& view.has(0, all, Set.of("take", "took", "taken", "sign", "signed", "agree", "agreed"))) {
			return "licence-taken";
		}
		if (view.has(0, all, Set.of("injunction"))) {
			return "injunction";
		}
		if (view.has(0, all, Set.of("victory", "won", "prevailed"))) {
			return "won";
		}
		return null;
	}

	/**
	 * The country of the court, or of a place the sentence names ("filed suit in
	 * Germany"), as ISO 3166 code; null when none is known.
	 */
	private static String country(SentenceView view, String court) {
		if (court != null && (court.contains("District") || court.contains("Circuit") || court.contains("U.S."))) {
			return "US";
		}
		for (int i = 1; i < view.size(); i++) {
			if (view.lower(i - 1).equals("in") && COUNTRIES.containsKey(view.lower(i))) {
				return COUNTRIES.get(view.lower(i));
			}
		}
		for (LinkedMention place : view.ofType(EntityType.LOCATION)) {
			String code = COUNTRIES.get(place.mention().text().toLowerCase(Locale.ROOT));
			if (code != null) {
				return code;
			}
		}
		return null;
	}

	private static String caseType(String sentence, String court) {
		String text = (sentence + " " + (court == null ? "" : court)).toLowerCase(Locale.ROOT);
		if (text.contains("inter partes") || text.contains("ptab") || text.contains("ipr")) {
			return "ipr";
		}
		return text.contains("international trade commission") || text.contains(" itc") ? "itc" : "civil";
	}

	/**
	 * The case's key: the docket records' key when the sentence gives a docket number and
	 * its court (by name or by its abbreviation, "E.D. Tex."), else the parties and the
	 * year.
	 */
	static String id(String sentence, String court, LinkedMention plaintiff, LinkedMention defendant, LocalDate filed) {
		Matcher docket = DOCKET.matcher(sentence);
		if (docket.find()) {
			if (docket.group(2) != null) {
				return docket.group(2);
			}
			String courtKey = courtKey(court);
			courtKey = courtKey != null ? courtKey : courtKey(sentence);
			return (courtKey != null ? courtKey : "case") + ":" + docket.group(1);
		}
		return "text:" + plaintiff.node().id() + " v " + defendant.node().id()
				+ (filed != null ? ":" + filed.getYear() : "");
	}

	private static String courtKey(String text) {
		if (text == null) {
			return null;
		}
		String key = " " + OrganizationNames.plainKey(text) + " ";
		return COURTS.entrySet()
			.stream()
			.filter(e -> key.contains(" " + e.getKey() + " "))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

}
