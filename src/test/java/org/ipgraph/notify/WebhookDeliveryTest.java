package org.ipgraph.notify;

import java.time.Duration;
import java.util.List;

import org.ipgraph.security.AuditLog;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.ipgraph.web.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook delivery against receivers on loopback: signatures a receiver can check,
 * retries with exponential back-off, the dead letter, and at-least-once delivery across a
 * restart of the deliverer with nothing sent twice to a receiver that acknowledged.
 */
@GraphTest
class WebhookDeliveryTest {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	AuditLog audit;

	final AlertFixtures.TestClock clock = new AlertFixtures.TestClock();

	@BeforeEach
	void graph() {
		TestNeo4j.clear();
		AlertFixtures.user("ana", "USER");
	}

	@Test
	void receiverSeesEachNewAlertOnceWithACorrectSignature() throws Exception {
		NotifyProperties.Webhooks settings = AlertFixtures.webhooks(Duration.ofSeconds(1), Duration.ofSeconds(8), 5);
		AlertFixtures.alert("ana", 1, false);
		try (Receiver receiver = new Receiver(n -> 204);
				WebhookDeliverer deliverer = new WebhookDeliverer(this.neo4j, settings, this.clock)) {
			Webhook.Created webhook = webhooks(settings).create("ana", receiver.url());
			AlertFixtures.alert("ana", 2, false);
			AlertFixtures.alert("ana", 3, false);
			// restricted (risk) alerts go only to users who may read risk: ana may not
			AlertFixtures.alert("ana", 4, true);

			WebhookDeliverer.Round round = deliverer.run();

			assertThat(round.enqueued()).isEqualTo(2);
			assertThat(round.delivered()).isEqualTo(2);
			List<Receiver.Request> requests = receiver.requests();
			assertThat(requests).hasSize(2);
			for (Receiver.Request request : requests) {
				assertThat(request.signedWith(webhook.secret())).isTrue();
				assertThat(request.signedWith(webhook.secret() + "x")).isFalse();
				assertThat(Long.parseLong(request.timestamp())).isEqualTo(this.clock.instant().getEpochSecond());
			}
			assertThat(requests).extracting(Receiver.Request::delivery)
				.containsExactlyInAnyOrder(webhook.webhook().id() + "/ownership_change:US1234567:2",
						webhook.webhook().id() + "/ownership_change:US1234567:3");
			assertThat(requests.get(0).text()).contains("\"kind\":\"ownership_change\"")
				.contains("assignment reel 123/456")
				.doesNotContain(webhook.secret());

			assertThat(deliverer.run().attempted()).isZero();
			assertThat(receiver.requests()).hasSize(2);
			assertThat(webhooks(settings).find(webhook.webhook().id()).orElseThrow())
				.extracting(Webhook::delivered, Webhook::pending, Webhook::dead, Webhook::cursor)
				.containsExactly(2L, 0L, 0L, 3L);

			// the alerts of another user, or one who may read risk, are theirs
			AlertFixtures.user("lee", "LEGAL");
			AlertFixtures.alert("lee", 5, true);
			assertThat(deliverer.run().attempted()).isZero();
		}
	}

	@Test
	void failingReceiverIsRetriedWithExponentialBackOffUntilItAcknowledges() throws Exception {
		NotifyProperties.Webhooks settings = AlertFixtures.webhooks(Duration.ofSeconds(10), Duration.ofMinutes(5), 5);
		try (Receiver receiver = new Receiver(n -> n <= 3 ? 500 : 200);
				WebhookDeliverer deliverer = new WebhookDeliverer(this.neo4j, settings, this.clock)) {
			Webhook.Created webhook = webhooks(settings).create("ana", receiver.url());
			AlertFixtures.alert("ana", 1, false);

			deliverer.run();
			WebhookDelivery first = delivery(webhook, settings);
			assertThat(first.state()).isEqualTo("pending");
			assertThat(first.attempts()).isEqualTo(1);
			assertThat(first.lastStatus()).isEqualTo(500);
			assertThat(first.lastError()).isEqualTo("HTTP 500");
			// waits 10 s, then 20 s, then 40 s
			assertThat(Duration.between(first.lastAttemptAt(), first.nextAttemptAt()))
				.isEqualTo(Duration.ofSeconds(10));
			List<Duration> waits = List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40));
			for (int i = 0; i < waits.size(); i++) {
				this.clock.advance(waits.get(i).minusSeconds(1));
				assertThat(deliverer.run().attempted()).as("not due before its back-off").isZero();
				this.clock.advance(Duration.ofSeconds(1));
				assertThat(deliverer.run().attempted()).isEqualTo(1);
				WebhookDelivery delivery = delivery(webhook, settings);
				assertThat(delivery.attempts()).isEqualTo(i + 2);
				if (i + 1 < waits.size()) {
					assertThat(Duration.between(delivery.lastAttemptAt(), delivery.nextAttemptAt()))
						.isEqualTo(waits.get(i + 1));
				}
			}
			WebhookDelivery delivered = delivery(webhook, settings);
			assertThat(delivered.state()).isEqualTo("delivered");
			assertThat(delivered.attempts()).isEqualTo(4);
			assertThat(delivered.lastStatus()).isEqualTo(200);
			assertThat(delivered.deliveredAt()).isNotNull();
			assertThat(receiver.requests()).hasSize(4)
				.allSatisfy(r -> assertThat(r.signedWith(webhook.secret())).isTrue());
			this.clock.advance(Duration.ofHours(1));
			deliverer.run();
			assertThat(receiver.requests()).hasSize(4);
		}
	}

	@Test
	void permanentlyFailingReceiverIsDeadLetteredAfterTheLastAttemptWithItsError() throws Exception {
		NotifyProperties.Webhooks settings = AlertFixtures.webhooks(Duration.ofSeconds(1), Duration.ofSeconds(4), 3);
		try (Receiver receiver = new Receiver(n -> 503);
				WebhookDeliverer deliverer = new WebhookDeliverer(this.neo4j, settings, this.clock)) {
			Webhook.Created webhook = webhooks(settings).create("ana", receiver.url());
			AlertFixtures.alert("ana", 1, false);
			for (int round = 0; round < 6; round++) {
				deliverer.run();
				this.clock.advance(Duration.ofSeconds(4));
			}
			assertThat(receiver.requests()).hasSize(3);
			WebhookDelivery dead = delivery(webhook, settings);
			assertThat(dead.state()).isEqualTo("dead");
			assertThat(dead.attempts()).isEqualTo(3);
			assertThat(dead.lastStatus()).isEqualTo(503);
			assertThat(dead.lastError()).isEqualTo("HTTP 503");
			assertThat(dead.nextAttemptAt()).isNull();
			assertThat(webhooks(settings).deliveries(webhook.webhook().id(), "dead", PageRequest.of(0, 10)).items())
				.hasSize(1);
		}
	}

	@Test
	void unreachableReceiverFailsWithTheConnectionError() throws Exception {
		NotifyProperties.Webhooks settings = AlertFixtures.webhooks(Duration.ofSeconds(1), Duration.ofSeconds(4), 2);
		String url;
		try (Receiver closed = new Receiver(n -> 200)) {
			url = closed.url();
		}
		try (WebhookDeliverer deliverer = new WebhookDeliverer(this.neo4j, settings, this.clock)) {
			Webhook.Created webhook = webhooks(settings).create("ana", url);
			AlertFixtures.alert("ana", 1, false);
			deliverer.run();
			WebhookDelivery failed = delivery(webhook, settings);
			assertThat(failed.state()).isEqualTo("pending");
			assertThat(failed.lastStatus()).isZero();
			assertThat(failed.lastError()).startsWith("ConnectException");
		}
	}

	@Test
	void deliveryRecordsSurviveARestartAndNothingAcknowledgedIsSentAgain() throws Exception {
		NotifyProperties.Webhooks settings = AlertFixtures.webhooks(Duration.ofSeconds(1), Duration.ofSeconds(8), 5);
		try (Receiver receiver = new Receiver(n -> 200)) {
			Webhook.Created webhook = webhooks(settings).create("ana", receiver.url());
			AlertFixtures.alert("ana", 1, false);
			AlertFixtures.alert("ana", 2, false);
			// the first deliverer commits the delivery records, then dies before sending
			try (WebhookDeliverer first = new WebhookDeliverer(this.neo4j, settings, this.clock)) {
				assertThat(first.enqueue()).isEqualTo(2);
			}
			assertThat(receiver.requests()).isEmpty();
			assertThat(pending()).isEqualTo(2);
			// a new one (as after a restart) sends them
			try (WebhookDeliverer second = new WebhookDeliverer(this.neo4j, settings, this.clock)) {
				assertThat(second.run().delivered()).isEqualTo(2);
			}
			AlertFixtures.alert("ana", 3, false);
			try (WebhookDeliverer third = new WebhookDeliverer(this.neo4j, settings, this.clock)) {
				third.run();
				third.run();
			}
			List<String> received = receiver.requests().stream().map(Receiver.Request::delivery).toList();
			assertThat(received).hasSize(3).doesNotHaveDuplicates();
			assertThat(pending()).isZero();
			assertThat(received).allSatisfy(id -> assertThat(id).startsWith(webhook.webhook().id() + "/"));
		}
	}

	private long pending() {
		return this.neo4j.query("MATCH (d:WebhookDelivery {state: 'pending'}) RETURN count(d)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	private Webhooks webhooks(NotifyProperties.Webhooks settings) {
		return new Webhooks(this.neo4j, this.audit, AlertFixtures.properties(settings));
	}

	private WebhookDelivery delivery(Webhook.Created webhook, NotifyProperties.Webhooks settings) {
		List<WebhookDelivery> deliveries = webhooks(settings)
			.deliveries(webhook.webhook().id(), null, PageRequest.of(0, 10))
			.items();
		assertThat(deliveries).hasSize(1);
		return deliveries.get(0);
	}

}
