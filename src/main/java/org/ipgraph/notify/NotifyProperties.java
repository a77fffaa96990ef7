package org.ipgraph.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alert delivery settings ({@code ipgraph.notify.*}).
 *
 * @param background whether the web application runs the delivery loop (webhooks and
 * digests); command-line runs never do
 * @param webhooks signed webhooks
 * @param stream the Server-Sent Events stream
 * @param mail e-mail digests
 */
@ConfigurationProperties("ipgraph.notify")
record NotifyProperties(@DefaultValue("true") boolean background, @DefaultValue Webhooks webhooks,
		@DefaultValue Stream stream, @DefaultValue Mail mail) {

	/**
	 * Webhook delivery.
	 *
	 * @param pollInterval how often new alerts and due retries are looked for
	 * @param backoffBase the wait after the first failed attempt; it doubles per attempt
	 * @param backoffMax the longest wait between attempts
	 * @param maxAttempts attempts before a delivery is dead-lettered
	 * @param timeout connect and response timeout of one attempt
	 * @param allowPrivateNetworks whether URLs may point to loopback, private, link-local
	 * or otherwise internal addresses (off: only public addresses)
	 * @param maxPerUser most webhooks one user may register
	 * @param batchSize most deliveries enqueued and attempted per poll
	 * @param concurrency most attempts in flight at once
	 */
	record Webhooks(@DefaultValue("2s") Duration pollInterval, @DefaultValue("10s") Duration backoffBase,
			@DefaultValue("1h") Duration backoffMax, @DefaultValue("8") int maxAttempts,
			@DefaultValue("10s") Duration timeout, @DefaultValue("false") boolean allowPrivateNetworks,
			@DefaultValue("10") int maxPerUser, @DefaultValue("100") int batchSize,
			@DefaultValue("8") int concurrency) {

		Webhooks {
			if (maxAttempts < 1 || maxPerUser < 1 || batchSize < 1 || concurrency < 1) {
				throw new IllegalArgumentException(
						"ipgraph.notify.webhooks.max-attempts, max-per-user, batch-size and concurrency must be at least 1");
			}
			if (!positive(pollInterval) || !positive(backoffBase) || !positive(timeout)
					|| backoffMax.compareTo(backoffBase) < 0) {
				throw new IllegalArgumentException("ipgraph.notify.webhooks.poll-interval, backoff-base and timeout "
						+ "must be positive and backoff-max at least backoff-base");
			}
		}

		/**
		 * The wait after the given number of failed attempts: base, 2 base, 4 base, ...
		 * at most max.
		 */
		Duration backoff(int failedAttempts) {
			Duration wait = this.backoffBase;
			for (int i = 1; i < failedAttempts && wait.compareTo(this.backoffMax) < 0; i++) {
				wait = wait.multipliedBy(2);
			}
			return wait.compareTo(this.backoffMax) > 0 ? this.backoffMax : wait;
		}

	}

	/**
	 * The Server-Sent Events stream of a user's alerts.
	 *
	 * @param pollInterval how often the graph is asked for new alerts per open stream
	 * @param heartbeat a comment line after this long without an event, so proxies keep
	 * the connection
	 * @param maxDuration a stream is closed after this long (clients reconnect with
	 * Last-Event-ID and miss nothing)
	 * @param maxConnections most open streams at once (beyond: 503)
	 */
	record Stream(@DefaultValue("1s") Duration pollInterval, @DefaultValue("15s") Duration heartbeat,
			@DefaultValue("30m") Duration maxDuration, @DefaultValue("200") int maxConnections) {

		Stream {
			if (!positive(pollInterval) || !positive(heartbeat) || !positive(maxDuration) || maxConnections < 1) {
				throw new IllegalArgumentException(
						"ipgraph.notify.stream.* durations must be positive and max-connections at least 1");
			}
		}

	}

	/**
	 * E-mail digests; sent only when SMTP is configured ({@code spring.mail.host}).
	 *
	 * @param enabled whether digests are sent at all
	 * @param interval at most one digest per user this often, and only with new alerts
	 * @param from the sender address
	 * @param maxAlerts most alerts listed in one digest (the rest are counted)
	 */
	record Mail(@DefaultValue("true") boolean enabled, @DefaultValue("24h") Duration interval,
			@DefaultValue("ipgraph@localhost") String from, @DefaultValue("100") int maxAlerts) {

		Mail {
			if (!positive(interval) || maxAlerts < 1) {
				throw new IllegalArgumentException(
						"ipgraph.notify.mail.interval must be positive and max-alerts at least 1");
			}
		}

	}

	private static boolean positive(Duration duration) {
		return duration != null && !duration.isNegative() && !duration.isZero();
	}

}
