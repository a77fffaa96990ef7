package org.ipgraph.pools;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Pool search settings.
 *
 * @param maxScope most patents one search clusters (the most cited first for a CPC group;
 * seeds and their closest neighbours first otherwise)
 * @param topicHits most full-text hits a keyword search starts from
 * @param algorithm GDS community detection: LEIDEN or LOUVAIN
 * @param resolution Leiden's gamma
 * @param maxSeeds most seed patents one search starts from (each seed's neighbourhood is
 * read)
 * @param maxJobScope most patents a background search job clusters
 * ({@code POST /api/v1/pools/jobs}); never less than {@code maxScope}
 * @param maxJobs most search jobs queued or running at once; they run one at a time
 * @param keptJobs most finished jobs whose results are kept (the oldest go first)
 */
@ConfigurationProperties("ipgraph.pools")
public record PoolProperties(@DefaultValue("3000") int maxScope, @DefaultValue("1000") int topicHits,
		@DefaultValue("LEIDEN") PoolParameters.Algorithm algorithm, @DefaultValue("1.0") double resolution,
		@DefaultValue("100") int maxSeeds, @DefaultValue("100000") int maxJobScope, @DefaultValue("4") int maxJobs,
		@DefaultValue("20") int keptJobs) {

	public PoolProperties {
		if (maxScope < 10 || topicHits < 10) {
			throw new IllegalArgumentException("ipgraph.pools.max-scope and topic-hits must be at least 10");
		}
		if (maxSeeds < 1) {
			throw new IllegalArgumentException("ipgraph.pools.max-seeds must be at least 1");
		}
		if (maxJobs < 1 || keptJobs < 1) {
			throw new IllegalArgumentException("ipgraph.pools.max-jobs and kept-jobs must be at least 1");
		}
		maxJobScope = Math.max(maxJobScope, maxScope);
	}

	PoolParameters parameters() {
		return PoolParameters.defaults().withAlgorithm(this.algorithm).withResolution(this.resolution);
	}

}
