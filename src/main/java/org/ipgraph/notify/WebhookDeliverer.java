package org.ipgraph.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Record;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Delivers alerts to webhooks, at least once. Each round first enqueues, in one
 * transaction, a delivery record per webhook and new alert of its user (merged on the
 * webhook id and the alert key: the dedup key); then it posts every due pending record,
 * signed, and records the outcome: acknowledged (any 2xx), or a failed attempt with the
 * error and the next attempt after an exponential back-off, or dead after the last
 * attempt. A record is marked delivered only after the receiver's acknowledgement, so a
 * crash before that sends it again (receivers deduplicate by {@code X-Ipgraph-Delivery});
 * one acknowledged is never sent again. Nothing is kept in memory between rounds.
 */
final class WebhookDeliverer implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(WebhookDeliverer.class);

	// alerts are enqueued from just below each webhook's cursor, so one whose sequence
	// number was taken before, but committed after, a later one is still found
	private static final long LOOK_BACK = 1000;

	private static final String ENQUEUE = """
			MATCH (u:User)-[:HAS_WEBHOOK]->(w:Webhook)
			MATCH (u)<-[:ALERT_FOR]-(a:Alert)
			WHERE a.seq > w.fromSeq AND a.seq > w.cursor - $lookBack AND %s
			  AND NOT EXISTS { (a)<-[:DELIVERS]-(:WebhookDelivery {webhookId: w.id}) }
			WITH w, a ORDER BY a.seq LIMIT $batch
			MERGE (d:WebhookDelivery {id: w.id + '/' + a.key})
			  ON CREATE SET d.webhookId = w.id, d.alertKey = a.key, d.seq = a.seq, d.state = 'pending', d.attempts = 0,
			                d.createdAt = $now, d.nextAttemptAt = $now
			MERGE (w)-[:HAS_DELIVERY]->(d)
			MERGE (d)-[:DELIVERS]->(a)
			WITH w, max(a.seq) AS top, count(*) AS enqueued
			SET w.cursor = CASE WHEN top > w.cursor THEN top ELSE w.cursor END
			RETURN sum(enqueued) AS enqueued
			""".formatted(AlertReader.MAY_READ);

	private static final String DUE = """
			MATCH (d:WebhookDelivery)
			WHERE d.state = 'pending' AND d.nextAttemptAt <= $now
			MATCH (u:User)-[:HAS_WEBHOOK]->(w:Webhook)-[:HAS_DELIVERY]->(d)-[:DELIVERS]->(a:Alert)
			RETURN w.id AS webhook, w.url AS url, w.secret AS secret, d.id AS id, d.attempts AS attempts, a,
			       %s AS mayRead
			ORDER BY d.nextAttemptAt, d.seq LIMIT $batch
			""".formatted(AlertReader.MAY_READ);

	private static final String RECORD = """
			MATCH (d:WebhookDelivery {id: $id, state: 'pending'})
			SET d.attempts = d.attempts + 1, d.lastAttemptAt = $now, d.lastStatus = $status, d.lastError = $error,
			    d.state = $state, d.nextAttemptAt = $next, d.deliveredAt = $deliveredAt
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Neo4jClient neo4j;

	private final NotifyProperties.Webhooks properties;

	private final Clock clock;

	private final HttpClient http;

	WebhookDeliverer(Neo4jClient neo4j, NotifyProperties.Webhooks properties, Clock clock) {
		this.neo4j = neo4j;
		this.properties = properties;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * One round: enqueue new alerts, attempt every due delivery.
	 */
	synchronized Round run() {
		long enqueued = enqueue();
		List<Attempt> due = due();
		List<Future<Outcome>> running;
		try (ExecutorService executor = Executors.newFixedThreadPool(this.properties.concurrency(),
				Thread.ofVirtual().name("webhook-", 0).factory())) {
			running = due.stream().map(a -> executor.submit(() -> record(attempt(a)))).toList();
		}
		int delivered = 0;
		int dead = 0;
		for (Future<Outcome> future : running) {
			if (future.state() != Future.State.SUCCESS) {
				logger.warn("Webhook delivery not recorded (it is attempted again)", future.exceptionNow());
				continue;
			}
			delivered += future.resultNow().state().equals(WebhookDelivery.DELIVERED) ? 1 : 0;
			dead += future.resultNow().state().equals(WebhookDelivery.DEAD) ? 1 : 0;
		}
		return new Round(enqueued, due.size(), delivered, dead);
	}

	/**
	 * Creates the delivery records of new alerts, committed before any is sent.
	 */
	long enqueue() {
		Map<String, Object> parameters = AlertReader.parameters(null);
		parameters.put("now", now());
		parameters.put("batch", this.properties.batchSize());
		parameters.put("lookBack", LOOK_BACK);
		return this.neo4j.query(ENQUEUE).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
	}

	private List<Attempt> due() {
		Map<String, Object> parameters = AlertReader.parameters(null);
		parameters.put("now", now());
		parameters.put("batch", this.properties.batchSize());
		return List.copyOf(
				this.neo4j.query(DUE).bindAll(parameters).fetchAs(Attempt.class).mappedBy((t, r) -> attempt(r)).all());
	}

	private static Attempt attempt(Record r) {
		return new Attempt(r.get("webhook").asString(), r.get("url").asString(), r.get("secret").asString(),
				r.get("id").asString(), r.get("attempts").asInt(0) + 1, NotifiedAlert.of(r.get("a")),
				r.get("mayRead").asBoolean(false));
	}

	private Outcome attempt(Attempt attempt) {
		if (!attempt.mayRead()) {
			return new Outcome(attempt, WebhookDelivery.DEAD, 0,
					"restricted alert: the user may no longer read risk alerts");
		}
		try {
			URI uri = WebhookUrls.check(attempt.url(), this.properties.allowPrivateNetworks());
			byte[] body = JSON.writeValueAsBytes(payload(attempt));
			long timestamp = this.clock.instant().getEpochSecond();
			HttpRequest request = HttpRequest.newBuilder(uri)
				.timeout(this.properties.timeout())
				.header("Content-Type", "application/json")
				.header("User-Agent", "ipgraph-webhooks")
				.header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
				.header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.sign(attempt.secret(), timestamp, body))
				.header(WebhookSigner.DELIVERY_HEADER, attempt.id())
				.header(WebhookSigner.EVENT_HEADER, String.valueOf(attempt.alert().kind()))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
			HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
			int status = response.statusCode();
			if (status >= 200 && status < 300) {
				return new Outcome(attempt, WebhookDelivery.DELIVERED, status, null);
			}
			return failed(attempt, status, "HTTP " + status);
		}
		catch (IOException | IllegalArgumentException ex) {
			return failed(attempt, 0, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return failed(attempt, 0, "interrupted");
		}
	}

	private Outcome failed(Attempt attempt, int status, String error) {
		boolean last = attempt.number() >= this.properties.maxAttempts();
		if (last) {
			logger.warn("Webhook delivery " + attempt.id() + " dead after " + attempt.number() + " attempts: " + error);
		}
		return new Outcome(attempt, last ? WebhookDelivery.DEAD : WebhookDelivery.PENDING, status, error);
	}

	private static Map<String, Object> payload(Attempt attempt) {
		NotifiedAlert alert = attempt.alert();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("delivery", attempt.id());
		body.put("webhook", attempt.webhook());
		body.put("attempt", attempt.number());
		body.put("alert", alert);
		return body;
	}

	private Outcome record(Outcome outcome) {
		ZonedDateTime now = now();
		boolean pending = outcome.state().equals(WebhookDelivery.PENDING);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", outcome.attempt().id());
		parameters.put("now", now);
		parameters.put("status", outcome.status());
		parameters.put("error", outcome.error());
		parameters.put("state", outcome.state());
		parameters.put("next", pending ? now.plus(this.properties.backoff(outcome.attempt().number())) : null);
		parameters.put("deliveredAt", outcome.state().equals(WebhookDelivery.DELIVERED) ? now : null);
		this.neo4j.query(RECORD).bindAll(parameters).run();
		return outcome;
	}

	private ZonedDateTime now() {
		return ZonedDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	@Override
	public void close() {
		this.http.close();
	}

	/**
	 * What one round did.
	 *
	 * @param enqueued delivery records created
	 * @param attempted deliveries attempted
	 * @param delivered of those, acknowledged
	 * @param dead of those, given up
	 */
	record Round(long enqueued, int attempted, int delivered, int dead) {
	}

	private record Attempt(String webhook, String url, String secret, String id, int number, NotifiedAlert alert,
			boolean mayRead) {
	}

	private record Outcome(Attempt attempt, String state, int status, String error) {
	}

}
