package org.ipgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * A whole graph as values to compare: every node by label and key with its properties,
 * every relationship by (start label and key, type, end label and key) with its
 * properties. Left out: the migrations' own nodes ({@code __} labels), change detection's
 * {@code ChangeSet} nodes and the clock's Document timestamps.
 */
record GraphContents(Map<String, Map<String, Object>> nodes, Map<String, Map<String, Object>> relationships) {

	private static final Set<String> CLOCK = Set.of("ingestedAt", "lastSeenAt");

	private static final String KEY = "coalesce(%1$s.number, %1$s.symbol, %1$s.id)";

	private static final String LABELS = "[l IN labels(%s) WHERE NOT l STARTS WITH '__' | l]";

	static GraphContents of(Driver driver) {
		Map<String, Map<String, Object>> nodes = new TreeMap<>();
		Map<String, Map<String, Object>> relationships = new TreeMap<>();
		try (Session session = driver.session()) {
			String nodeQuery = "MATCH (n) WHERE NOT n:ChangeSet WITH n, " + LABELS.formatted("n") + " AS labels "
					+ "WHERE size(labels) > 0 RETURN labels, " + KEY.formatted("n") + " AS key, properties(n) AS p";
			for (Record r : session.run(nodeQuery).list()) {
				String name = r.get("labels").asList(v -> v.asString()) + " " + r.get("key").asString();
				nodes.put(name, properties(r));
			}
			String relationshipQuery = "MATCH (a)-[r]->(b) WHERE NOT a:ChangeSet AND NOT b:ChangeSet RETURN "
					+ LABELS.formatted("a") + " AS from, " + KEY.formatted("a") + " AS fromKey, type(r) AS type, "
					+ LABELS.formatted("b") + " AS to, " + KEY.formatted("b") + " AS toKey, properties(r) AS p";
			for (Record r : session.run(relationshipQuery).list()) {
				String name = r.get("from").asList(v -> v.asString()) + " " + r.get("fromKey").asString() + " -"
						+ r.get("type").asString() + "-> " + r.get("to").asList(v -> v.asString()) + " "
						+ r.get("toKey").asString();
				if (relationships.put(name, properties(r)) != null) {
					throw new IllegalStateException("two relationships " + name);
				}
			}
		}
		return new GraphContents(nodes, relationships);
	}

	private static Map<String, Object> properties(Record r) {
		Map<String, Object> properties = new TreeMap<>(r.get("p").asMap());
		properties.keySet().removeAll(CLOCK);
		return properties;
	}

	/** Nodes per label set, e.g. {@code [Patent]}. */
	Map<String, Long> labels() {
		Map<String, Long> counts = new TreeMap<>();
		this.nodes.keySet().forEach(k -> counts.merge(k.substring(0, k.indexOf(']') + 1), 1L, Long::sum));
		return counts;
	}

	/** Relationships per type. */
	Map<String, Long> types() {
		Map<String, Long> counts = new TreeMap<>();
		this.relationships.keySet().forEach(k -> {
			int dash = k.indexOf(" -");
			counts.merge(k.substring(dash + 2, k.indexOf("-> ", dash)), 1L, Long::sum);
		});
		return counts;
	}

	/**
	 * What differs from another graph, at most {@code limit} lines.
	 */
	List<String> differences(GraphContents other, int limit) {
		List<String> lines = new ArrayList<>();
		compare("node", this.nodes, other.nodes, lines);
		compare("relationship", this.relationships, other.relationships, lines);
		return lines.size() > limit ? lines.subList(0, limit) : lines;
	}

	private static void compare(String what, Map<String, Map<String, Object>> expected,
			Map<String, Map<String, Object>> actual, List<String> lines) {
		Set<String> keys = new TreeSet<>(expected.keySet());
		keys.addAll(actual.keySet());
		for (String key : keys) {
			Map<String, Object> a = expected.get(key);
			Map<String, Object> b = actual.get(key);
			if (a == null || b == null) {
				lines.add(what + " " + key + (a == null ? " only in the second graph" : " only in the first graph"));
				continue;
			}
			Set<String> names = new TreeSet<>(a.keySet());
			names.addAll(b.keySet());
			for (String name : names) {
				if (!Objects.equals(a.get(name), b.get(name))) {
					lines.add(what + " " + key + " ." + name + ": " + a.get(name) + " <> " + b.get(name));
				}
			}
		}
	}

}
