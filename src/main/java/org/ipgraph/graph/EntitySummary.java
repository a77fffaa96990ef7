package org.ipgraph.graph;

import java.util.Map;

/**
 * One node in a listing.
 *
 * @param label its label
 * @param key its business key (patent number, CPC symbol or id)
 * @param name what to show
 * @param relationships how many relationships it has
 * @param mentions in how many documents text mentions it
 * @param properties its other scalar properties
 */
public record EntitySummary(String label, String key, String name, long relationships, long mentions,
		Map<String, Object> properties) {
}
