package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ipgraph.graph.OrganizationNames;

/**
 * Combines the name finder's mentions with the gazetteer's into one non-overlapping list. A
 * known name wins over a statistical span that cuts through it, or that runs two known names
 * together ("NSF and DOE"); a statistical span that adds words to one known name ("Naval Surface
 * Warfare Center Crane") is kept, being the more complete name.
 */
final class MentionMerger {

	private static final double TRUSTED = 0.6;

	private MentionMerger() {
	}

	/** Words that end the title of a policy, never an organization's name. */
	private static final Set<String> POLICY_HEADS = Set.of("plan", "strategy", "act", "guidelines", "measures",
			"regulation", "regulations", "directive", "law", "notice", "opinions", "rules", "roadmap", "framework");

	private static final Set<String> ORGANIZATION_STARTS = Set.of("office", "department", "council", "ministry",
			"bureau", "commission", "institute", "center", "centre", "agency", "administration", "board", "committee");

	private static final Set<String> AWARD_WORDS = Set.of("grant", "grants", "contract", "contracts", "award",
			"awards", "case", "no", "no.", "nos", "nos.", "number", "numbers", "agreement", "subcontract");

	static List<Mention> merge(List<Mention> names, List<Mention> known, double minConfidence) {
		return merge(names, known, minConfidence, null);
	}

	/**
	 * @param sentence the sentence, to trim award words off organization names; null to leave them
	 */
	static List<Mention> merge(List<Mention> names, List<Mention> known, double minConfidence, Sentence sentence) {
		if (sentence != null) {
			names = trim(names, sentence);
			known = trim(known, sentence);
		}
		List<Mention> out = new ArrayList<>(known);
		List<Mention> dropKnown = new ArrayList<>();
		for (Mention name : names) {
			if (name.confidence() < minConfidence) {
				continue;
			}
			List<Mention> overlapping = known.stream().filter(name::overlaps).toList();
			if (overlapping.isEmpty()) {
				out.add(name);
				continue;
			}
			boolean containsAll = overlapping.stream().allMatch(k -> contains(name, k));
			if (overlapping.size() == 1 && same(name, overlapping.get(0))) {
				Mention k = overlapping.get(0);
				dropKnown.add(k);
				out.add(new Mention(k.type(), k.text(), k.sentence(), k.tokenStart(), k.tokenEnd(), k.start(), k.end(),
						Math.max(k.confidence(), name.confidence()), "ner+gazetteer"));
			}
			else if (overlapping.size() == 1 && containsAll && name.confidence() >= TRUSTED) {
				dropKnown.add(overlapping.get(0));
				out.add(name);
			}
			// otherwise the known names stand: the span crosses one, or joins several
		}
		out.removeAll(dropKnown);
		out.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::length, Comparator.reverseOrder()));
		List<Mention> clean = new ArrayList<>(out.size());
		for (Mention m : out) {
			if (clean.isEmpty() || !clean.get(clean.size() - 1).overlaps(m)) {
				clean.add(m);
			}
		}
		return clean;
	}

	/**
	 * "Air Force Research Laboratory Contract", "Navy Case": award words end no organization's
	 * name; generic references to "the Government" are no organization either.
	 */
	static List<Mention> trim(List<Mention> mentions, Sentence sentence) {
		List<Mention> out = new ArrayList<>(mentions.size());
		for (Mention found : mentions) {
			Mention m = punctuationTrimmed(found, sentence);
			if (m == null) {
				continue;
			}
			if (m.type() == EntityType.DATE) {
				out.add(withYear(m, sentence));
				continue;
			}
			if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.FUND) {
				out.add(m);
				continue;
			}
			List<Mention> split = splitPair(m, sentence);
			if (split.size() == 2) {
				out.addAll(split);
				continue;
			}
			int end = m.tokenEnd();
			while (end > m.tokenStart() + 1 && AWARD_WORDS.contains(sentence.tokens()[end - 1].toLowerCase(Locale.ROOT))) {
				end--;
			}
			String text = sentence.cover(m.tokenStart(), end);
			if (Gazetteer.GENERIC.contains(OrganizationNames.key(text))) {
				continue;
			}
			EntityType type = m.type();
			String last = sentence.tokens()[end - 1].toLowerCase(Locale.ROOT);
			String first = sentence.tokens()[m.tokenStart()].toLowerCase(Locale.ROOT);
			if (type == EntityType.ORGANIZATION && end - m.tokenStart() >= 2 && POLICY_HEADS.contains(last)
					&& !ORGANIZATION_STARTS.contains(first)) {
				// "Patent Transformation Special Action Plan" is a policy whatever the model says
				type = EntityType.POLICY;
			}
			out.add(end == m.tokenEnd() && type == m.type() ? m
					: new Mention(type, text, m.sentence(), m.tokenStart(), end, m.start(), sentence.charEnd(end - 1),
							m.confidence(), m.source()));
		}
		return out;
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
	private static Mention punctuationTrimmed(Mention m, Sentence sentence) {
		int start = m.tokenStart();
		int end = m.tokenEnd();
		while (start < end && isPunctuation(sentence.tokens()[start], true)) {
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
		// "$" opens an amount, "." may close an abbreviation that is its own token
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

	private static boolean same(Mention a, Mention b) {
		return a.tokenStart() == b.tokenStart() && a.tokenEnd() == b.tokenEnd();
	}

	private static boolean contains(Mention outer, Mention inner) {
		return outer.tokenStart() <= inner.tokenStart() && inner.tokenEnd() <= outer.tokenEnd();
	}

}
