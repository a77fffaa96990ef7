package org.ipgraph.evaluation.partners;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.ipgraph.partners.PairFeatures;
import org.ipgraph.partners.PartnerCandidates;
import org.ipgraph.partners.LinearModel;
import org.ipgraph.partners.Profiles;
import org.ipgraph.partners.Feature;

/**
 * The rankers an evaluation compares on one set of profiles: the trained model, the two
 * classic link-prediction baselines on the collaboration network (common neighbours,
 * Adamic-Adar) and single features for reference.
 */
final class Rankers {

	/** The baselines' report names. */
	static final java.util.List<String> BASELINES = java.util.List.of("common-neighbours", "adamic-adar");

	private Rankers() {
	}

	static IntFunction<IntToDoubleFunction> model(Profiles profiles, LinearModel model) {
		return a -> {
			PairFeatures features = new PairFeatures(profiles, a);
			return c -> model.logit(features.of(c));
		};
	}

	/**
	 * The model as the service ranks at scale: only the organizations
	 * {@link PartnerCandidates} generates (at most {@code bound}) are scored, the others
	 * rank last.
	 */
	static IntFunction<IntToDoubleFunction> bounded(Profiles profiles, LinearModel model, int bound) {
		return a -> {
			PairFeatures features = new PairFeatures(profiles, a);
			java.util.BitSet pool = new java.util.BitSet();
			for (int c : PartnerCandidates.of(profiles).candidates(a, model, bound)) {
				pool.set(c);
			}
			return c -> pool.get(c) ? model.logit(features.of(c)) : Double.NEGATIVE_INFINITY;
		};
	}

	/**
	 * The bounded model at the service's bound and at a tenth of it.
	 */
	static Map<String, IntFunction<IntToDoubleFunction>> bounded(Profiles profiles, LinearModel model) {
		Map<String, IntFunction<IntToDoubleFunction>> rankers = new LinkedHashMap<>();
		int bound = PartnerCandidates.DEFAULT_BOUND;
		rankers.put("model, candidates bounded at " + bound, bounded(profiles, model, bound));
		rankers.put("model, candidates bounded at " + bound / 10, bounded(profiles, model, bound / 10));
		return rankers;
	}

	static IntFunction<IntToDoubleFunction> feature(Profiles profiles, Feature feature) {
		return a -> {
			PairFeatures features = new PairFeatures(profiles, a);
			return c -> features.of(c)[feature.ordinal()];
		};
	}

	static IntFunction<IntToDoubleFunction> commonNeighbours(Profiles profiles) {
		return a -> c -> profiles.links.commonNeighbours(a, c);
	}

	static IntFunction<IntToDoubleFunction> adamicAdar(Profiles profiles) {
		return a -> c -> profiles.links.adamicAdar(a, c);
	}

	/**
	 * The baselines by their report names.
	 */
	static Map<String, IntFunction<IntToDoubleFunction>> baselines(Profiles profiles) {
		Map<String, IntFunction<IntToDoubleFunction>> baselines = new LinkedHashMap<>();
		baselines.put("common-neighbours", commonNeighbours(profiles));
		baselines.put("adamic-adar", adamicAdar(profiles));
		return baselines;
	}

	/**
	 * Single features, to show what the model draws on.
	 */
	static Map<String, IntFunction<IntToDoubleFunction>> references(Profiles profiles) {
		Map<String, IntFunction<IntToDoubleFunction>> references = new LinkedHashMap<>();
		references.put("only textSimilarity", feature(profiles, Feature.TEXT_SIMILARITY));
		references.put("only cpcSimilarity", feature(profiles, Feature.CPC_SIMILARITY));
		references.put("only coInvention", feature(profiles, Feature.CO_INVENTION));
		return references;
	}

}
