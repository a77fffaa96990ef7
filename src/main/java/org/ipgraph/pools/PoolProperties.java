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
 */
@ConfigurationProperties("ipgraph.pools")
public record PoolProperties(@DefaultValue("3000") int maxScope, @DefaultValue("1000") int topicHits,
		@DefaultValue("LEIDEN") PoolParameters.Algorithm algorithm, @DefaultValue("1.0") double resolution,
		@DefaultValue("100") int maxSeeds) {

	public PoolProperties {
		if (maxScope < 10 || topicHits < 10) {
			throw new IllegalArgumentException("ipgraph.pools.max-scope and topic-hits must be at least 10");
		}
		if (maxSeeds < 1) {
			throw new IllegalArgumentException("ipgraph.pools.max-seeds must be at least 1");
		}
	}

	PoolParameters parameters() {
		return PoolParameters.defaults().withAlgorithm(this.algorithm).withResolution(this.resolution);
	}

}
