package org.ipgraph.ingest;

import java.util.Map;

/**
 * What a {@link RecordWriter} may do inside the batch's transaction.
 */
public interface WriteContext {

	/**
	 * The Document node of the file being read, for provenance.
	 */
	String documentId();

	/**
	 * Runs one parameterized statement in the batch's transaction and counts what it
	 * changed.
	 */
	void run(String cypher, Map<String, Object> parameters);

	/**
	 * Whether a parameterized read in the batch's transaction returns a row. Contexts
	 * that cannot tell answer false, so a writer that asks in order to skip work does the
	 * work.
	 */
	default boolean test(String cypher, Map<String, Object> parameters) {
		return false;
	}

	/**
	 * Records that a raw organization name was stored under a key, for the normalization
	 * report.
	 */
	void organizationName(String raw, String key);

}
