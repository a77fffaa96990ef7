package org.ipgraph.ingest;

/**
 * A record that was not stored.
 *
 * @param file the file
 * @param record where in the file: {@code line 17}, {@code document 3}, or {@code file}
 * @param reason why
 */
public record Rejection(String file, String record, String reason) {

	@Override
	public String toString() {
		return this.file + ", " + this.record + ": " + this.reason;
	}

}
