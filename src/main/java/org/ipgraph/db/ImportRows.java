package org.ipgraph.db;

import java.util.Map;

/**
 * Receives the rows of a graph for the import tool: one per node (label, key, properties)
 * and per relationship (type, start and end label and key, properties). Keys are those of
 * {@link CsvSchema#key(String)}.
 */
public interface ImportRows {

	void node(String label, String key, Map<String, Object> properties);

	void relationship(String type, String fromLabel, String from, String toLabel, String to,
			Map<String, Object> properties);

	default void finish() {
	}

}
