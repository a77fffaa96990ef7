package org.ipgraph.market;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demand-and-offer library.
 *
 * @param minScore the least score a pair needs to be stored as a match; default 0.25
 * @param maxMatches matches stored per new offer or demand at most; default 50
 */
@ConfigurationProperties("ipgraph.market")
public record MarketProperties(Double minScore, Integer maxMatches) {

	public MarketProperties {
		minScore = minScore == null ? 0.25 : minScore;
		maxMatches = maxMatches == null ? 50 : maxMatches;
	}

}
