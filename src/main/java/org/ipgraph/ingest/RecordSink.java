package org.ipgraph.ingest;

/**
 * Receives what a reader parsed from one file.
 */
public interface RecordSink {

	/**
	 * A parsed record, to be written in the next batch.
	 * @param ref where it is in the file: {@code line 17}, {@code document 3}
	 * @param record the record; a {@link RecordWriter} must exist for its type
	 */
	void accept(String ref, Object record);

	/**
	 * A record that cannot be used.
	 * @param ref where it is in the file
	 * @param reason why, in words a user can act on
	 */
	void reject(String ref, String reason);

	/**
	 * Something the user should know about the file that is not a rejection, e.g. that
	 * its language has no models. Shown in the ingest summary.
	 */
	default void note(String note) {
	}

	/**
	 * The Document node of the file being read, for records that name it themselves (see
	 * {@link SourceFormat#concurrent()}); null outside an ingest.
	 */
	default String documentId() {
		return null;
	}

	/**
	 * How much of one record a reader may hold: the configured limits during an ingest.
	 */
	default IngestLimits limits() {
		return IngestLimits.DEFAULTS;
	}

}
