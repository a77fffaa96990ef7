package org.ipgraph.demo;

import java.util.Map;

/**
 * A relationship the generator emits between two keyed nodes. The generator emits at most
 * one relationship of a type between two nodes, so that a CSV import and a {@code MERGE}
 * load give the same graph.
 *
 * @param type relationship type
 * @param fromLabel label of the start node
 * @param from key of the start node
 * @param toLabel label of the end node
 * @param to key of the end node
 * @param properties properties, none null
 */
public record DemoRelationship(String type, String fromLabel, String from, String toLabel, String to,
		Map<String, Object> properties) {

	public DemoRelationship {
		properties = Map.copyOf(properties);
	}

}
