package org.ipgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Counts from the database's count store: cheap at any size.
 */
@Service
public class GraphStatsService {

	private static final Log logger = LogFactory.getLog(GraphStatsService.class);

	/** Bookkeeping, not IP data. */
	private static final Set<String> INTERNAL = Set.of("User", "ApiToken", "AuditEvent");

	private static final Set<String> INTERNAL_TYPES = Set.of("HAS_TOKEN", "IS");

	// The dynamic-label form cannot use the count store; it is only the fallback for
	// servers
	// where db.stats.retrieve is not allowed
	private static final String FALLBACK_LABELS = """
			CALL db.labels() YIELD label
			CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
			RETURN label AS name, count""";

	private static final String FALLBACK_TYPES = """
			CALL db.relationshipTypes() YIELD relationshipType AS type
			CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS count }
			RETURN type AS name, count""";

	private final Neo4jClient neo4j;

	GraphStatsService(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public GraphStats stats() {
		Map<String, Long> labels = new TreeMap<>();
		Map<String, Long> types = new TreeMap<>();
		try {
			Map<String, Object> data = this.neo4j.query("CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data")
				.fetchAs(Map.class)
				.mappedBy((t, r) -> r.get("data").asMap())
				.one()
				.orElse(Map.of());
			for (Object entry : (List<?>) data.getOrDefault("nodes", List.of())) {
				Map<?, ?> node = (Map<?, ?>) entry;
				if (node.get("label") != null) {
					labels.put((String) node.get("label"), ((Number) node.get("count")).longValue());
				}
			}
			for (Object entry : (List<?>) data.getOrDefault("relationships", List.of())) {
				Map<?, ?> rel = (Map<?, ?>) entry;
				if (rel.get("relationshipType") != null && rel.get("startLabel") == null
						&& rel.get("endLabel") == null) {
					types.put((String) rel.get("relationshipType"), ((Number) rel.get("count")).longValue());
				}
			}
		}
		catch (RuntimeException ex) {
			logger.debug("db.stats.retrieve unavailable, counting per label: " + ex.getMessage());
			counts(FALLBACK_LABELS).forEach(labels::put);
			counts(FALLBACK_TYPES).forEach(types::put);
		}
		labels.keySet().removeIf(label -> label.startsWith("__") || INTERNAL.contains(label));
		types.keySet().removeIf(INTERNAL_TYPES::contains);
		boolean synthetic = this.neo4j.query("MATCH (d:Document {synthetic: true}) RETURN count(d) > 0 AS synthetic")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		long nodes = labels.values().stream().mapToLong(Long::longValue).sum();
		long relationships = types.values().stream().mapToLong(Long::longValue).sum();
		return new GraphStats(nodes, relationships, labels, types, synthetic);
	}

	private Map<String, Long> counts(String cypher) {
		Map<String, Long> counts = new TreeMap<>();
		this.neo4j.query(cypher)
			.fetch()
			.all()
			.forEach(row -> counts.put((String) row.get("name"), ((Number) row.get("count")).longValue()));
		return counts;
	}

}
