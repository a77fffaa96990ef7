package org.ipgraph.notify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ipgraph.security.AuditLog;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Users' webhooks: added with a secret generated here and shown once, listed and removed
 * by their user (or an admin, or the operator on the command line), with their delivery
 * records. A new webhook receives the alerts made after it was added. Additions and
 * removals are audited.
 */
@Service
public class Webhooks {

	private static final String CREATE = """
			MATCH (u:User {username: $username})
			OPTIONAL MATCH (a:Alert)-[:ALERT_FOR]->(u)
			WITH u, coalesce(max(a.seq), 0) AS latest
			CREATE (u)-[:HAS_WEBHOOK]->(w:Webhook {id: $id, username: u.username, url: $url, secret: $secret,
			                                       createdAt: datetime(), fromSeq: latest, cursor: latest})
			RETURN w.id AS id
			""";

	private static final String READ = """
			MATCH (u:User)-[:HAS_WEBHOOK]->(w:Webhook)
			WHERE ($username IS NULL OR u.username = $username) AND ($id IS NULL OR w.id = $id)
			RETURN w {.id, .username, .url, .createdAt, .fromSeq, .cursor,
			          pending: COUNT { (w)-[:HAS_DELIVERY]->(:WebhookDelivery {state: 'pending'}) },
			          delivered: COUNT { (w)-[:HAS_DELIVERY]->(:WebhookDelivery {state: 'delivered'}) },
			          dead: COUNT { (w)-[:HAS_DELIVERY]->(:WebhookDelivery {state: 'dead'}) }} AS w
			ORDER BY w.createdAt, w.id
			""";

	private static final String COUNT = """
			MATCH (:User {username: $username})-[:HAS_WEBHOOK]->(w:Webhook) RETURN count(w) AS n
			""";

	private static final String DELETE = """
			MATCH (w:Webhook {id: $id})
			OPTIONAL MATCH (w)-[:HAS_DELIVERY]->(d:WebhookDelivery)
			DETACH DELETE d
			WITH DISTINCT w
			DETACH DELETE w
			""";

	private static final String DELIVERIES = """
			MATCH (:Webhook {id: $id})-[:HAS_DELIVERY]->(d:WebhookDelivery)
			WHERE $state IS NULL OR d.state = $state
			RETURN d ORDER BY d.seq DESC, d.id SKIP $skip LIMIT $limit
			""";

	private final Neo4jClient neo4j;

	private final AuditLog audit;

	private final NotifyProperties.Webhooks properties;

	Webhooks(Neo4jClient neo4j, AuditLog audit, NotifyProperties properties) {
		this.neo4j = neo4j;
		this.audit = audit;
		this.properties = properties.webhooks();
	}

	/**
	 * Adds a webhook for a user's alerts.
	 * @throws IllegalArgumentException for a URL the SSRF rule refuses
	 * ({@link WebhookUrls}) or a user with all the webhooks allowed
	 */
	public Webhook.Created create(String username, String url) {
		String checked = WebhookUrls.check(url, this.properties.allowPrivateNetworks()).toString();
		long existing = this.neo4j.query(COUNT)
			.bindAll(Map.of("username", username))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		if (existing >= this.properties.maxPerUser()) {
			throw new IllegalArgumentException(username + " has " + existing
					+ " webhooks, the most allowed (ipgraph.notify.webhooks.max-per-user)");
		}
		String id = "wh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		String secret = WebhookSigner.newSecret();
		boolean created = this.neo4j.query(CREATE)
			.bindAll(Map.of("username", username, "id", id, "url", checked, "secret", secret))
			.fetch()
			.one()
			.isPresent();
		if (!created) {
			throw new NotFoundException("User", username);
		}
		this.audit.record("webhooks.create", id, Map.of("user", username, "url", checked));
		return new Webhook.Created(find(id).orElseThrow(), secret);
	}

	/**
	 * A user's webhooks, or everyone's for a null user.
	 */
	public List<Webhook> list(String username) {
		return read(username, null);
	}

	public Optional<Webhook> find(String id) {
		return read(null, id).stream().findFirst();
	}

	public void delete(String id) {
		find(id).orElseThrow(() -> new NotFoundException("Webhook", id));
		this.neo4j.query(DELETE).bindAll(Map.of("id", id)).run();
		this.audit.record("webhooks.delete", id, Map.of());
	}

	/**
	 * A webhook's deliveries, the latest alerts first.
	 * @param state only those in this state, or null for all
	 */
	public Page<WebhookDelivery> deliveries(String id, String state, PageRequest page) {
		if (state != null
				&& !List.of(WebhookDelivery.PENDING, WebhookDelivery.DELIVERED, WebhookDelivery.DEAD).contains(state)) {
			throw new IllegalArgumentException("state is pending, delivered or dead, not '" + state + "'");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("state", state);
		parameters.put("skip", page.skip());
		parameters.put("limit", page.size() + 1);
		List<WebhookDelivery> fetched = List.copyOf(this.neo4j.query(DELIVERIES)
			.bindAll(parameters)
			.fetchAs(WebhookDelivery.class)
			.mappedBy((types, r) -> WebhookDelivery.of(r.get("d")))
			.all());
		return Page.of(fetched, page);
	}

	private List<Webhook> read(String username, String id) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("username", username);
		parameters.put("id", id);
		return List.copyOf(this.neo4j.query(READ)
			.bindAll(parameters)
			.fetchAs(Webhook.class)
			.mappedBy((types, r) -> Webhook.of(r.get("w")))
			.all());
	}

}
