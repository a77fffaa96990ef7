package org.ipgraph.notify;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Open Server-Sent Events streams of users' alerts. Each stream polls the graph by
 * sequence number on a virtual thread, sends every new alert of its user as an event
 * whose id is the alert's sequence number, and a heartbeat comment when quiet. Streams
 * end when the client goes, after the longest duration, or when the application stops
 * (before the web server's graceful shutdown, which would otherwise wait for them).
 */
@Component
class AlertStreams implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(AlertStreams.class);

	private static final int BATCH = 100;

	private final AlertReader alerts;

	private final NotifyProperties.Stream properties;

	private final Set<Subscription> open = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	AlertStreams(AlertReader alerts, NotifyProperties properties) {
		this.alerts = alerts;
		this.properties = properties.stream();
	}

	/**
	 * Opens a stream of a user's alerts after a sequence number (null: from now on).
	 * @throws StreamsExhaustedException when the most streams allowed are open
	 */
	SseEmitter open(String username, boolean mayReadRestricted, Long after) {
		if (this.open.size() >= this.properties.maxConnections()) {
			throw new StreamsExhaustedException(this.properties.maxConnections());
		}
		long from = after != null ? after : this.alerts.latest(username);
		SseEmitter emitter = new SseEmitter(this.properties.maxDuration().toMillis());
		Subscription subscription = new Subscription(username, mayReadRestricted, from, emitter);
		emitter.onCompletion(subscription::close);
		emitter.onTimeout(subscription::close);
		emitter.onError(ex -> subscription.close());
		this.open.add(subscription);
		Thread.ofVirtual().name("alert-stream-" + username).start(subscription);
		return emitter;
	}

	int openStreams() {
		return this.open.size();
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		List.copyOf(this.open).forEach(s -> {
			s.close();
			s.emitter.complete();
		});
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private final class Subscription implements Runnable {

		private final String username;

		private final boolean mayReadRestricted;

		private final SseEmitter emitter;

		private final AtomicBoolean closed = new AtomicBoolean();

		private long last;

		Subscription(String username, boolean mayReadRestricted, long after, SseEmitter emitter) {
			this.username = username;
			this.mayReadRestricted = mayReadRestricted;
			this.last = after;
			this.emitter = emitter;
		}

		@Override
		public void run() {
			try {
				// the retry hint and a first line, so the client sees the stream open at
				// once
				this.emitter.send(SseEmitter.event()
					.reconnectTime(AlertStreams.this.properties.pollInterval().toMillis())
					.comment("alerts of " + this.username + " after " + this.last));
				long quietSince = System.nanoTime();
				while (!this.closed.get()) {
					List<NotifiedAlert> batch = AlertStreams.this.alerts.after(this.username, this.last, BATCH,
							this.mayReadRestricted);
					for (NotifiedAlert alert : batch) {
						this.emitter.send(SseEmitter.event()
							.id(Long.toString(alert.seq()))
							.name("alert")
							.data(alert, MediaType.APPLICATION_JSON));
						this.last = alert.seq();
					}
					if (!batch.isEmpty()) {
						quietSince = System.nanoTime();
					}
					else if (System.nanoTime() - quietSince >= AlertStreams.this.properties.heartbeat().toNanos()) {
						this.emitter.send(SseEmitter.event().comment("heartbeat"));
						quietSince = System.nanoTime();
					}
					if (batch.size() < BATCH) {
						Thread.sleep(AlertStreams.this.properties.pollInterval());
					}
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client went away, or the stream was completed (timeout, shutdown)
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				logger.warn("Alert stream of " + this.username + " failed", ex);
				this.emitter.completeWithError(ex);
			}
			finally {
				close();
			}
		}

		void close() {
			this.closed.set(true);
			AlertStreams.this.open.remove(this);
		}

	}

}
