package org.ipgraph.notify;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;

/**
 * Sends each user with an e-mail address a digest of their alerts since the last one, at
 * most once per interval and only when there are new alerts; nothing without an SMTP
 * server configured. The cursor moves in the graph after the server accepted the message,
 * so a crash in between sends that digest again (at least once).
 */
final class DigestMailer {

	private static final Log logger = LogFactory.getLog(DigestMailer.class);

	private static final String DUE = """
			MATCH (u:User)-[:HAS_DIGEST]->(m:MailDigest)
			WHERE u.email IS NOT NULL AND (m.sentAt IS NULL OR m.sentAt <= $dueBefore)
			  AND EXISTS { MATCH (u)<-[:ALERT_FOR]-(a:Alert) WHERE a.seq > m.cursor AND %s }
			RETURN u.username AS username, u.email AS email, m.cursor AS cursor
			ORDER BY username LIMIT 1000
			""".formatted(AlertReader.MAY_READ);

	private static final String SENT = """
			MATCH (m:MailDigest {username: $username, cursor: $cursor})
			SET m.cursor = $latest, m.sentAt = $now, m.sent = coalesce(m.sent, 0) + 1
			""";

	private final Neo4jClient neo4j;

	private final AlertReader alerts;

	private final NotifyProperties.Mail properties;

	private final MailSender mail;

	private final Clock clock;

	/**
	 * @param mail the SMTP sender, or null when none is configured
	 */
	DigestMailer(Neo4jClient neo4j, AlertReader alerts, NotifyProperties.Mail properties, MailSender mail,
			Clock clock) {
		this.neo4j = neo4j;
		this.alerts = alerts;
		this.properties = properties;
		this.mail = mail;
		this.clock = clock;
	}

	boolean active() {
		return this.mail != null && this.properties.enabled();
	}

	/**
	 * Sends the digests that are due.
	 * @return digests sent
	 */
	synchronized int run() {
		if (!active()) {
			return 0;
		}
		ZonedDateTime now = ZonedDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Map<String, Object> parameters = AlertReader.parameters(null);
		parameters.put("dueBefore", now.minus(this.properties.interval()));
		List<Due> due = List.copyOf(this.neo4j.query(DUE)
			.bindAll(parameters)
			.fetchAs(Due.class)
			.mappedBy((t, r) -> new Due(r.get("username").asString(), r.get("email").asString(),
					r.get("cursor").asLong(0)))
			.all());
		int sent = 0;
		for (Due digest : due) {
			try {
				sent += send(digest, now) ? 1 : 0;
			}
			catch (MailException ex) {
				logger.warn("Alert digest to " + digest.username() + " not sent (tried again next round): "
						+ ex.getMessage());
			}
		}
		return sent;
	}

	private boolean send(Due digest, ZonedDateTime now) {
		AlertReader.Since since = this.alerts.since(digest.username(), digest.cursor());
		if (since.alerts() == 0) {
			return false;
		}
		List<NotifiedAlert> listed = this.alerts.after(digest.username(), digest.cursor(), this.properties.maxAlerts(),
				null);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(digest.email());
		message.setSubject("ipgraph: " + since.alerts() + (since.alerts() == 1 ? " new alert" : " new alerts"));
		message.setText(DigestText.of(digest.username(), since.alerts(), listed));
		this.mail.send(message);
		this.neo4j.query(SENT)
			.bindAll(Map.of("username", digest.username(), "cursor", digest.cursor(), "latest", since.latest(), "now",
					now))
			.run();
		return true;
	}

	private record Due(String username, String email, long cursor) {
	}

}
