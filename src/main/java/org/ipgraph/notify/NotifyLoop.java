package org.ipgraph.notify;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

/**
 * The server's delivery loop: a webhook round and the due digests, one after the other on
 * one thread, every poll interval. A failed round is logged and the next one tries again;
 * all state is in the graph, so stopping at any point loses nothing.
 */
final class NotifyLoop implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(NotifyLoop.class);

	private final WebhookDeliverer webhooks;

	private final DigestMailer digests;

	private final Duration interval;

	private ScheduledExecutorService executor;

	NotifyLoop(WebhookDeliverer webhooks, DigestMailer digests, Duration interval) {
		this.webhooks = webhooks;
		this.digests = digests;
		this.interval = interval;
	}

	@Override
	public synchronized void start() {
		if (this.executor == null) {
			this.executor = Executors
				.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("ipgraph-notify").daemon(true).factory());
			this.executor.scheduleWithFixedDelay(this::round, this.interval.toMillis(), this.interval.toMillis(),
					TimeUnit.MILLISECONDS);
			logger.info("Alert delivery every " + this.interval + " (digests "
					+ (this.digests.active() ? "on" : "off: no SMTP server configured") + ")");
		}
	}

	void round() {
		try {
			this.webhooks.run();
			this.digests.run();
		}
		catch (RuntimeException ex) {
			logger.warn("Alert delivery round failed (tried again next round): " + ex.getMessage());
		}
	}

	@Override
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			try {
				this.executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.executor = null;
			this.webhooks.close();
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

}
