package org.ipgraph.notify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.security.Role;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A user's alerts in the order they were made, as the stream and the digests read them.
 * Restricted alerts go only to those who may read risk: the caller's roles when known,
 * else the roles the user has in the graph now. Nothing is widened: an alert is only ever
 * read for the user it is for.
 */
@Component
final class AlertReader {

	/** Who may read restricted alerts: as risk reports. */
	static final List<String> RISK_READERS = List.of(Role.LEGAL.name(), Role.ANALYST.name(), Role.ADMIN.name());

	static final String MAY_READ = """
			(NOT coalesce(a.restricted, false)
			 OR coalesce($restricted, any(r IN coalesce(u.roles, []) WHERE r IN $riskReaders)))""";

	private static final String AFTER = """
			MATCH (u:User {username: $username})<-[:ALERT_FOR]-(a:Alert)
			WHERE a.seq > $after AND %s
			RETURN a ORDER BY a.seq LIMIT $limit
			""".formatted(MAY_READ);

	private static final String LATEST = """
			MATCH (u:User {username: $username})<-[:ALERT_FOR]-(a:Alert)
			RETURN coalesce(max(a.seq), 0) AS latest
			""";

	private static final String SINCE = """
			MATCH (u:User {username: $username})<-[:ALERT_FOR]-(a:Alert)
			WHERE a.seq > $after AND %s
			RETURN count(a) AS alerts, coalesce(max(a.seq), $after) AS latest
			""".formatted(MAY_READ);

	private final Neo4jClient neo4j;

	AlertReader(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Parameters for {@link #MAY_READ}: restricted alerts by the given decision, or by
	 * the user's roles in the graph for null.
	 */
	static Map<String, Object> parameters(Boolean mayReadRestricted) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("restricted", mayReadRestricted);
		parameters.put("riskReaders", RISK_READERS);
		return parameters;
	}

	/**
	 * The user's alerts after a sequence number, oldest first.
	 * @param mayReadRestricted whether restricted alerts are included, or null to decide
	 * by the user's roles in the graph
	 */
	List<NotifiedAlert> after(String username, long after, int limit, Boolean mayReadRestricted) {
		Map<String, Object> parameters = parameters(mayReadRestricted);
		parameters.put("username", username);
		parameters.put("after", after);
		parameters.put("limit", limit);
		return List.copyOf(this.neo4j.query(AFTER)
			.bindAll(parameters)
			.fetchAs(NotifiedAlert.class)
			.mappedBy((types, r) -> NotifiedAlert.of(r.get("a")))
			.all());
	}

	/**
	 * How many alerts the user may read after a sequence number, and the latest of them
	 * (the number itself without any); restricted ones by the user's roles in the graph.
	 */
	Since since(String username, long after) {
		Map<String, Object> parameters = parameters(null);
		parameters.put("username", username);
		parameters.put("after", after);
		return this.neo4j.query(SINCE)
			.bindAll(parameters)
			.fetchAs(Since.class)
			.mappedBy((t, r) -> new Since(r.get("alerts").asLong(), r.get("latest").asLong()))
			.one()
			.orElse(new Since(0, after));
	}

	record Since(long alerts, long latest) {
	}

	/**
	 * The sequence number of the user's latest alert, 0 without any.
	 */
	long latest(String username) {
		return this.neo4j.query(LATEST).bindAll(Map.of("username", username)).fetchAs(Long.class).one().orElse(0L);
	}

}
