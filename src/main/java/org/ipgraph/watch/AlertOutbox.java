package org.ipgraph.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Writes alerts into the graph, the outbox delivery reads: inside the caller's
 * transaction, under the lock of the sequence counter (a {@code Setting} node), so alerts
 * of concurrent derivations get increasing {@code seq} in commit order and a key is never
 * written twice.
 */
final class AlertOutbox {

	private static final String LOCK = """
			MERGE (s:Setting {key: 'alerts.seq'})
			ON CREATE SET s.value = -1
			SET s.lockedAt = datetime()
			RETURN s.value AS value
			""";

	private static final String TOP = "MATCH (a:Alert) RETURN coalesce(max(a.seq), 0) AS value";

	private static final String EXISTING = """
			UNWIND $keys AS key
			MATCH (a:Alert {key: key})
			RETURN a.key AS key
			""";

	private static final String CREATE = """
			UNWIND $alerts AS a
			MATCH (u:User {username: a.user})
			CREATE (x:Alert {key: a.key, seq: a.seq, kind: a.kind, title: a.title, summary: a.summary,
			                 evidence: a.evidence, createdAt: datetime(), read: false, restricted: a.restricted})
			CREATE (x)-[:ALERT_FOR]->(u)
			""";

	private static final String ADVANCE = "MATCH (s:Setting {key: 'alerts.seq'}) SET s.value = $value";

	private AlertOutbox() {
	}

	/**
	 * An alert to write.
	 */
	record NewAlert(String key, String user, String kind, String title, String summary, List<String> evidence,
			boolean restricted) {
	}

	/**
	 * Takes the outbox lock for the rest of the transaction: call first.
	 * @return the last sequence number given
	 */
	static long lock(TransactionContext tx) {
		long value = tx.run(LOCK).single().get("value").asLong();
		if (value < 0) {
			value = tx.run(TOP).single().get("value").asLong();
			tx.run(ADVANCE, Map.of("value", value)).consume();
		}
		return value;
	}

	/**
	 * Writes the alerts whose key is new (the first of equal keys wins).
	 * @param last what {@link #lock} answered
	 * @return the alerts written
	 */
	static List<NewAlert> create(TransactionContext tx, long last, List<NewAlert> alerts) {
		Map<String, NewAlert> byKey = new LinkedHashMap<>();
		alerts.forEach(a -> byKey.putIfAbsent(a.key(), a));
		if (byKey.isEmpty()) {
			return List.of();
		}
		Set<String> existing = new HashSet<>(
				tx.run(EXISTING, Map.of("keys", List.copyOf(byKey.keySet()))).list(r -> r.get("key").asString()));
		List<NewAlert> created = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		long seq = last;
		for (NewAlert a : byKey.values()) {
			if (existing.contains(a.key())) {
				continue;
			}
			Map<String, Object> row = new HashMap<>();
			row.put("key", a.key());
			row.put("seq", ++seq);
			row.put("user", a.user());
			row.put("kind", a.kind());
			row.put("title", a.title());
			row.put("summary", a.summary());
			row.put("evidence", a.evidence());
			row.put("restricted", a.restricted());
			rows.add(row);
			created.add(a);
		}
		if (!rows.isEmpty()) {
			tx.run(CREATE, Map.of("alerts", rows)).consume();
			tx.run(ADVANCE, Map.of("value", seq)).consume();
		}
		return created;
	}

	static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(v -> v.isNull() ? "" : v.asString());
	}

}
