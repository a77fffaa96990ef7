package org.ipgraph.valuation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of patent valuation.
 *
 * @param checkInterval how often the graph is checked for changes that make the values
 * out of date
 * @param warmUp value every patent when the web application starts rather than on the
 * first request
 * @param horizonYears the model is fitted on features as of this many years before the
 * graph's latest publication and the value events after that cut
 * @param lambda the L2 penalty of the logistic fit
 * @param batchSize patents whose values are stored per transaction
 * @param writeThreads transactions that store values at once (each holds one batch)
 */
@ConfigurationProperties("ipgraph.valuation")
public record ValueProperties(Duration checkInterval, Boolean warmUp, Integer horizonYears, Double lambda,
		Integer batchSize, Integer writeThreads) {

	public ValueProperties {
		checkInterval = checkInterval == null ? Duration.ofSeconds(10) : checkInterval;
		warmUp = warmUp == null || warmUp;
		horizonYears = horizonYears == null ? 3 : horizonYears;
		lambda = lambda == null ? ValueModel.DEFAULT_LAMBDA : lambda;
		batchSize = batchSize == null ? 10_000 : batchSize;
		writeThreads = writeThreads == null ? 2 : writeThreads;
		if (horizonYears < 1 || batchSize < 1 || writeThreads < 1) {
			throw new IllegalArgumentException(
					"ipgraph.valuation.horizon-years, batch-size and write-threads must be positive");
		}
	}

}
