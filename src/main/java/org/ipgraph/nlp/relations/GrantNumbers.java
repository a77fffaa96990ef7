package org.ipgraph.nlp.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ipgraph.nlp.Sentence;
import org.ipgraph.nlp.Mention;

/**
 * Grant, contract and award numbers in a sentence: N00014-10-1-0278, DE-SC0001087, R01
 * GM065400, 70NANB7H7056, or a bare number right after "Grant No.". Returned as token
 * ranges so that a rule can attach each to the nearest funder.
 */
final class GrantNumbers {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Za-z0-9\\-/.*_]*");

	private static final Pattern SHORT_PREFIX = Pattern.compile("[A-Z][A-Z0-9]{1,3}|[A-Z]{2,4}-[A-Z]{2,4}");

	private static final Set<String> CUES = Set.of("no", "no.", "nos", "nos.", "number", "numbers", "grant", "grants",
			"contract", "contracts", "award", "awards", "agreement", "#", "project", "n°");

	private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

	private GrantNumbers() {
	}

	/**
	 * @param text the number as written
	 * @param token first token
	 * @param tokenEnd one past the last token
	 */
	record Found(String text, int token, int tokenEnd) {
	}

	static List<Found> find(Sentence sentence, List<Mention> mentions) {
		String[] t = sentence.tokens();
		boolean[] taken = new boolean[t.length];
		for (Mention m : mentions) {
			for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
				taken[i] = true;
			}
		}
		List<Found> out = new ArrayList<>();
		for (int i = 0; i < t.length; i++) {
			if (taken[i] || !isCode(t[i], cued(t, i))) {
				continue;
			}
			int start = i;
			// a short series prefix written apart: "R01 GM065400", "NSF-CHE 1152360"
			if (i > 0 && !taken[i - 1] && SHORT_PREFIX.matcher(t[i - 1]).matches() && !CUES.contains(lower(t[i - 1]))
					&& sentence.charStart(i) - sentence.charEnd(i - 1) == 1) {
				start = i - 1;
			}
			out.add(new Found(sentence.cover(start, i + 1), start, i + 1));
		}
		return out;
	}

	private static boolean cued(String[] t, int i) {
		for (int j = Math.max(0, i - 3); j < i; j++) {
			if (CUES.contains(lower(t[j]))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isCode(String token, boolean cued) {
		String t = token.replaceAll("[.,;:)]+$", "");
		if (t.length() < 5 || !CODE.matcher(t).matches() || t.chars().noneMatch(Character::isDigit)) {
			return false;
		}
		if (YEAR.matcher(t).matches()) {
			return false;
		}
		boolean allDigits = t.chars().allMatch(c -> Character.isDigit(c) || c == ',');
		if (allDigits) {
			return cued && !t.contains(",");
		}
		return t.chars().anyMatch(Character::isUpperCase) || t.contains("-") && cued;
	}

	private static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}

}
