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

	// Names come from the database itself (db.labels(), db.relationshipTypes()), quoted
	// as
	// identifiers: a static label or type in the pattern reads the count store, whereas
	// the
	// dynamic form ($(name)) scans
	private static final String LABELS = "CALL db.labels() YIELD label RETURN label AS name";

	private static final String TYPES = "CALL db.relationshipTypes() YIELD relationshipType AS name RETURN name";

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
			logger.debug("db.stats.retrieve unavailable, counting per label from the count store: " + ex.getMessage());
			names(LABELS).forEach(label -> labels.put(label, count("MATCH (n:" + quoted(label) + ") RETURN count(n)")));
			names(TYPES)
				.forEach(type -> types.put(type, count("MATCH ()-[r:" + quoted(type) + "]->() RETURN count(r)")));
		}
		labels.keySet().removeIf(label -> label.startsWith("__") || INTERNAL.contains(label));
		types.keySet().removeIf(INTERNAL_TYPES::contains);
		boolean synthetic = this.neo4j.query("RETURN EXISTS { MATCH (d:Document {synthetic: true}) } AS synthetic")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		long nodes = labels.values().stream().mapToLong(Long::longValue).sum();
		long relationships = types.values().stream().mapToLong(Long::longValue).sum();
		return new GraphStats(nodes, relationships, labels, types, synthetic);
	}

	private java.util.List<String> names(String cypher) {
		return java.util.List.copyOf(this.neo4j.query(cypher).fetchAs(String.class).all());
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElse(0L);
	}

	static String quoted(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

}
