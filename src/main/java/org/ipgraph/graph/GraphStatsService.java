package org.ipgraph.graph;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Counts from the database's count store: cheap at any size.
 */
@Service
public class GraphStatsService {

	private final Neo4jClient neo4j;

	GraphStatsService(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public GraphStats stats() {
		Map<String, Long> labels = new LinkedHashMap<>();
		this.neo4j.query("""
				CALL db.labels() YIELD label
				WHERE NOT label STARTS WITH '__'
				CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
				RETURN label, count ORDER BY label
				""").fetch().all().forEach(row -> labels.put((String) row.get("label"), (Long) row.get("count")));
		Map<String, Long> types = new LinkedHashMap<>();
		this.neo4j.query("""
				CALL db.relationshipTypes() YIELD relationshipType AS type
				CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS count }
				RETURN type, count ORDER BY type
				""").fetch().all().forEach(row -> types.put((String) row.get("type"), (Long) row.get("count")));
		boolean synthetic = this.neo4j.query("MATCH (d:Document {synthetic: true}) RETURN count(d) > 0 AS synthetic")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		long nodes = labels.values().stream().mapToLong(Long::longValue).sum();
		long relationships = types.values().stream().mapToLong(Long::longValue).sum();
		return new GraphStats(nodes, relationships, labels, types, synthetic);
	}

}
