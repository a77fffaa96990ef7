package org.ipgraph.security;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ipgraph.db.GraphAccess;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The append-only audit log of sensitive reads (risk reports, hidden experts), kept in
 * the graph. The code only ever creates events; nothing updates or deletes them.
 */
@Service
public class AuditLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Neo4jClient neo4j;

	AuditLog(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Records an access by the current caller.
	 * @param action what was read, e.g. {@code risk.exposure}
	 * @param target the key of what it concerned
	 * @param parameters the request parameters
	 */
	public void record(String action, String target, Map<String, ?> parameters) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", UUID.randomUUID().toString());
		row.put("user", Callers.name());
		row.put("action", action);
		row.put("target", target);
		row.put("parameters", JSON.writeValueAsString(parameters == null ? Map.of() : parameters));
		// a write, also when the read it records runs in a read scope
		GraphAccess.write(() -> this.neo4j.query("""
				CREATE (:AuditEvent {id: $id, at: datetime(), user: $user, action: $action, target: $target,
				                     parameters: $parameters})
				""").bindAll(row).run());
	}

	/**
	 * Events, newest first, optionally for one user, one action, or since a time.
	 */
	public Page<AuditEvent> query(String user, String action, ZonedDateTime since, PageRequest page) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("user", user);
		parameters.put("action", action);
		parameters.put("since", since);
		parameters.put("skip", page.skip());
		parameters.put("limit", page.size() + 1);
		List<AuditEvent> events = this.neo4j.query("""
				MATCH (e:AuditEvent)
				WHERE ($user IS NULL OR e.user = $user) AND ($action IS NULL OR e.action = $action)
				  AND ($since IS NULL OR e.at >= $since)
				RETURN e ORDER BY e.at DESC, e.id SKIP $skip LIMIT $limit
				""").bindAll(parameters).fetchAs(AuditEvent.class).mappedBy((types, r) -> {
			var e = r.get("e");
			return new AuditEvent(e.get("id").asString(), e.get("at").asZonedDateTime(), e.get("user").asString(),
					e.get("action").asString(), e.get("target").asString(null), e.get("parameters").asString(null));
		}).all().stream().toList();
		return Page.of(events, page);
	}

}
