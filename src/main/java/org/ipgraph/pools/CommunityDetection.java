package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Runs GDS community detection on a {@link WeightedGraph}: projects it as a named
 * in-memory graph (Cypher projection from integer node ids, undirected, weighted),
 * streams Leiden or Louvain communities, and drops the projection. Each call has its own
 * graph name, so concurrent requests do not meet; the projection is dropped even when the
 * algorithm fails. Single-threaded with a fixed seed, so the same graph gives the same
 * communities.
 */
final class CommunityDetection {

	static final String PREFIX = "ipgraph-pools-";

	private static final String PROJECT = """
			UNWIND $edges AS e
			WITH gds.graph.project($graph, e.s, e.t, {relationshipProperties: {weight: e.w}},
			                       {undirectedRelationshipTypes: ['*']}) AS g
			RETURN g.nodeCount AS nodes
			""";

	private static final String LEIDEN = """
			CALL gds.leiden.stream($graph, {relationshipWeightProperty: 'weight', gamma: $gamma, randomSeed: 42,
			                                concurrency: 1})
			YIELD nodeId, communityId
			RETURN nodeId, communityId
			""";

	private static final String LOUVAIN = """
			CALL gds.louvain.stream($graph, {relationshipWeightProperty: 'weight', concurrency: 1})
			YIELD nodeId, communityId
			RETURN nodeId, communityId
			""";

	private static final String DROP = """
			CALL gds.graph.drop($graph, false) YIELD graphName
			RETURN graphName
			""";

	private final Neo4jClient neo4j;

	CommunityDetection(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The community of each node; -1 for nodes without edges.
	 */
	int[] detect(WeightedGraph graph, PoolParameters parameters) {
		int[] communities = new int[graph.nodes().size()];
		Arrays.fill(communities, -1);
		if (graph.edges() == 0) {
			return communities;
		}
		String name = PREFIX + UUID.randomUUID();
		List<Map<String, Object>> edges = new ArrayList<>(graph.edges());
		for (int e = 0; e < graph.edges(); e++) {
			edges.add(Map.of("s", (long) graph.sources()[e], "t", (long) graph.targets()[e], "w", graph.weights()[e]));
		}
		try {
			this.neo4j.query(PROJECT).bindAll(Map.of("graph", name, "edges", edges)).run();
			String cypher = parameters.algorithm() == PoolParameters.Algorithm.LEIDEN ? LEIDEN : LOUVAIN;
			this.neo4j.query(cypher)
				.bindAll(Map.of("graph", name, "gamma", parameters.resolution()))
				.fetch()
				.all()
				.forEach(r -> communities[((Number) r.get("nodeId")).intValue()] = ((Number) r.get("communityId"))
					.intValue());
		}
		finally {
			this.neo4j.query(DROP).bindAll(Map.of("graph", name)).run();
		}
		return communities;
	}

}
