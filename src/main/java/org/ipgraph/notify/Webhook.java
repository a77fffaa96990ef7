package org.ipgraph.notify;

import java.time.ZonedDateTime;

import org.neo4j.driver.Value;

/**
 * A registered webhook, as shown after its creation: never with its secret.
 *
 * @param id its id
 * @param username whose alerts it receives
 * @param url where it posts
 * @param createdAt when added
 * @param fromSeq it receives the alerts made after this sequence number (the latest when
 * it was added)
 * @param cursor the latest alert enqueued for it
 * @param pending deliveries not yet acknowledged (being retried)
 * @param delivered deliveries acknowledged
 * @param dead deliveries given up after the last attempt
 */
public record Webhook(String id, String username, String url, ZonedDateTime createdAt, long fromSeq, long cursor,
		long pending, long delivered, long dead) {

	static Webhook of(Value w) {
		return new Webhook(w.get("id").asString(), w.get("username").asString(), w.get("url").asString(),
				w.get("createdAt").asZonedDateTime(), w.get("fromSeq").asLong(0), w.get("cursor").asLong(0),
				w.get("pending").asLong(0), w.get("delivered").asLong(0), w.get("dead").asLong(0));
	}

	/**
	 * A webhook just added, with its secret: the only time the secret is shown.
	 *
	 * @param webhook the webhook
	 * @param secret the HMAC key of its signatures
	 */
	public record Created(Webhook webhook, String secret) {
	}

}
