package org.ipgraph.partners;

import java.io.Serializable;
import java.util.List;

/**
 * A logistic model over standardized features: logit = intercept + sum of weight_i * (x_i
 * - mean_i) / scale_i. Each term is that feature's contribution, so every score explains
 * itself: how far the feature raised or lowered the candidate against an average training
 * pair.
 *
 * @param name what the model predicts, e.g. {@code collaboration}
 * @param features feature keys, in vector order
 * @param mean training mean per feature
 * @param scale training standard deviation per feature (1 where constant)
 * @param weights weight per standardized feature
 * @param intercept the logit of an average pair
 * @param training how it was trained
 */
public record LinearModel(String name, List<String> features, double[] mean, double[] scale, double[] weights,
		double intercept, Training training) implements Serializable {

	public double logit(double[] x) {
		double sum = this.intercept;
		for (int i = 0; i < x.length; i++) {
			sum += this.weights[i] * (x[i] - this.mean[i]) / this.scale[i];
		}
		return sum;
	}

	double[] contributions(double[] x) {
		double[] c = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			c[i] = this.weights[i] * (x[i] - this.mean[i]) / this.scale[i];
		}
		return c;
	}

	static double probability(double logit) {
		return 1 / (1 + Math.exp(-logit));
	}

	/**
	 * How a model was made.
	 *
	 * @param method {@code smile-logistic-regression}, or {@code prior} when there were
	 * too few labelled pairs to train on
	 * @param label the link predicted
	 * @param windows the years the temporal splits start (features before, labels from
	 * then on)
	 * @param positives positive training pairs
	 * @param negatives sampled negative pairs
	 * @param note anything the user should know
	 */
	public record Training(String method, String label, List<Integer> windows, int positives, int negatives,
			String note) implements Serializable {
	}

}
