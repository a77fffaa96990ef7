package org.ipgraph.nlp.linking;

import java.util.Set;

/**
 * String similarity for names that differ by typos, glued words ("AgencyEnergy") or small
 * additions: one minus the edit distance over the longer length, on normalized keys.
 */
final class FuzzyNames {

	/** Words too common in organization names to find candidates by. */
	static final Set<String> STOP = Set.of("the", "and", "for", "office", "department", "national", "research",
			"center", "centre", "institute", "university", "agency", "administration", "program", "states", "united",
			"federal", "science", "technology", "development", "inc", "company", "corporation", "laboratory",
			"foundation", "service", "services", "health", "system", "systems", "international", "group");

	private FuzzyNames() {
	}

	static double similarity(String a, String b) {
		if (a.equals(b)) {
			return 1.0;
		}
		int longer = Math.max(a.length(), b.length());
		if (longer == 0) {
			return 1.0;
		}
		if (Math.abs(a.length() - b.length()) > longer / 3) {
			return 0;
		}
		double plain = 1.0 - (double) distance(a, b) / longer;
		String ga = a.replace(" ", "");
		String gb = b.replace(" ", "");
		double glued = 1.0 - (double) distance(ga, gb) / Math.max(ga.length(), gb.length());
		// a glued word costs a space, not a letter
		return Math.max(plain, glued - 0.01);
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			char ca = a.charAt(i - 1);
			for (int j = 1; j <= b.length(); j++) {
				int cost = ca == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/**
	 * Whether the candidate's words begin the mention's and cover most of it: "naval
	 * surface warfare center crane" is a unit of "naval surface warfare center".
	 */
	static double prefixCoverage(String mention, String candidate) {
		String[] m = mention.split(" ");
		String[] c = candidate.split(" ");
		if (c.length < 2 || c.length >= m.length) {
			return 0;
		}
		for (int i = 0; i < c.length; i++) {
			if (!m[i].equals(c[i])) {
				return 0;
			}
		}
		return (double) c.length / m.length;
	}

}
