package org.ipgraph.risk;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the risk module.
 *
 * @param modelFile an NPE model trained with {@code ipgraph risk train}; blank for the
 * one shipped in the application
 * @param minNpeScore the NPE probability from which an owner's patents count in exposure
 * @param candidateOwners at most this many NPE-like owners are scored for an exposure
 * report
 * @param maxOwnPatents at most this many of a company's own patents profile its
 * technology
 */
@ConfigurationProperties("ipgraph.risk")
public record RiskProperties(Path modelFile, Double minNpeScore, Integer candidateOwners, Integer maxOwnPatents) {

	public RiskProperties {
		minNpeScore = minNpeScore == null ? 0.5 : minNpeScore;
		candidateOwners = candidateOwners == null ? 500 : candidateOwners;
		maxOwnPatents = maxOwnPatents == null ? 2000 : maxOwnPatents;
	}

}
