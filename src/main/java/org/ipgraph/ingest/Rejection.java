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

	/**
	 * An exception's message as a reason: what a user can act on, without the class
	 * names, nested causes and stack lines of library messages (a database error can
	 * quote a parser's exception, for example).
	 */
	public static String reasonOf(Throwable ex) {
		String message = ex.getMessage() == null ? "" : ex.getMessage();
		int caused = message.indexOf("Caused by:");
		if (caused >= 0) {
			message = message.substring(0, caused);
		}
		message = CLASS_NAME.matcher(message).replaceAll("").replaceAll("\\s+", " ").strip();
		message = message.replaceAll("^[:;,. ]+", "");
		return message.isEmpty() ? "an error of the reader or the database with no message" : message;
	}

	private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern
		.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*:?");

	@Override
	public String toString() {
		return this.file + ", " + this.record + ": " + this.reason;
	}

}
