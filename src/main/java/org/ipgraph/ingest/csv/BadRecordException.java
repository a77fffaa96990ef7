package org.ipgraph.ingest.csv;

/**
 * A record that cannot be used. The message is the reason shown to the user, so it names
 * the column and the value.
 */
public class BadRecordException extends Exception {

	public BadRecordException(String reason) {
		super(reason);
	}

}
