package org.ipgraph.evaluation.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ipgraph.evaluation.Metrics;
import org.ipgraph.risk.NpeSignal;
import org.ipgraph.risk.NpeRiskScorer;
import org.ipgraph.risk.NpeModel;

/**
 * Held-out validation of NPE classifiers on labelled owners: leave one group (a demo seed, or
 * one curated owner) out, train on the rest, score the held-out owners. Pure.
 */
public final class NpeValidation {

	/** Litigation signals, zeroed for the "before any suit" variant. */
	static final List<NpeSignal> LITIGATION = List.of(NpeSignal.PLAINTIFF_SUITS, NpeSignal.DEFENDANT_SPREAD,
			NpeSignal.ASSERTED_PATENT_AGE, NpeSignal.PTAB_CHALLENGES);

	private NpeValidation() {
	}

	/**
	 * Trains on owners and returns how it scores an owner (a probability).
	 */
	@FunctionalInterface
	public interface Method {

		Function<LabelledOwner, Double> fit(List<LabelledOwner> training);

	}

	/**
	 * Figures of one method on held-out owners.
	 *
	 * @param prf precision, recall, F1 at probability 0.5
	 * @param auc area under the ROC curve
	 * @param owners held-out owners
	 * @param npes of them NPEs
	 * @param hardNegatives litigating operating companies among them
	 * @param hardNegativesCalledNpe of those, how many were called NPEs
	 */
	public record Result(Metrics.Prf prf, double auc, int owners, int npes, int hardNegatives,
			int hardNegativesCalledNpe) {

		public Map<String, Object> figures() {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("precision", this.prf.precision());
			f.put("recall", this.prf.recall());
			f.put("f1", this.prf.f1());
			f.put("auc", this.auc);
			f.put("owners", this.owners);
			f.put("npes", this.npes);
			if (this.hardNegatives > 0) {
				f.put("hardNegFP", this.hardNegativesCalledNpe + "/" + this.hardNegatives);
			}
			return f;
		}

	}

	/**
	 * The production path: the classifier, or the rules when too few signals are observed.
	 */
	public static Method classifier(double lambda) {
		return training -> {
			NpeModel model = NpeTrainer.train(training, lambda, "validation", "held-out fold");
			return owner -> owner.observedSignals() < NpeRiskScorer.MIN_OBSERVED_SIGNALS
					? NpeModel.RULES.probability(owner.features()) : model.probability(owner.features());
		};
	}

	/**
	 * The classifier trained and applied without litigation signals: spotting NPEs before they sue.
	 */
	public static Method withoutLitigation(double lambda) {
		return training -> {
			NpeModel model = NpeTrainer.train(training.stream().map(NpeValidation::withoutLitigation).toList(), lambda,
					"validation", "held-out fold, litigation signals removed");
			return owner -> model.probability(withoutLitigation(owner).features());
		};
	}

	public static Method fixed(NpeModel model) {
		return training -> owner -> owner.observedSignals() < NpeRiskScorer.MIN_OBSERVED_SIGNALS || model == null
				? NpeModel.RULES.probability(owner.features()) : model.probability(owner.features());
	}

	public static final Method RULES = training -> owner -> NpeModel.RULES.probability(owner.features());

	/** The naive baseline: an owner that sued three times or more. */
	public static final Method FREQUENT_PLAINTIFF = training -> owner -> Math
		.expm1(owner.features()[NpeSignal.PLAINTIFF_SUITS.ordinal()]) >= 2.5 ? 1.0 : 0.0;

	static LabelledOwner withoutLitigation(LabelledOwner owner) {
		double[] x = owner.features().clone();
		LITIGATION.forEach(s -> x[s.ordinal()] = 0);
		return new LabelledOwner(owner.id(), owner.source(), owner.npe(), owner.hardNegative(), x,
				owner.observedSignals());
	}

	/**
	 * Leave one group out: for each group, fit on the other groups' owners and score its own.
	 * @return each owner's held-out probability, in the order given
	 */
	public static double[] leaveGroupsOut(List<LabelledOwner> owners, Function<LabelledOwner, String> group,
			Method method) {
		Map<String, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < owners.size(); i++) {
			groups.computeIfAbsent(group.apply(owners.get(i)), g -> new ArrayList<>()).add(i);
		}
		double[] probabilities = new double[owners.size()];
		for (Map.Entry<String, List<Integer>> held : groups.entrySet()) {
			List<LabelledOwner> training = owners.stream().filter(o -> !group.apply(o).equals(held.getKey())).toList();
			Function<LabelledOwner, Double> scorer = method.fit(training);
			held.getValue().forEach(i -> probabilities[i] = scorer.apply(owners.get(i)));
		}
		return probabilities;
	}

	/**
	 * The figures of the owners that pass a filter.
	 */
	public static Result result(List<LabelledOwner> owners, double[] probabilities,
			java.util.function.Predicate<LabelledOwner> filter) {
		List<LabelledOwner> kept = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		for (int i = 0; i < owners.size(); i++) {
			if (filter.test(owners.get(i))) {
				kept.add(owners.get(i));
				scores.add(probabilities[i]);
			}
		}
		return result(kept, scores.stream().mapToDouble(Double::doubleValue).toArray());
	}

	/**
	 * Scores test owners with a method fitted on training owners.
	 */
	public static Result holdout(List<LabelledOwner> training, List<LabelledOwner> test, Method method) {
		Function<LabelledOwner, Double> scorer = method.fit(training);
		return result(test, test.stream().mapToDouble(scorer::apply).toArray());
	}

	static Result result(List<LabelledOwner> owners, double[] probabilities) {
		long tp = 0;
		long fp = 0;
		long fn = 0;
		int hard = 0;
		int hardWrong = 0;
		List<Double> positives = new ArrayList<>();
		List<Double> negatives = new ArrayList<>();
		for (int i = 0; i < owners.size(); i++) {
			LabelledOwner owner = owners.get(i);
			boolean called = probabilities[i] >= 0.5;
			if (owner.npe()) {
				positives.add(probabilities[i]);
				tp += called ? 1 : 0;
				fn += called ? 0 : 1;
			}
			else {
				negatives.add(probabilities[i]);
				fp += called ? 1 : 0;
			}
			if (owner.hardNegative()) {
				hard++;
				hardWrong += called ? 1 : 0;
			}
		}
		double auc = Metrics.auc(positives.stream().mapToDouble(Double::doubleValue).toArray(),
				negatives.stream().mapToDouble(Double::doubleValue).toArray());
		return new Result(Metrics.Prf.of(tp, fp, fn), auc, owners.size(), positives.size(), hard, hardWrong);
	}

}
