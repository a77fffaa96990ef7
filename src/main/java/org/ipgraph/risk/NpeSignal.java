package org.ipgraph.risk;

/**
 * The owner-level signals of NPE behaviour, in the order of the feature vector.
 */
public enum NpeSignal {

	PLAINTIFF_SUITS("plaintiffSuits", "infringement suits filed as plaintiff (log 1 + n)"),

	DEFENDANT_SPREAD("defendantSpread", "distinct defendants sued, rolled up to their parents (log 1 + n)"),

	ACQUIRED_SHARE("acquiredShare", "share of the portfolio acquired rather than filed"),

	INVENTOR_GAP("inventorGap", "share of the portfolio with no inventor affiliated with the owner"),

	PATENTS_PER_INVENTOR("patentsPerInventor", "patents per own inventor (log 1 + n; all patents when none)"),

	HOLDING_NAME("holdingName", "name of a holding entity (LLC shell, Licensing, IP Holdings, Patent...)"),

	SHELL_NETWORK("shellNetwork", "holding-like organizations sharing its parent or address, or below it (log 1 + n)"),

	ASSERTED_PATENT_AGE("assertedPatentAge", "mean age of asserted patents at suit, in decades"),

	PTAB_CHALLENGES("ptabChallenges", "PTAB trials against its patents (log 1 + n)"),

	TEXT_DESCRIPTION("textDescription",
			"documents describing it as a patent-assertion or licensing company, or as suing many companies "
					+ "(log 1 + n)");

	private final String key;

	private final String description;

	NpeSignal(String key, String description) {
		this.key = key;
		this.description = description;
	}

	public String key() {
		return this.key;
	}

	public String description() {
		return this.description;
	}

	public static NpeSignal of(String key) {
		for (NpeSignal signal : values()) {
			if (signal.key.equals(key)) {
				return signal;
			}
		}
		throw new IllegalArgumentException("Unknown NPE signal '" + key + "'");
	}

}
