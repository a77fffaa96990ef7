package org.ipgraph.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests of each cost class run at once, how many may wait for a turn and for
 * how long; beyond that a request is answered 503 with {@code Retry-After}. Heavy work
 * (partners, experts, pools, risk, evidence) is bounded to the cores, so that the cheap
 * lookups always find a core.
 *
 * @param heavyConcurrency heavy requests at once (0: one per core, at least 2)
 * @param heavyQueue heavy requests that may wait
 * @param heavyWait longest wait of a heavy request
 * @param ingestConcurrency uploads ingested at once
 * @param ingestQueue uploads that may wait
 * @param ingestWait longest wait of an upload
 * @param cheapConcurrency other API requests at once
 * @param cheapQueue other API requests that may wait
 * @param cheapWait longest wait of another API request
 */
@ConfigurationProperties("ipgraph.bulkheads")
public record BulkheadProperties(@DefaultValue("0") int heavyConcurrency, @DefaultValue("32") int heavyQueue,
		@DefaultValue("30s") Duration heavyWait, @DefaultValue("1") int ingestConcurrency,
		@DefaultValue("2") int ingestQueue, @DefaultValue("60s") Duration ingestWait,
		@DefaultValue("64") int cheapConcurrency, @DefaultValue("256") int cheapQueue,
		@DefaultValue("10s") Duration cheapWait) {

	public BulkheadProperties {
		if (heavyConcurrency < 0 || ingestConcurrency < 1 || cheapConcurrency < 1 || heavyQueue < 0 || ingestQueue < 0
				|| cheapQueue < 0) {
			throw new IllegalArgumentException("ipgraph.bulkheads.*-concurrency must be positive (heavy: 0 for one "
					+ "per core) and *-queue at least 0");
		}
	}

	int effectiveHeavyConcurrency() {
		return this.heavyConcurrency > 0 ? this.heavyConcurrency
				: Math.max(2, Runtime.getRuntime().availableProcessors());
	}

}
