package org.ipgraph.valuation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The components of a patent's value indicator, in feature order, with their weights in
 * the hand-set prior. Counts enter as log(1 + n); a value the graph does not know is
 * {@code NaN} and contributes nothing.
 */
public enum ValueSignal {

	/** Forward citations divided by the mean of the patent's cohort (CPC class, year). */
	FORWARD_CITATIONS("forward citations against the mean of its CPC class and year", 0.8),

	/** Members of the patent's family, itself included. */
	FAMILY_SIZE("family members", 0.4),

	/** Offices the family is filed in. */
	JURISDICTIONS("offices the family is filed in", 0.2),

	/** Number of claims. */
	CLAIMS("claims", 0.2),

	/** Years left until expiry. */
	REMAINING_TERM("years of term left", 0.03),

	/** Times an owner assigned it away. */
	REASSIGNMENTS("reassignments", 0.5),

	/** Court cases it was asserted in. */
	LITIGATION("court cases it was asserted in", 1.0),

	/** PTAB trials that challenged it. */
	PTAB("PTAB trials that challenged it", 0.6),

	/** Essentiality declarations to standards. */
	ESSENTIALITY("essentiality declarations", 1.0),

	/** Pools it is licensed in, plus licence deals of its owners. */
	LICENCES("licensing pools it is in and licence deals of its owners", 0.6);

	/** The number of features. */
	public static final int SIZE = values().length;

	private final String description;

	private final double prior;

	ValueSignal(String description, double prior) {
		this.description = description;
		this.prior = prior;
	}

	/**
	 * The weight of the hand-set prior on the raw feature value: the direction the
	 * valuation literature gives the component.
	 */
	double prior() {
		return this.prior;
	}

	/**
	 * The name in answers and models: {@code FORWARD_CITATIONS} is
	 * {@code forwardCitations}.
	 */
	public String key() {
		String[] words = name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder key = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return key.toString();
	}

	public String description() {
		return this.description;
	}

	public static List<String> keys() {
		return Arrays.stream(values()).map(ValueSignal::key).toList();
	}

}
