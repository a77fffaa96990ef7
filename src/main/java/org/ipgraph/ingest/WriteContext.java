package org.ipgraph.ingest;

import java.util.List;
import java.util.Map;

/**
 * What a {@link RecordWriter} may do inside the batch's transaction.
 */
public interface WriteContext {

	/**
	 * The Document node of the file being read, for provenance; null when the context
	 * writes the records of several files at once (their records then name their
	 * Document, see {@link SourceFormat#concurrent()}).
	 */
	String documentId();

	/**
	 * Runs one parameterized statement in the batch's transaction and counts what it
	 * changed.
	 */
	void run(String cypher, Map<String, Object> parameters);

	/**
	 * The first column of a parameterized read in the batch's transaction. Contexts that
	 * cannot read answer nothing, so a writer that asks in order to skip work does the
	 * work.
	 */
	default List<Object> values(String cypher, Map<String, Object> parameters) {
		return List.of();
	}

	/**
	 * Records that a raw organization name was stored under a key, for the normalization
	 * report.
	 */
	void organizationName(String raw, String key);

	/**
	 * Whether this context records a change set (an ingest's batch does; the demo loader
	 * does not): a writer asks before doing extra work to tell what is new.
	 */
	default boolean recordsChanges() {
		return false;
	}

	/**
	 * Notes keys of what this batch creates or changes, for the batch's change set:
	 * {@code patents} (patents the graph did not describe before), {@code events}
	 * (LegalEvent ids), {@code cases} (LitigationCase ids). Contexts that record no
	 * change set ignore it.
	 */
	default void changed(String kind, java.util.Collection<String> keys) {
	}

}
