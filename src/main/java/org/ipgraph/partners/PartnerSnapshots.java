package org.ipgraph.partners;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the current {@link PartnerSnapshot}: built on first use (or when the web application
 * starts), and rebuilt when the graph's counts of what recommendations read have changed,
 * checked at most once per {@code ipgraph.partners.check-interval}. Requests never compute
 * profiles or train models themselves.
 */
@Component
public class PartnerSnapshots {

	private static final Log logger = LogFactory.getLog(PartnerSnapshots.class);

	private final PartnerGraphLoader loader;

	private final PartnerProperties properties;

	private volatile Current current;

	private volatile long checkedAt;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	PartnerSnapshots(PartnerGraphLoader loader, PartnerProperties properties) {
		this.loader = loader;
		this.properties = properties;
	}

	/**
	 * The current snapshot. Only the very first call waits for a build; after that a request
	 * gets the snapshot at hand at once, and a due check (with a rebuild if the graph changed)
	 * runs on one background thread, so an ingest running beside the service never makes
	 * requests wait for profiles and models. A check-interval of 0 checks before every answer.
	 */
	Current get() {
		Current now = this.current;
		if (now == null || this.properties.checkInterval().isZero()) {
			// the first build, or a check-interval of 0: check (and rebuild) before answering
			return refresh(false);
		}
		if (System.nanoTime() - this.checkedAt >= this.properties.checkInterval().toNanos()
				&& this.refreshing.compareAndSet(false, true)) {
			this.checkedAt = System.nanoTime();
			Thread.ofVirtual().name("partners-refresh").start(() -> {
				try {
					refresh(false);
				}
				catch (RuntimeException ex) {
					logger.warn("Partner profiles could not be rebuilt; the previous ones stay in use: " + ex.getMessage());
				}
				finally {
					this.refreshing.set(false);
				}
			});
		}
		return now;
	}

	/**
	 * Rebuilds if the graph changed (or always, when forced) and returns the snapshot.
	 */
	public synchronized Current refresh(boolean force) {
		Map<String, Object> fingerprint = new TreeMap<>(this.loader.fingerprint());
		this.checkedAt = System.nanoTime();
		Current now = this.current;
		if (!force && now != null && now.fingerprint().equals(fingerprint)) {
			return now;
		}
		long start = System.nanoTime();
		PartnerGraph graph = this.loader.load();
		double loaded = (System.nanoTime() - start) / 1e9;
		PartnerSnapshot snapshot = PartnerSnapshot.build(graph, Profiles.NOW, this.properties.trainingWindows(),
				this.properties.options());
		snapshot.timings.put("load", loaded);
		this.current = new Current(snapshot, fingerprint, version(fingerprint));
		logger.info("Partner profiles and models built for " + graph + " in "
				+ String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9) + ": "
				+ snapshot.timings);
		return this.current;
	}

	@EventListener
	void warmUp(ApplicationReadyEvent event) {
		if (this.properties.warmUp() && event.getApplicationContext() instanceof WebServerApplicationContext) {
			Thread.ofVirtual().name("partners-warm-up").start(() -> {
				try {
					get();
				}
				catch (RuntimeException ex) {
					logger.warn("Partner profiles could not be built yet: " + ex.getMessage());
				}
			});
		}
	}

	private static String version(Map<String, Object> fingerprint) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(fingerprint.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A snapshot with the graph counts it was built from.
	 *
	 * @param snapshot profiles and models
	 * @param fingerprint the counts
	 * @param version a short hash of the counts, shown in answers
	 */
	public record Current(PartnerSnapshot snapshot, Map<String, Object> fingerprint, String version) {
	}

}
