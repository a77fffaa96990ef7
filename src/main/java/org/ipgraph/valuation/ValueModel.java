package org.ipgraph.valuation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import smile.classification.LogisticRegression;

/**
 * A logistic model over the value components: each feature is standardized
 * ({@code (x - mean) / scale}) and weighted; the sum plus the intercept is the log-odds
 * that the patent proves valuable (is litigated, reassigned, declared essential or grows
 * a large family). A component the graph does not know ({@code NaN}) contributes nothing.
 * The fitted model and the hand-set prior share this form, so both explain a value the
 * same way.
 *
 * @param kind {@code model} (fitted with Smile) or {@code prior} (hand-set, when the
 * graph's past has too few examples to fit)
 * @param features the feature keys, in {@link ValueSignal} order
 * @param means the value each feature is centred on
 * @param scales the value each feature is divided by
 * @param weights the weight of each standardized feature
 * @param intercept the log-odds at the means
 * @param training how it was trained
 */
public record ValueModel(String kind, List<String> features, double[] means, double[] scales, double[] weights,
		double intercept, String training) implements Serializable {

	/** The L2 penalty of the fit. */
	public static final double DEFAULT_LAMBDA = 1.0;

	/**
	 * The hand-set prior: the direction the valuation literature gives each component, on
	 * raw feature values (counts as log(1 + n), years of remaining term).
	 */
	public static final ValueModel PRIOR = prior();

	private static ValueModel prior() {
		double[] weights = Arrays.stream(ValueSignal.values()).mapToDouble(ValueSignal::prior).toArray();
		double[] scales = new double[ValueSignal.SIZE];
		Arrays.fill(scales, 1);
		return new ValueModel("prior", ValueSignal.keys(), new double[ValueSignal.SIZE], scales, weights, -3.0,
				"hand-set weights (not fitted): the graph's past had too few value events to fit a model");
	}

	/**
	 * Fits an L2-regularized logistic regression (Smile) on standardized features;
	 * unknown values are set to the feature's mean. Deterministic.
	 * @param x feature vectors in {@link ValueSignal} order
	 * @param y whether each patent proved valuable
	 */
	public static ValueModel fit(List<double[]> x, boolean[] y, double lambda, String description) {
		int n = x.size();
		int p = ValueSignal.SIZE;
		long positives = 0;
		for (boolean b : y) {
			positives += b ? 1 : 0;
		}
		if (positives == 0 || positives == n) {
			throw new IllegalArgumentException(
					"a value model needs valuable and other patents; got " + positives + " of " + n);
		}
		double[] means = new double[p];
		double[] scales = new double[p];
		int[] known = new int[p];
		for (double[] row : x) {
			for (int j = 0; j < p; j++) {
				if (!Double.isNaN(row[j])) {
					means[j] += row[j];
					known[j]++;
				}
			}
		}
		for (int j = 0; j < p; j++) {
			means[j] = known[j] == 0 ? 0 : means[j] / known[j];
		}
		for (double[] row : x) {
			for (int j = 0; j < p; j++) {
				if (!Double.isNaN(row[j])) {
					double d = row[j] - means[j];
					scales[j] += d * d / known[j];
				}
			}
		}
		for (int j = 0; j < p; j++) {
			scales[j] = scales[j] > 1e-12 ? Math.sqrt(scales[j]) : 1;
		}
		double[][] z = new double[n][p];
		int[] labels = new int[n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < p; j++) {
				double v = x.get(i)[j];
				z[i][j] = Double.isNaN(v) ? 0 : (v - means[j]) / scales[j];
			}
			labels[i] = y[i] ? 1 : 0;
		}
		LogisticRegression.Binomial fit = LogisticRegression.binomial(z, labels,
				new LogisticRegression.Options(lambda, 1e-6, 500));
		double[] coefficients = fit.coefficients();
		String training = String.format(Locale.ROOT,
				"%s; %d patents (%d valuable); Smile logistic regression, lambda %.2f", description, n, positives,
				lambda);
		return new ValueModel("model", ValueSignal.keys(), means, scales, Arrays.copyOf(coefficients, p),
				coefficients[p], training);
	}

	/**
	 * The same model with another intercept.
	 */
	ValueModel withIntercept(double intercept) {
		return new ValueModel(this.kind, this.features, this.means, this.scales, this.weights, intercept,
				this.training);
	}

	/**
	 * Each feature's contribution to the log-odds (0 for an unknown value).
	 */
	public double[] contributions(double[] x) {
		return IntStream.range(0, x.length)
			.mapToDouble(i -> Double.isNaN(x[i]) ? 0 : this.weights[i] * (x[i] - this.means[i]) / this.scales[i])
			.toArray();
	}

	/**
	 * The log-odds: the intercept plus every contribution.
	 */
	public double logit(double[] x) {
		return this.intercept + DoubleStream.of(contributions(x)).sum();
	}

	/**
	 * The value: the probability of the log-odds.
	 */
	public double probability(double[] x) {
		return 1 / (1 + Math.exp(-logit(x)));
	}

}
