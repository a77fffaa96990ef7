package org.ipgraph.graph;

import java.util.Map;

/**
 * Size of the graph.
 *
 * @param nodes all nodes
 * @param relationships all relationships
 * @param labels nodes per label, internal labels left out
 * @param relationshipTypes relationships per type
 * @param synthetic whether the graph holds the synthetic demo ecosystem
 */
public record GraphStats(long nodes, long relationships, Map<String, Long> labels, Map<String, Long> relationshipTypes,
		boolean synthetic) {
}
