package org.ipgraph.nlp.relations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ipgraph.nlp.LinkedMention;

/**
 * How a text describes an organization's business with patents, for the NPE model:
 * "Acacia Research, a patent assertion entity", "Intellectual Ventures is a patent
 * licensing company", "patent troll Eon-Net", "Lodsys has sued dozens of companies". The
 * fact is {@code DESCRIBED_AS} on the organization, with its kind ({@code description}:
 * {@value #ASSERTION}, {@value #LICENSING} or {@value #SUES_MANY}) and the sentence as
 * evidence. The description must sit next to the name: right after it (an apposition or
 * "is a ..."), or right before it ("patent troll X"); a negated one ("is not a patent
 * troll") is not read.
 */
final class NpeDescriptionRule implements RelationRule {

	static final String ASSERTION = "patent-assertion entity";

	static final String LICENSING = "licensing company";

	static final String SUES_MANY = "sues many companies";

	// phrases after the name: ", a ...", " is a ...", " is the ...", " has sued ..."
	private static final Pattern AFTER = Pattern.compile("^(?:\\s*\\(\\w+\\))?\\s*(?:,\\s*|\\s+(?:is|was|has been|"
			+ "became|remains|are|were|described as|known as|calls itself|called)\\s+|\\s+(?:which|that|who)\\s+is\\s+)"
			+ "(?:(?:an?|the|one of the|one of the largest|the largest|the biggest|a notorious|a so-called|"
			+ "a well-known|a known|an infamous)\\s+)?(.{0,80})");

	private static final Pattern ASSERTION_PHRASE = Pattern
		.compile("^(?:[\\w-]+\\s+){0,3}?(?:patent[- ]assertion (?:entity|entities|company|firm)|non[- ]practi[cs]ing "
				+ "(?:entity|entities|company|firm)|npe\\b|patent[- ]trolls?\\b|troll\\b|patent[- ]holding "
				+ "(?:company|firm|entity)|patent (?:monetization|monetisation|enforcement|aggregation) "
				+ "(?:company|firm|entity|vehicle)|patent aggregator)");

	private static final Pattern LICENSING_PHRASE = Pattern
		.compile("^(?:[\\w-]+\\s+){0,3}?(?:(?:patent|ip|intellectual[- ]property|technology)[- ]licensing "
				+ "(?:company|firm|entity|business|outfit|shop|vehicle)|licensing (?:company|firm|entity|outfit))");

	private static final Pattern SUES_PHRASE = Pattern.compile("^\\s+(?:has |have |had )?(?:also )?"
			+ "(?:sued|filed (?:suits?|lawsuits?|complaints?) against|brought (?:suits?|lawsuits?) against|"
			+ "targeted|asserted (?:its |their )?patents against)\\s+(?:more than |over |at least |some |about )?"
			+ "(?:dozens|scores|hundreds|thousands|numerous|many|several hundred|\\d{2,}(?:,\\d{3})*)\\s+(?:of\\s+)?"
			+ "(?:other\\s+)?(?:companies|firms|businesses|manufacturers|retailers|defendants|(?:small\\s+)?"
			+ "businesses|app developers|developers|companies and)");

	// phrases right before the name: "patent troll X", "licensing firm X"
	private static final Pattern BEFORE = Pattern
		.compile("(?:patent[- ]assertion (?:entity|company|firm)|non[- ]practi[cs]ing entity|patent[- ]troll|"
				+ "patent[- ]holding (?:company|firm)|patent[- ]licensing (?:company|firm)|licensing firm|"
				+ "licensing company)\\s*,?\\s*$");

	private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "denies", "denied", "deny");

	@Override
	public void apply(SentenceView view) {
		String text = view.sentence().text();
		int base = view.sentence().start();
		List<LinkedMention> organizations = view.linked("Organization");
		for (LinkedMention org : organizations) {
			int from = org.mention().start() - base;
			int to = org.mention().end() - base;
			if (from < 0 || to > text.length()) {
				continue;
			}
			String description = after(text.substring(to));
			if (description == null) {
				description = before(text.substring(Math.max(0, from - 60), from));
			}
			if (description != null) {
				view.fact("DESCRIBED_AS", view.node(org), null, Map.of("description", description, "source", "text"),
						0.7, "rule:npe-description", org);
			}
		}
	}

	static String after(String rest) {
		String lower = rest.toLowerCase(java.util.Locale.ROOT);
		Matcher sues = SUES_PHRASE.matcher(lower);
		if (sues.find()) {
			return SUES_MANY;
		}
		Matcher m = AFTER.matcher(lower);
		if (!m.find() || negated(lower.substring(0, m.start(1)))) {
			return null;
		}
		String phrase = m.group(1);
		if (negated(first(phrase, 3))) {
			return null;
		}
		if (ASSERTION_PHRASE.matcher(phrase).find()) {
			return ASSERTION;
		}
		return LICENSING_PHRASE.matcher(phrase).find() ? LICENSING : null;
	}

	static String before(String preceding) {
		String lower = preceding.toLowerCase(java.util.Locale.ROOT);
		Matcher m = BEFORE.matcher(lower);
		if (!m.find() || negated(lower.substring(0, m.start()))) {
			return null;
		}
		String phrase = m.group();
		return phrase.contains("licens") && !phrase.contains("troll") ? LICENSING : ASSERTION;
	}

	private static String first(String phrase, int words) {
		String[] parts = phrase.strip().split("\\s+");
		return String.join(" ", java.util.Arrays.copyOf(parts, Math.min(words, parts.length)));
	}

	// a negation among the last few words before the description
	private static boolean negated(String before) {
		String[] words = before.strip().split("[^\\p{L}]+");
		for (int i = Math.max(0, words.length - 4); i < words.length; i++) {
			if (NEGATIONS.contains(words[i])) {
				return true;
			}
		}
		return false;
	}

}
