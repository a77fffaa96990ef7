package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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

	private static final Log logger = LogFactory.getLog(CommunityDetection.class);

	static final String PREFIX = "ipgraph-pools-";

	private static final String PROJECT = """
			UNWIND range(0, size($sources) - 1) AS e
			WITH gds.graph.project($graph, $sources[e], $targets[e], {relationshipProperties: {weight: $weights[e]}},
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
		// Three parallel lists rather than a map per edge: the parameters cross to the
		// database faster
		List<Long> sources = new ArrayList<>(graph.edges());
		List<Long> targets = new ArrayList<>(graph.edges());
		List<Double> weights = new ArrayList<>(graph.edges());
		for (int e = 0; e < graph.edges(); e++) {
			sources.add((long) graph.sources()[e]);
			targets.add((long) graph.targets()[e]);
			weights.add(graph.weights()[e]);
		}
		try {
			long start = System.nanoTime();
			this.neo4j.query(PROJECT)
				.bindAll(Map.of("graph", name, "sources", sources, "targets", targets, "weights", weights))
				.run();
			long projected = System.nanoTime();
			String cypher = parameters.algorithm() == PoolParameters.Algorithm.LEIDEN ? LEIDEN : LOUVAIN;
			this.neo4j.query(cypher)
				.bindAll(Map.of("graph", name, "gamma", parameters.resolution()))
				.fetch()
				.all()
				.forEach(r -> communities[((Number) r.get("nodeId")).intValue()] = ((Number) r.get("communityId"))
					.intValue());
			logger.debug(String.format("pools: GDS projection of %d edges %d ms, %s %d ms", graph.edges(),
					(projected - start) / 1_000_000, parameters.algorithm(),
					(System.nanoTime() - projected) / 1_000_000));
		}
		finally {
			this.neo4j.query(DROP).bindAll(Map.of("graph", name)).run();
		}
		return communities;
	}

}
