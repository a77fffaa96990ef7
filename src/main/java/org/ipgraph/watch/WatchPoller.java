package org.ipgraph.watch;

import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In the server: derives pending change sets every {@code ipgraph.watch.interval} and
 * sweeps (coming expiries, saved searches) every {@code ipgraph.watch.sweep-interval}, on
 * one background thread.
 */
@Component
class WatchPoller {

	private static final Log logger = LogFactory.getLog(WatchPoller.class);

	private final ChangeDetector detector;

	private final WatchProperties properties;

	private ScheduledExecutorService executor;

	WatchPoller(ChangeDetector detector, WatchProperties properties) {
		this.detector = detector;
		this.properties = properties;
	}

	@EventListener
	void start(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext)
				|| this.properties.interval().isZero()) {
			return;
		}
		this.executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("watch-alerts").daemon().factory());
		long interval = this.properties.interval().toMillis();
		this.executor.scheduleWithFixedDelay(this::derive, 0, interval, TimeUnit.MILLISECONDS);
		long sweep = this.properties.sweepInterval().toMillis();
		if (sweep > 0) {
			this.executor.scheduleWithFixedDelay(this::sweep, Math.min(sweep, 60_000), sweep, TimeUnit.MILLISECONDS);
		}
	}

	private void derive() {
		try {
			ChangeDetector.Round round = this.detector.derive();
			if (round.total() > 0) {
				logger.info("Derived " + round.total() + " alerts from " + round.changeSets() + " change sets: "
						+ round.alerts());
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Deriving alerts failed (retried next round): " + ex.getMessage());
		}
	}

	private void sweep() {
		try {
			this.detector.sweep(LocalDate.now());
		}
		catch (RuntimeException ex) {
			logger.warn("Alert sweep failed (retried next round): " + ex.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
	}

}
