package org.ipgraph.risk;

import java.nio.file.Path;
import java.time.Duration;

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
 * @param checkInterval how often the graph is checked for changes that make the kept
 * candidate owners of exposure reports out of date (zero: before every report)
 * @param warmUp read the candidate owners when the web application starts rather than on
 * the first exposure report
 */
@ConfigurationProperties("ipgraph.risk")
public record RiskProperties(Path modelFile, Double minNpeScore, Integer candidateOwners, Integer maxOwnPatents,
		Duration checkInterval, Boolean warmUp) {

	public RiskProperties {
		minNpeScore = minNpeScore == null ? 0.5 : minNpeScore;
		candidateOwners = candidateOwners == null ? 500 : candidateOwners;
		maxOwnPatents = maxOwnPatents == null ? 2000 : maxOwnPatents;
		checkInterval = checkInterval == null ? Duration.ofSeconds(10) : checkInterval;
		warmUp = warmUp == null || warmUp;
		if (candidateOwners < 1 || maxOwnPatents < 1 || checkInterval.isNegative()) {
			throw new IllegalArgumentException("ipgraph.risk.candidate-owners and max-own-patents must be positive, "
					+ "check-interval not negative");
		}
	}

}
