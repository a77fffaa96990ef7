package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * Runs GDS community detection on a {@link WeightedGraph}: projects it as a named
 * in-memory graph (Cypher projection from integer node ids, undirected, weighted),
 * streams Leiden or Louvain communities, and drops the projection. Each call has its own
 * graph name, so concurrent requests do not meet; the projection is dropped also when the
 * algorithm fails. Single-threaded with a fixed seed, so the same graph gives the same
 * communities.
 * <p>
 * Projection, algorithm and drop run in one READ transaction: GDS keeps a projection in
 * the memory of the server that made it, and a routing driver keeps a transaction on one
 * server, so on a cluster the three reach the same secondary. The driver is the GDS
 * connection ({@code ipgraph.gds.uri}): the graph's own, or a designated secondary or GDS
 * instance; the projection is built from the parameters alone, so that server needs no
 * copy of the graph.
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

	private final Driver gds;

	CommunityDetection(Driver gds) {
		this.gds = gds;
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
		String cypher = parameters.algorithm() == PoolParameters.Algorithm.LEIDEN ? LEIDEN : LOUVAIN;
		AtomicReference<String> name = new AtomicReference<>();
		try (var session = this.gds.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			session.executeRead(tx -> {
				// a new name per attempt: the driver retries the whole transaction
				name.set(PREFIX + UUID.randomUUID());
				project(tx, name.get(), sources, targets, weights, graph.edges(), cypher, parameters, communities);
				tx.run(DROP, Map.of("graph", name.get())).consume();
				return null;
			});
		}
		catch (RuntimeException ex) {
			if (name.get() != null) {
				dropQuietly(name.get());
			}
			throw ex;
		}
		return communities;
	}

	private static void project(TransactionContext tx, String name, List<Long> sources, List<Long> targets,
			List<Double> weights, int edges, String cypher, PoolParameters parameters, int[] communities) {
		long start = System.nanoTime();
		tx.run(PROJECT, Map.of("graph", name, "sources", sources, "targets", targets, "weights", weights)).consume();
		long projected = System.nanoTime();
		tx.run(cypher, Map.of("graph", name, "gamma", parameters.resolution()))
			.forEachRemaining(r -> communities[r.get("nodeId").asInt()] = r.get("communityId").asInt());
		logger.debug(String.format("pools: GDS projection of %d edges %d ms, %s %d ms", edges,
				(projected - start) / 1_000_000, parameters.algorithm(), (System.nanoTime() - projected) / 1_000_000));
	}

	/**
	 * After a failed transaction: on one instance or a GDS server of its own this reaches
	 * the server that holds the projection; on a routed cluster it may reach another one,
	 * where it finds nothing to drop.
	 */
	private void dropQuietly(String name) {
		try (var session = this.gds.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			session.executeRead(tx -> tx.run(DROP, Map.of("graph", name)).consume());
		}
		catch (RuntimeException ex) {
			logger.warn("pools: could not drop GDS projection " + name + ": " + ex.getMessage());
		}
	}

}
