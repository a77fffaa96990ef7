package org.ipgraph.watch;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * A user's alerts, paged by sequence number, and their read state. Restricted
 * (risk-bearing) alerts are shown only to callers who may read risk reports.
 */
@Service
public class Alerts {

	public static final int MAX_LIMIT = 100;

	private static final String PAGE = """
			MATCH (a:Alert)-[:ALERT_FOR]->(:User {username: $user})
			WHERE a.seq > $after AND ($risk OR NOT a.restricted) AND (NOT $unread OR NOT a.read)
			  AND ($kind IS NULL OR a.kind = $kind)
			RETURN a ORDER BY a.seq LIMIT $limit
			""";

	private static final String READ = """
			MATCH (a:Alert)-[:ALERT_FOR]->(:User {username: $user})
			WHERE (a.key IN $keys OR a.seq <= $upTo) AND NOT a.read AND ($risk OR NOT a.restricted)
			SET a.read = true, a.readAt = datetime()
			RETURN count(a) AS n
			""";

	private final Neo4jClient neo4j;

	Alerts(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Alerts after a sequence number, oldest first.
	 * @param risk whether the caller may see restricted alerts
	 */
	public Alert.Page page(String user, long after, int limit, boolean unreadOnly, String kind, boolean risk) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit: between 1 and " + MAX_LIMIT);
		}
		java.util.HashMap<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("user", user);
		parameters.put("after", after);
		parameters.put("limit", limit + 1);
		parameters.put("unread", unreadOnly);
		parameters.put("kind", kind);
		parameters.put("risk", risk);
		List<Alert> items = List.copyOf(this.neo4j.query(PAGE)
			.bindAll(parameters)
			.fetchAs(Alert.class)
			.mappedBy((types, r) -> alert(r.get("a")))
			.all());
		boolean more = items.size() > limit;
		List<Alert> shown = more ? items.subList(0, limit) : items;
		return new Alert.Page(shown, shown.isEmpty() ? after : shown.get(shown.size() - 1).seq(), more);
	}

	/**
	 * Marks alerts read: those named, and every one up to a sequence number.
	 * @return how many changed
	 */
	public long markRead(String user, List<String> keys, Long upTo, boolean risk) {
		return this.neo4j.query(READ)
			.bindAll(Map.of("user", user, "keys", keys == null ? List.of() : keys, "upTo", upTo == null ? -1L : upTo,
					"risk", risk))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	static Alert alert(Value a) {
		return new Alert(a.get("key").asString(), a.get("seq").asLong(), a.get("kind").asString(),
				a.get("title").asString(""), a.get("summary").asString(""), AlertOutbox.strings(a.get("evidence")),
				a.get("createdAt").isNull() ? null : a.get("createdAt").asZonedDateTime(),
				a.get("read").asBoolean(false), a.get("restricted").asBoolean(false));
	}

}
