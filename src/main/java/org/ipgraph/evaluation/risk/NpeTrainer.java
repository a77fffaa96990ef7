package org.ipgraph.evaluation.risk;

import java.util.List;
import java.util.Locale;
import org.ipgraph.risk.NpeModel;
import org.ipgraph.risk.NpeFeatures;

import smile.classification.LogisticRegression;

/**
 * Fits the NPE classifier: L2-regularized logistic regression (Smile) on standardized
 * features. Deterministic: the same owners in the same order give the same model.
 */
public final class NpeTrainer {

	/** The L2 penalty: small, to keep weights finite on separable data. */
	public static final double DEFAULT_LAMBDA = 0.5;

	private NpeTrainer() {
	}

	public static NpeModel train(List<LabelledOwner> owners, double lambda, String version, String description) {
		long positives = owners.stream().filter(LabelledOwner::npe).count();
		if (positives == 0 || positives == owners.size()) {
			throw new IllegalArgumentException("training needs both NPEs and operating companies; got " + positives
					+ " NPEs among " + owners.size() + " owners");
		}
		int n = owners.size();
		int p = NpeFeatures.SIZE;
		double[] means = new double[p];
		double[] scales = new double[p];
		for (LabelledOwner owner : owners) {
			for (int j = 0; j < p; j++) {
				means[j] += owner.features()[j] / n;
			}
		}
		for (LabelledOwner owner : owners) {
			for (int j = 0; j < p; j++) {
				double d = owner.features()[j] - means[j];
				scales[j] += d * d / n;
			}
		}
		for (int j = 0; j < p; j++) {
			scales[j] = scales[j] > 1e-12 ? Math.sqrt(scales[j]) : 1;
		}
		double[][] x = new double[n][p];
		int[] y = new int[n];
		for (int i = 0; i < n; i++) {
			LabelledOwner owner = owners.get(i);
			for (int j = 0; j < p; j++) {
				x[i][j] = (owner.features()[j] - means[j]) / scales[j];
			}
			y[i] = owner.npe() ? 1 : 0;
		}
		LogisticRegression.Binomial fit = LogisticRegression.binomial(x, y,
				new LogisticRegression.Options(lambda, 1e-6, 1000));
		double[] coefficients = fit.coefficients();
		double[] weights = java.util.Arrays.copyOf(coefficients, p);
		String training = String.format(Locale.ROOT, "%s; %d owners (%d NPEs); Smile logistic regression, lambda %.2f",
				description, n, positives, lambda);
		return new NpeModel("model", version, NpeModel.keys(), means, scales, weights, coefficients[p], 0.5, training);
	}

}
