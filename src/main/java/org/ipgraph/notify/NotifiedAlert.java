package org.ipgraph.notify;

import java.time.ZonedDateTime;
import java.util.List;

import org.neo4j.driver.Value;

/**
 * An alert as it is delivered: what webhooks post, the stream sends and digests list.
 *
 * @param key the alert's dedup key
 * @param seq its place in the order alerts were made (the stream's event id)
 * @param kind the event kind
 * @param title one line
 * @param summary a few lines
 * @param evidence the source records or sentences behind it
 * @param createdAt when the alert was made
 * @param restricted whether only risk readers (legal, analyst, admin) may see it
 */
record NotifiedAlert(String key, long seq, String kind, String title, String summary, List<String> evidence,
		ZonedDateTime createdAt, boolean restricted) {

	static NotifiedAlert of(Value alert) {
		return new NotifiedAlert(alert.get("key").asString(), alert.get("seq").asLong(),
				alert.get("kind").asString(null), alert.get("title").asString(null),
				alert.get("summary").asString(null),
				alert.get("evidence").isNull() ? List.of() : alert.get("evidence").asList(Value::asString),
				alert.get("createdAt").isNull() ? null : alert.get("createdAt").asZonedDateTime(),
				alert.get("restricted").asBoolean(false));
	}

}
