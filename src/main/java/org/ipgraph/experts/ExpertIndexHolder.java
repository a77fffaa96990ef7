package org.ipgraph.experts;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the current {@link ExpertIndex}: built on first use (or at start-up), and rebuilt when the
 * graph's fingerprint changes. A rebuild runs in the background while the previous index keeps
 * answering; only the very first build makes a request wait.
 */
@Component
public class ExpertIndexHolder {

	private static final Log logger = LogFactory.getLog(ExpertIndexHolder.class);

	private static final String FINGERPRINT = """
			CALL () { MATCH (n:Patent) RETURN count(n) AS patents }
			CALL () { MATCH (n:Person) RETURN count(n) AS persons }
			CALL () { MATCH (n:Document) RETURN count(n) AS documents }
			CALL () { MATCH ()-[r:INVENTED]->() RETURN count(r) AS invented }
			CALL () { MATCH ()-[r:AFFILIATED_WITH]->() RETURN count(r) AS affiliated }
			CALL () { MATCH ()-[r:MENTIONED_IN]->() RETURN count(r) AS mentioned }
			CALL () { MATCH ()-[r:EXPERT_IN]->() RETURN count(r) AS expertIn }
			CALL () { MATCH ()-[r:CLASSIFIED_AS]->() RETURN count(r) AS classified }
			CALL () { MATCH ()-[r:OWNS]->() RETURN count(r) AS owns }
			RETURN [patents, persons, documents, invented, affiliated, mentioned, expertIn, classified, owns] AS counts
			""";

	private final Driver driver;

	private final ExpertsProperties properties;

	private final IdentityStore identities;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	private volatile ExpertIndex current;

	private volatile long checkedAt;

	ExpertIndexHolder(Driver driver, ExpertsProperties properties, IdentityStore identities) {
		this.driver = driver;
		this.properties = properties;
		this.identities = identities;
	}

	/**
	 * The index to answer with.
	 */
	ExpertIndex current() {
		ExpertIndex index = this.current;
		if (index == null) {
			synchronized (this) {
				if (this.current == null) {
					this.current = build(fingerprint());
				}
				return this.current;
			}
		}
		long now = System.nanoTime();
		if (now - this.checkedAt > this.properties.checkInterval().toNanos()) {
			this.checkedAt = now;
			String fingerprint = fingerprint();
			if (!fingerprint.equals(index.fingerprint) && this.rebuilding.compareAndSet(false, true)) {
				Thread.ofVirtual().name("experts-rebuild").start(() -> {
					try {
						this.current = build(fingerprint);
					}
					catch (RuntimeException ex) {
						logger.error("Rebuilding the expert profiles failed; the previous ones stay", ex);
					}
					finally {
						this.rebuilding.set(false);
					}
				});
			}
		}
		return index;
	}

	/**
	 * Builds the first index in the background once the web server is up, so that the first
	 * request does not wait (the CLI starts no web server and builds on first use).
	 */
	@EventListener(WebServerInitializedEvent.class)
	void warmUp() {
		if (this.properties.warmUp()) {
			Thread.ofVirtual().name("experts-warm-up").start(() -> {
				try {
					current();
				}
				catch (RuntimeException ex) {
					logger.warn("Building the expert profiles at start-up failed; the first request retries", ex);
				}
			});
		}
	}

	/**
	 * Rebuilds now and waits, e.g. after a load or in tests.
	 */
	public synchronized ExpertIndex refresh() {
		this.current = build(fingerprint());
		this.checkedAt = System.nanoTime();
		return this.current;
	}

	private ExpertIndex build(String fingerprint) {
		long start = System.nanoTime();
		ExpertIndex index = ExpertIndex.build(new GraphReader(this.driver), RankerSettings.DEFAULTS, fingerprint);
		if (this.properties.persistResolution()) {
			this.identities.persist(index.resolution);
		}
		logger.info(String.format("Expert profiles: %,d people from %,d items in %.1f s", index.identities.size(),
				index.corpus.size(), (System.nanoTime() - start) / 1e9));
		return index;
	}

	private String fingerprint() {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(FINGERPRINT).single().get("counts").asList().toString());
		}
	}

}
