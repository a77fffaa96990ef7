package org.ipgraph.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Trains the demand ranker on pseudo-demands from a temporal split: a patent filed from
 * year T on is taken as a demand written in its own words; the matcher, knowing only the
 * patents before T, proposes organizations, and the patent's real owners are the
 * positives. Deterministic.
 */
final class DemandTrainer {

	/** Pseudo-demands per window at most. */
	static final int QUERIES = 400;

	private final ModelTrainer.Options options;

	DemandTrainer(ModelTrainer.Options options) {
		this.options = options;
	}

	/**
	 * @return the model, or the prior when there were too few positives
	 */
	LinearModel train(PartnerGraph graph, List<Integer> windows, int end, IntFunction<Profiles> profilesAt,
			IntFunction<DemandMatcher> matcherAt) {
		TrainingRows set = new TrainingRows();
		SplittableRandom random = new SplittableRandom(this.options.seed());
		for (int start : windows) {
			Profiles profiles = profilesAt.apply(start);
			DemandMatcher matcher = matcherAt.apply(start);
			for (int p : queries(graph, profiles, start, end, random)) {
				DemandMatcher.Match match = matcher.match(graph.patentVector(p));
				List<Integer> others = new ArrayList<>();
				for (var e : match.candidates().entrySet()) {
					if (contains(graph.patentOwners[p], e.getKey())) {
						set.positive(e.getValue());
					}
					else {
						others.add(e.getKey());
					}
				}
				for (int n = 0; n < this.options.negatives() && !others.isEmpty(); n++) {
					int o = others.remove(random.nextInt(others.size()));
					set.negative(match.candidates().get(o));
				}
			}
		}
		LinearModel.Training training = new LinearModel.Training("smile-logistic-regression",
				"owners of later patents, from their text", List.copyOf(windows), set.positives, set.negatives(), null);
		int needed = this.options.minPositivesPerFeature() * DemandFeature.COUNT;
		if (set.positives < needed) {
			LinearModel prior = prior();
			return new LinearModel(prior.name(), prior.features(), prior.mean(), prior.scale(), prior.weights(), 0,
					new LinearModel.Training("prior", training.label(), training.windows(), set.positives,
							training.negatives(), "only " + set.positives + " positive training pairs (" + needed
									+ " needed: five per feature); " + prior.training().note()));
		}
		return ModelTrainer.fit("demand", DemandFeature.keys(), set, training, this.options.lambda());
	}

	/**
	 * Patents filed in [start, end) with text and an owner known before start, a sample
	 * of them.
	 */
	static List<Integer> queries(PartnerGraph graph, Profiles profiles, int start, int end, SplittableRandom random) {
		List<Integer> candidates = new ArrayList<>();
		for (int p = 0; p < graph.patents(); p++) {
			int year = graph.patentYears[p];
			if (year >= start && year < end && graph.hasText(p)
					&& java.util.Arrays.stream(graph.patentOwners[p]).anyMatch(o -> profiles.patentCount[o] > 0)) {
				candidates.add(p);
			}
		}
		List<Integer> sample = new ArrayList<>();
		while (sample.size() < QUERIES && !candidates.isEmpty()) {
			sample.add(candidates.remove(random.nextInt(candidates.size())));
		}
		return sample;
	}

	private static boolean contains(int[] values, int value) {
		for (int v : values) {
			if (v == value) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Unit weights on the text and patent features, for graphs too small to train on.
	 */
	static LinearModel prior() {
		double[] weights = new double[DemandFeature.COUNT];
		weights[DemandFeature.TEXT_SIMILARITY.ordinal()] = 1;
		weights[DemandFeature.MATCHED_PATENTS.ordinal()] = 1;
		weights[DemandFeature.TECHNOLOGY_MATCH.ordinal()] = 1;
		double[] zero = new double[DemandFeature.COUNT];
		double[] one = new double[DemandFeature.COUNT];
		java.util.Arrays.fill(one, 1);
		return new LinearModel("demand", DemandFeature.keys(), zero, one, weights, 0,
				new LinearModel.Training("prior", "owners of later patents, from their text", List.of(), 0, 0,
						"too few patents in this graph to train on; unit weights on textSimilarity, matchedPatents and"
								+ " technologyMatch"));
	}

}
