package org.ipgraph.partners;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of partner recommendations.
 *
 * @param checkInterval how often the graph is checked for changes (the snapshot of
 * profiles and models is rebuilt when it changed); zero checks on every request
 * @param trainingWindows temporal splits the models are trained on (one per year back)
 * @param negatives negatives sampled per positive pair in training
 * @param lambda L2 regularization of the logistic regressions
 * @param warmUp build the snapshot when the web application starts rather than on the
 * first request
 * @param trainingPairs linked pairs each model is trained on per window at most (a sample
 * with a fixed seed, so that training time does not grow with the graph); 0 for all
 * @param termsPerPatent terms kept of each patent's TF-IDF vector (the heaviest), which
 * bounds the memory of the text vectors; 0 for all
 * @param candidates organizations a partner request scores at most, from the candidates
 * generated through the snapshot's indexes ({@link PartnerCandidates}); 0 scores every
 * organization
 */
@ConfigurationProperties("ipgraph.partners")
public record PartnerProperties(Duration checkInterval, Integer trainingWindows, Integer negatives, Double lambda,
		Boolean warmUp, Integer trainingPairs, Integer termsPerPatent, Integer candidates) {

	public PartnerProperties {
		checkInterval = checkInterval == null ? Duration.ofSeconds(10) : checkInterval;
		trainingWindows = trainingWindows == null ? 3 : trainingWindows;
		negatives = negatives == null ? 20 : negatives;
		lambda = lambda == null ? 1.0 : lambda;
		warmUp = warmUp == null || warmUp;
		trainingPairs = trainingPairs == null ? 5_000 : trainingPairs;
		termsPerPatent = termsPerPatent == null ? 64 : termsPerPatent;
		candidates = candidates == null ? PartnerCandidates.DEFAULT_BOUND : candidates;
		if (candidates < 0) {
			throw new IllegalArgumentException(
					"ipgraph.partners.candidates must be 0 (no bound) or more, not " + candidates);
		}
	}

	public ModelTrainer.Options options() {
		return new ModelTrainer.Options(this.negatives, this.lambda, 5, 42, this.trainingPairs);
	}

}
