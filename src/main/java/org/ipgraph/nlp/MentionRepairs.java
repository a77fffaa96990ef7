package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.nlp.linking.Gazetteer;

/**
 * Rules that mend or drop mentions the way no name is written: a comma or a trailing "of"
 * at the edge ("Office of"), an award word before a number ("Navy Case 200,348"), a date
 * without its year, two companies joined by "and", an "organization" with ordinary
 * lower-case words in it ("Except for fixed price contracts"), a "person" made of common
 * words ("In General"), a statute preceded by its part ("IV-A of the Social Security
 * Act"). Titles that end like a policy become policies, names that end like a program
 * become funds.
 */
final class MentionRepairs {

	private static final Set<String> POLICY_HEADS = Set.of("plan", "strategy", "act", "guidelines", "measures",
			"regulation", "regulations", "directive", "law", "notice", "opinions", "rules", "roadmap", "framework");

	private static final Set<String> FUND_HEADS = Set.of("program", "programme", "fund");

	private static final Set<String> ORGANIZATION_STARTS = Set.of("office", "department", "council", "ministry",
			"bureau", "commission", "institute", "center", "centre", "agency", "administration", "board", "committee");

	private static final Set<String> AWARD_WORDS = Set.of("grant", "grants", "contract", "contracts", "award", "awards",
			"case", "agreement", "subcontract");

	private static final Set<String> NUMBER_WORDS = Set.of("no", "no.", "nos", "nos.", "number", "numbers");

	private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "the", "for", "de", "du", "des", "la", "le",
			"van", "von", "der", "den", "on", "in", "at", "to", "und", "y", "e", "da", "di", "del", "bin", "al");

	/** Single words that are headings or common nouns, not names, whatever their case. */
	private static final Set<String> NOT_NAMES = Set.of("patent", "patents", "advanced", "administrative",
			"confidential", "construction", "correction", "general", "technology", "transfer", "section", "part",
			"title", "chapter", "subchapter", "definitions", "findings", "purpose", "authority", "office", "agency",
			"department", "government", "congress's", "secretary", "director", "administrator", "contractor", "grantee",
			"recipient", "subrecipient", "invention", "inventions", "regulations", "state", "federal");

	private static final Set<String> NOT_IN_PERSON_NAMES = Set.of("in", "general", "do", "not", "the", "of", "and",
			"section", "part", "title", "chapter", "act", "office", "department", "university", "inc", "corp",
			"company", "program", "federal", "national", "state", "united", "patent", "court", "fund", "plan");

	/** Capitalized at the start of a heading or sentence, never the start of a name. */
	private static final Set<String> LEADING_WORDS = Set.of("in", "on", "at", "for", "to", "by", "from", "with",
			"under", "upon", "after", "before", "during", "if", "when", "see", "per");

	private static final Pattern ROMAN = Pattern.compile("(?:[IVXLC]+|\\d+)(?:-[A-Z])?");

	private MentionRepairs() {
	}

	static List<Mention> repair(List<Mention> mentions, Sentence sentence) {
		List<Mention> out = new ArrayList<>(mentions.size());
		for (Mention found : mentions) {
			Mention m = edgesTrimmed(found, sentence);
			if (m == null) {
				continue;
			}
			switch (m.type()) {
				case DATE -> out.add(withYear(m, sentence));
				case PERSON -> {
					if (isPersonName(m, sentence)) {
						out.add(m);
					}
				}
				case POLICY -> {
					Mention policy = policy(m, sentence);
					if (policy != null) {
						out.add(policy);
					}
				}
				case ORGANIZATION, FUND -> {
					List<Mention> split = splitPair(m, sentence);
					if (split.size() == 2) {
						out.addAll(split);
					}
					else {
						Mention name = name(m, sentence);
						if (name != null) {
							out.add(name);
						}
					}
				}
				default -> out.add(m);
			}
		}
		return out;
	}

	/**
	 * An organization or fund name: award words before a number and function words at the
	 * end cut off, retyped by its last word; null when what is left is no name.
	 */
	private static Mention name(Mention m, Sentence sentence) {
		String[] t = sentence.tokens();
		int end = m.tokenEnd();
		boolean numberFollows = end < t.length
				&& (t[end].chars().anyMatch(Character::isDigit) || NUMBER_WORDS.contains(lower(t[end])));
		while (end > m.tokenStart() + 1
				&& (NUMBER_WORDS.contains(lower(t[end - 1])) || numberFollows && AWARD_WORDS.contains(lower(t[end - 1]))
						|| FUNCTION_WORDS.contains(lower(t[end - 1])))) {
			end--;
		}
		String text = sentence.cover(m.tokenStart(), end);
		String key = OrganizationNames.plainKey(text);
		if (Gazetteer.GENERIC.contains(key) || end - m.tokenStart() == 1 && NOT_NAMES.contains(key)) {
			return null;
		}
		if (m.source().equals("ner") && hasOrdinaryWords(t, m.tokenStart(), end)) {
			return null;
		}
		EntityType type = m.type();
		String last = lower(t[end - 1]);
		String first = lower(t[m.tokenStart()]);
		if (type == EntityType.ORGANIZATION && end - m.tokenStart() >= 2 && !ORGANIZATION_STARTS.contains(first)) {
			// "Patent Transformation Special Action Plan" is a policy, "Regional
			// Innovation Program" a fund
			type = POLICY_HEADS.contains(last) ? EntityType.POLICY
					: FUND_HEADS.contains(last) && m.source().equals("ner") ? EntityType.FUND : type;
		}
		return end == m.tokenEnd() && type == m.type() ? m : new Mention(type, text, m.sentence(), m.tokenStart(), end,
				m.start(), sentence.charEnd(end - 1), m.confidence(), m.source());
	}

	private static boolean hasOrdinaryWords(String[] t, int from, int to) {
		for (int i = from; i < to; i++) {
			String token = t[i];
			if (token.chars().allMatch(Character::isLowerCase) && token.length() > 2
					&& !FUNCTION_WORDS.contains(token)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPersonName(Mention m, Sentence sentence) {
		for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
			String token = sentence.tokens()[i];
			if (NOT_IN_PERSON_NAMES.contains(lower(token))
					|| Character.isLowerCase(token.charAt(0)) && !FUNCTION_WORDS.contains(token)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "IV-A of the Social Security Act" is the Social Security Act; "XIX of the Act" is
	 * no title.
	 */
	private static Mention policy(Mention m, Sentence sentence) {
		String[] t = sentence.tokens();
		int start = m.tokenStart();
		if (start + 2 < m.tokenEnd() && ROMAN.matcher(t[start]).matches() && t[start + 1].equals("of")) {
			start += 2;
			if (start < m.tokenEnd() && t[start].equals("the")) {
				start++;
			}
		}
		if (start >= m.tokenEnd() || m.tokenEnd() - start == 1 && POLICY_HEADS.contains(lower(t[start]))) {
			return null;
		}
		return start == m.tokenStart() ? m : new Mention(m.type(), sentence.cover(start, m.tokenEnd()), m.sentence(),
				start, m.tokenEnd(), sentence.charStart(start), m.end(), m.confidence(), m.source());
	}

	/**
	 * "October 17" followed by ", 2023" is the whole date.
	 */
	private static Mention withYear(Mention m, Sentence sentence) {
		String[] t = sentence.tokens();
		int end = m.tokenEnd();
		if (end + 1 < t.length && t[end].equals(",") && t[end + 1].matches("(1[89]|20)\\d{2}")
				&& t[end - 1].matches("\\d{1,2}")) {
			end += 2;
			return new Mention(m.type(), sentence.cover(m.tokenStart(), end), m.sentence(), m.tokenStart(), end,
					m.start(), sentence.charEnd(end - 1), m.confidence(), m.source());
		}
		return m;
	}

	/**
	 * A name does not begin or end with a comma, bracket or semicolon.
	 */
	private static Mention edgesTrimmed(Mention m, Sentence sentence) {
		int start = m.tokenStart();
		int end = m.tokenEnd();
		while (start < end && (isPunctuation(sentence.tokens()[start], true)
				|| m.type() != EntityType.DATE && LEADING_WORDS.contains(lower(sentence.tokens()[start])))) {
			start++;
		}
		while (end > start && isPunctuation(sentence.tokens()[end - 1], false)) {
			end--;
		}
		if (start == end) {
			return null;
		}
		if (start == m.tokenStart() && end == m.tokenEnd()) {
			return m;
		}
		return new Mention(m.type(), sentence.cover(start, end), m.sentence(), start, end, sentence.charStart(start),
				sentence.charEnd(end - 1), m.confidence(), m.source());
	}

	private static boolean isPunctuation(String token, boolean leading) {
		if (token.chars().anyMatch(Character::isLetterOrDigit)) {
			return false;
		}
		// "$" opens an amount
		return !(leading && token.equals("$"));
	}

	/**
	 * "Sony and Honda" is two organizations: one word on each side of a single "and".
	 */
	private static List<Mention> splitPair(Mention m, Sentence sentence) {
		if (m.type() != EntityType.ORGANIZATION || m.tokenEnd() - m.tokenStart() != 3
				|| !sentence.tokens()[m.tokenStart() + 1].equals("and") || !m.source().equals("ner")) {
			return List.of(m);
		}
		String a = sentence.tokens()[m.tokenStart()];
		String b = sentence.tokens()[m.tokenStart() + 2];
		if (!Character.isUpperCase(a.charAt(0)) || !Character.isUpperCase(b.charAt(0))) {
			return List.of(m);
		}
		int s = m.tokenStart();
		return List.of(
				new Mention(m.type(), a, m.sentence(), s, s + 1, sentence.charStart(s), sentence.charEnd(s),
						m.confidence(), m.source()),
				new Mention(m.type(), b, m.sentence(), s + 2, s + 3, sentence.charStart(s + 2), sentence.charEnd(s + 2),
						m.confidence(), m.source()));
	}

	private static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}

}
