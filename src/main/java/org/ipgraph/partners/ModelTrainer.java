package org.ipgraph.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import smile.classification.LogisticRegression;

/**
 * Trains a {@link LinearModel} with Smile's logistic regression on temporal splits of the
 * graph itself: for each window start T, features come from the profiles before T, and a
 * pair is positive when the link happens from T up to the end (never before T for
 * first-time links). Each positive (a, b) is matched with negatives (a, c) for random
 * eligible c, so the model learns to rank candidates of one requester, which is how it is
 * used. Deterministic for a seed.
 */
public final class ModelTrainer {

	private final Options options;

	public ModelTrainer(Options options) {
		this.options = options;
	}

	/**
	 * Trains on every window; with too few positive pairs the answer is the documented
	 * prior (see {@link PartnerModels#prior}), saying how many pairs there were.
	 * @param graph the facts
	 * @param events when pairs were linked
	 * @param kind the link to predict
	 * @param windows window start years
	 * @param end labels are counted before this year
	 * @param profilesAt the profiles before a year (lets callers reuse them)
	 */
	public LinearModel train(PartnerGraph graph, LinkEvents events, LinkEvents.Kind kind, List<Integer> windows,
			int end, IntFunction<Profiles> profilesAt) {
		TrainingRows set = new TrainingRows();
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
			for (int[] pair : sample(events.linkedIn(kind, start, end), this.options.maxPairs(),
					this.options.seed() + start)) {
				for (int side = 0; side < (LinkEvents.repeatable(kind) ? 1 : 2); side++) {
					int a = pair[side];
					int b = pair[1 - side];
					if (!isEligible[a] || !isEligible[b]) {
						continue;
					}
					PairFeatures features = requesters.computeIfAbsent(a, r -> new PairFeatures(profiles, r));
					set.positive(features.of(b));
					for (int n = 0, tries = 0; n < this.options.negatives()
							&& tries < this.options.negatives() * 20; tries++) {
						int c = eligible[random.nextInt(eligible.length)];
						if (c == a || c == b || events.linkedBefore(kind, a, c, start)
								|| events.happened(kind, a, c, start, end)) {
							continue;
						}
						set.negative(features.of(c));
						n++;
					}
				}
			}
		}
		LinearModel.Training training = new LinearModel.Training("smile-logistic-regression",
				kind.name().toLowerCase(java.util.Locale.ROOT), List.copyOf(windows), set.positives, set.negatives(),
				null);
		int needed = this.options.minPositivesPerFeature() * Feature.COUNT;
		if (set.positives < needed) {
			return PartnerModels.prior(kind, set.positives, set.negatives(), windows, needed);
		}
		return fit(kind.name().toLowerCase(java.util.Locale.ROOT), Feature.keys(), set, training,
				this.options.lambda());
	}

	/**
	 * At most {@code max} of the pairs, drawn with a fixed seed and kept in their order,
	 * so that training time and memory do not grow with the graph; all of them when there
	 * are no more than that (or {@code max} is 0).
	 */
	static List<int[]> sample(List<int[]> pairs, int max, long seed) {
		if (max <= 0 || pairs.size() <= max) {
			return pairs;
		}
		int[] order = java.util.stream.IntStream.range(0, pairs.size()).toArray();
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < max; i++) {
			int j = i + random.nextInt(order.length - i);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		int[] kept = java.util.Arrays.copyOf(order, max);
		java.util.Arrays.sort(kept);
		List<int[]> sample = new ArrayList<>(max);
		for (int i : kept) {
			sample.add(pairs.get(i));
		}
		return sample;
	}

	/**
	 * The starts of the training windows before {@code end}: one to {@code count} years
	 * back, the latest first.
	 */
	public static List<Integer> windows(int end, int count) {
		return java.util.stream.IntStream.rangeClosed(1, count).map(k -> end - k).boxed().toList();
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
	static LinearModel fit(String name, List<String> features, TrainingRows set, LinearModel.Training training,
			double lambda) {
		List<double[]> rows = set.rows;
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
		int[] y = set.labels.stream().mapToInt(Integer::intValue).toArray();
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
	 * @param minPositivesPerFeature with fewer positive pairs than this many per feature
	 * no model is trained (a logistic regression wants several events per variable; five
	 * is a common floor)
	 * @param seed the sampling seed
	 * @param maxPairs linked pairs a model is trained on per window at most (a sample
	 * drawn with the seed), or 0 for all of them
	 */
	public record Options(int negatives, double lambda, int minPositivesPerFeature, long seed, int maxPairs) {

		/**
		 * Settings that train on every linked pair.
		 */
		public Options(int negatives, double lambda, int minPositivesPerFeature, long seed) {
			this(negatives, lambda, minPositivesPerFeature, seed, 0);
		}

		static Options defaults() {
			return new Options(20, 1.0, 5, 42);
		}

	}

}
