package org.ipgraph.notify;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ipgraph.security.AuditLog;
import org.ipgraph.web.NotFoundException;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Where users get their e-mail digests: the address on their User node ({@code email})
 * and the digest's cursor ({@code MailDigest}: the latest alert mailed, when). Setting an
 * address starts the digests at the user's latest alert; removing it stops them.
 */
@Service
public class Digests {

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;]+");

	private static final String SET = """
			MATCH (u:User {username: $username})
			SET u.email = $email
			WITH u
			OPTIONAL MATCH (a:Alert)-[:ALERT_FOR]->(u)
			WITH u, coalesce(max(a.seq), 0) AS latest
			MERGE (m:MailDigest {username: u.username})
			  ON CREATE SET m.cursor = latest, m.createdAt = datetime(), m.sent = 0
			MERGE (u)-[:HAS_DIGEST]->(m)
			RETURN u.username AS username
			""";

	private static final String CLEAR = """
			MATCH (u:User {username: $username})
			REMOVE u.email
			WITH u
			OPTIONAL MATCH (u)-[:HAS_DIGEST]->(m:MailDigest)
			DETACH DELETE m
			RETURN DISTINCT u.username AS username
			""";

	private static final String READ = """
			MATCH (u:User {username: $username})
			OPTIONAL MATCH (u)-[:HAS_DIGEST]->(m:MailDigest)
			RETURN u.email AS email, m
			""";

	private final Neo4jClient neo4j;

	private final AuditLog audit;

	Digests(Neo4jClient neo4j, AuditLog audit) {
		this.neo4j = neo4j;
		this.audit = audit;
	}

	/**
	 * Sets a user's digest address, or removes it (and the digest) for a null or blank
	 * one.
	 */
	public Digest setEmail(String username, String email) {
		boolean clear = email == null || email.isBlank();
		if (!clear && (email.length() > 254 || !ADDRESS.matcher(email.strip()).matches())) {
			throw new IllegalArgumentException("not an e-mail address: " + email);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("username", username);
		parameters.put("email", clear ? null : email.strip());
		boolean found = this.neo4j.query(clear ? CLEAR : SET).bindAll(parameters).fetch().one().isPresent();
		if (!found) {
			throw new NotFoundException("User", username);
		}
		this.audit.record(clear ? "digests.clear" : "digests.email", username, Map.of());
		return find(username).orElseThrow();
	}

	public Optional<Digest> find(String username) {
		return this.neo4j.query(READ).bindAll(Map.of("username", username)).fetchAs(Digest.class).mappedBy((t, r) -> {
			Value m = r.get("m");
			return new Digest(username, r.get("email").asString(null), m.isNull() ? 0 : m.get("cursor").asLong(0),
					m.isNull() || m.get("sentAt").isNull() ? null : m.get("sentAt").asZonedDateTime(),
					m.isNull() ? 0 : m.get("sent").asLong(0));
		}).one();
	}

	/**
	 * A user's e-mail digest.
	 *
	 * @param username the user
	 * @param email where digests go, or null for none
	 * @param cursor the latest alert mailed (or the latest when the address was set)
	 * @param sentAt when the last digest went
	 * @param sent digests sent
	 */
	public record Digest(String username, String email, long cursor, ZonedDateTime sentAt, long sent) {
	}

}
