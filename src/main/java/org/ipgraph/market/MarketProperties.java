package org.ipgraph.market;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demand-and-offer library.
 *
 * @param minScore the least score a pair needs to be stored as a match; default 0.25
 * @param maxMatches matches stored per new offer or demand at most; default 50
 * @param termCache offers and demands whose text terms are kept in memory for matching
 * (least recently used dropped first); default 20,000
 */
@ConfigurationProperties("ipgraph.market")
public record MarketProperties(Double minScore, Integer maxMatches, Integer termCache) {

	public MarketProperties {
		minScore = minScore == null ? 0.25 : minScore;
		maxMatches = maxMatches == null ? 50 : maxMatches;
		termCache = termCache == null ? 20_000 : termCache;
		if (termCache < 0) {
			throw new IllegalArgumentException("ipgraph.market.term-cache must be 0 or more");
		}
	}

}
