package org.ipgraph.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.ipgraph.test.TestNeo4j;

/**
 * Alerts as the alert derivation leaves them in the graph (the shape agreed with it), a
 * clock the tests move, and settings.
 */
final class AlertFixtures {

	private AlertFixtures() {
	}

	static void user(String username, String... roles) {
		try (var session = TestNeo4j.driver().session()) {
			session
				.run("CREATE (:User {username: $username, roles: $roles, createdAt: datetime()})",
						Map.of("username", username, "roles", List.of(roles)))
				.consume();
		}
	}

	static void alert(String username, long seq, boolean restricted) {
		try (var session = TestNeo4j.driver().session()) {
			session
				.run("""
						MATCH (u:User {username: $username})
						CREATE (:Alert {key: $key, seq: $seq, kind: 'ownership_change', title: $title,
						                summary: 'US 1234567 changed hands', evidence: ['assignment reel 123/456'],
						                createdAt: datetime(), read: false, restricted: $restricted})-[:ALERT_FOR]->(u)
						""",
						Map.of("username", username, "key", "ownership_change:US1234567:" + seq, "seq", seq, "title",
								"Alert number " + seq, "restricted", restricted))
				.consume();
		}
	}

	static NotifyProperties.Webhooks webhooks(Duration base, Duration max, int attempts) {
		return new NotifyProperties.Webhooks(Duration.ofSeconds(1), base, max, attempts, Duration.ofSeconds(5), true,
				10, 100, 4);
	}

	static NotifyProperties properties(NotifyProperties.Webhooks webhooks) {
		return new NotifyProperties(false, webhooks,
				new NotifyProperties.Stream(Duration.ofSeconds(1), Duration.ofSeconds(15), Duration.ofMinutes(30), 10),
				new NotifyProperties.Mail(true, Duration.ofHours(24), "ipgraph@test.example", 100));
	}

	/**
	 * A clock that stands still until moved.
	 */
	static final class TestClock extends Clock {

		private Instant now = Instant.parse("2026-12-01T10:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
