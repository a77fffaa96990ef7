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
	 * Runs one parameterized statement in the batch's transaction and counts what it changed.
	 */
	void run(String cypher, Map<String, Object> parameters);

	/**
	 * Records that a raw organization name was stored under a key, for the normalization report.
	 */
	void organizationName(String raw, String key);

}
