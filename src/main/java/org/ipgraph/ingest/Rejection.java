package org.ipgraph.ingest;

/**
 * A record that was not stored.
 *
 * @param file the file
 * @param record where in the file: {@code line 17}, {@code document 3}, or {@code file}
 * @param reason why
 */
public record Rejection(String file, String record, String reason) {

	static final int MAX_REASON = 400;

	/**
	 * Reasons quote offending values; a huge field must not flood the report.
	 */
	public Rejection {
		if (reason != null && reason.length() > MAX_REASON) {
			reason = reason.substring(0, MAX_REASON) + "... [" + reason.length() + " characters]";
		}
	}

	@Override
	public String toString() {
		return this.file + ", " + this.record + ": " + this.reason;
	}

}
