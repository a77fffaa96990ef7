package org.ipgraph.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import smile.classification.LogisticRegression;

/**
 * Trains a {@link LinearModel} with Smile's logistic regression on temporal splits of the graph
 * itself: for each window start T, features come from the profiles before T, and a pair is
 * positive when the link happens from T up to the end (never before T for first-time links).
 * Each positive (a, b) is matched with negatives (a, c) for random eligible c, so the model
 * learns to rank candidates of one requester, which is how it is used. Deterministic for a seed.
 */
public final class ModelTrainer {

	private final Options options;

	public ModelTrainer(Options options) {
		this.options = options;
	}

	/**
	 * Trains on every window; with too few positive pairs the answer is the documented prior
	 * (see {@link PartnerModels#prior}), saying how many pairs there were.
	 * @param graph the facts
	 * @param events when pairs were linked
	 * @param kind the link to predict
	 * @param windows window start years
	 * @param end labels are counted before this year
	 * @param profilesAt the profiles before a year (lets callers reuse them)
	 */
	public LinearModel train(PartnerGraph graph, LinkEvents events, LinkEvents.Kind kind, List<Integer> windows, int end,
			IntFunction<Profiles> profilesAt) {
		List<double[]> rows = new ArrayList<>();
		List<Integer> labels = new ArrayList<>();
		int positives = 0;
		SplittableRandom random = new SplittableRandom(this.options.seed());
		for (int start : windows) {
			Profiles profiles = profilesAt.apply(start);
			int[] eligible = eligible(profiles);
			if (eligible.length < 2) {
				continue;
			}
			boolean[] isEligible = new boolean[graph.organizations()];
			for (int o : eligible) {
				isEligible[o] = true;
			}
			Map<Integer, PairFeatures> requesters = new java.util.HashMap<>();
			for (int[] pair : events.linkedIn(kind, start, end)) {
				for (int side = 0; side < (LinkEvents.repeatable(kind) ? 1 : 2); side++) {
					int a = pair[side];
					int b = pair[1 - side];
					if (!isEligible[a] || !isEligible[b]) {
						continue;
					}
					PairFeatures features = requesters.computeIfAbsent(a, r -> new PairFeatures(profiles, r));
					rows.add(features.of(b));
					labels.add(1);
					positives++;
					for (int n = 0, tries = 0; n < this.options.negatives() && tries < this.options.negatives() * 20;
							tries++) {
						int c = eligible[random.nextInt(eligible.length)];
						if (c == a || c == b || events.linkedBefore(kind, a, c, start)
								|| events.happened(kind, a, c, start, end)) {
							continue;
						}
						rows.add(features.of(c));
						labels.add(0);
						n++;
					}
				}
			}
		}
		int negatives = rows.size() - positives;
		LinearModel.Training training = new LinearModel.Training("smile-logistic-regression", kind.name().toLowerCase(java.util.Locale.ROOT),
				List.copyOf(windows), positives, negatives, null);
		int needed = this.options.minPositivesPerFeature() * Feature.COUNT;
		if (positives < needed) {
			return PartnerModels.prior(kind, positives, negatives, windows, needed);
		}
		return fit(kind.name().toLowerCase(java.util.Locale.ROOT), Feature.keys(), rows, labels, training,
				this.options.lambda());
	}

	/**
	 * Organizations that had filed at least one patent.
	 */
	public static int[] eligible(Profiles profiles) {
		return java.util.stream.IntStream.range(0, profiles.organizations())
			.filter(o -> profiles.patentCount[o] > 0)
			.toArray();
	}

	/**
	 * Standardizes the rows and fits Smile's binomial logistic regression on them.
	 */
	static LinearModel fit(String name, List<String> features, List<double[]> rows, List<Integer> labels,
			LinearModel.Training training, double lambda) {
		int d = features.size();
		double[] mean = new double[d];
		double[] scale = new double[d];
		for (double[] x : rows) {
			for (int i = 0; i < d; i++) {
				mean[i] += x[i] / rows.size();
			}
		}
		for (double[] x : rows) {
			for (int i = 0; i < d; i++) {
				scale[i] += (x[i] - mean[i]) * (x[i] - mean[i]) / rows.size();
			}
		}
		for (int i = 0; i < d; i++) {
			scale[i] = scale[i] > 1e-12 ? Math.sqrt(scale[i]) : 1;
		}
		double[][] z = new double[rows.size()][d];
		for (int r = 0; r < rows.size(); r++) {
			for (int i = 0; i < d; i++) {
				z[r][i] = (rows.get(r)[i] - mean[i]) / scale[i];
			}
		}
		int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
		LogisticRegression.Binomial model = LogisticRegression.binomial(z, y,
				new LogisticRegression.Options(lambda, 1e-6, 1000));
		double[] coefficients = model.coefficients();
		double[] weights = java.util.Arrays.copyOf(coefficients, d);
		return new LinearModel(name, features, mean, scale, weights, coefficients[d], training);
	}

	/**
	 * Training settings.
	 *
	 * @param negatives negatives sampled per positive
	 * @param lambda L2 regularization of the logistic regression
	 * @param minPositivesPerFeature with fewer positive pairs than this many per feature no model is
	 * trained (a logistic regression wants several events per variable; five is a common floor)
	 * @param seed the sampling seed
	 */
	public record Options(int negatives, double lambda, int minPositivesPerFeature, long seed) {

		static Options defaults() {
			return new Options(20, 1.0, 5, 42);
		}

	}

}
