package org.ipgraph.notify;

import java.time.ZonedDateTime;

import org.neo4j.driver.Value;

/**
 * One alert's delivery to one webhook.
 *
 * @param id the webhook id and the alert key (the dedup key, also sent as
 * {@code X-Ipgraph-Delivery})
 * @param alertKey the alert
 * @param seq the alert's sequence number
 * @param state {@code pending}, {@code delivered} or {@code dead}
 * @param attempts attempts made
 * @param createdAt when enqueued
 * @param lastAttemptAt the latest attempt
 * @param nextAttemptAt when a pending delivery is tried next
 * @param deliveredAt when the receiver acknowledged it (2xx)
 * @param lastStatus the HTTP status of the latest attempt (0: no response)
 * @param lastError why the latest attempt failed
 */
public record WebhookDelivery(String id, String alertKey, long seq, String state, int attempts, ZonedDateTime createdAt,
		ZonedDateTime lastAttemptAt, ZonedDateTime nextAttemptAt, ZonedDateTime deliveredAt, int lastStatus,
		String lastError) {

	static final String PENDING = "pending";

	static final String DELIVERED = "delivered";

	static final String DEAD = "dead";

	static WebhookDelivery of(Value d) {
		return new WebhookDelivery(d.get("id").asString(), d.get("alertKey").asString(), d.get("seq").asLong(0),
				d.get("state").asString(), d.get("attempts").asInt(0), time(d.get("createdAt")),
				time(d.get("lastAttemptAt")), time(d.get("nextAttemptAt")), time(d.get("deliveredAt")),
				d.get("lastStatus").asInt(0), d.get("lastError").asString(null));
	}

	private static ZonedDateTime time(Value value) {
		return value.isNull() ? null : value.asZonedDateTime();
	}

}
