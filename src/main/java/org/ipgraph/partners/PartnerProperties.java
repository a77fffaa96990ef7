package org.ipgraph.partners;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of partner recommendations.
 *
 * @param checkInterval how often the graph is checked for changes (the snapshot of profiles and
 * models is rebuilt when it changed); zero checks on every request
 * @param trainingWindows temporal splits the models are trained on (one per year back)
 * @param negatives negatives sampled per positive pair in training
 * @param lambda L2 regularization of the logistic regressions
 * @param warmUp build the snapshot when the web application starts rather than on the first
 * request
 */
@ConfigurationProperties("ipgraph.partners")
public record PartnerProperties(Duration checkInterval, Integer trainingWindows, Integer negatives, Double lambda,
		Boolean warmUp) {

	public PartnerProperties {
		checkInterval = checkInterval == null ? Duration.ofSeconds(10) : checkInterval;
		trainingWindows = trainingWindows == null ? 3 : trainingWindows;
		negatives = negatives == null ? 20 : negatives;
		lambda = lambda == null ? 1.0 : lambda;
		warmUp = warmUp == null || warmUp;
	}

	public ModelTrainer.Options options() {
		return new ModelTrainer.Options(this.negatives, this.lambda, 5, 42);
	}

}
