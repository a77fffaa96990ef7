package org.ipgraph.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores an owner from its facts: the classifier when there is one and the owner has
 * enough observed signals, the hand-set rules otherwise. Pure: no Spring, no graph.
 */
public final class NpeRiskScorer {

	/** Fewer observed signals than this and the rules decide. */
	public static final int MIN_OBSERVED_SIGNALS = 3;

	private final NpeModel model;

	/**
	 * @param model the classifier, or null to use the rules only
	 */
	public NpeRiskScorer(NpeModel model) {
		this.model = model;
	}

	public NpeModel model() {
		return this.model;
	}

	public NpeScore score(OwnerFacts facts) {
		double[] x = NpeFeatures.of(facts);
		NpeModel used;
		String reason;
		if (this.model == null || this.model.isRules()) {
			used = NpeModel.RULES;
			reason = "no classifier is loaded";
		}
		else if (facts.observedSignals() < MIN_OBSERVED_SIGNALS) {
			used = NpeModel.RULES;
			reason = "too few observed signals (" + facts.observedSignals() + " of " + NpeFeatures.SIZE
					+ "): no portfolio and no litigation in the graph";
		}
		else {
			used = this.model;
			reason = "classifier: " + facts.observedSignals() + " of " + NpeFeatures.SIZE + " signals observed";
		}
		double[] contributions = used.contributions(x);
		List<NpeScore.SignalValue> signals = new ArrayList<>();
		for (NpeSignal signal : NpeSignal.values()) {
			int i = signal.ordinal();
			signals.add(new NpeScore.SignalValue(signal.key(), signal.description(), round(x[i]), shown(signal, facts),
					round(contributions[i])));
		}
		signals.sort(Comparator.comparingDouble((NpeScore.SignalValue s) -> -Math.abs(s.contribution()))
			.thenComparing(NpeScore.SignalValue::signal));
		double probability = used.probability(x);
		return new NpeScore(round(probability), probability >= used.threshold(), used.kind(), used.version(), reason,
				round(used.intercept()), List.copyOf(signals));
	}

	static String shown(NpeSignal signal, OwnerFacts f) {
		return switch (signal) {
			case PLAINTIFF_SUITS -> plural(f.plaintiffSuits(), "suit") + " as plaintiff";
			case DEFENDANT_SPREAD -> plural(f.defendantGroups(), "defendant group");
			case ACQUIRED_SHARE -> f.patents() == 0 ? plural(f.acquisitions(), "recorded acquisition")
					: f.acquiredPatents() + " of " + plural(f.patents(), "patent") + " acquired";
			case INVENTOR_GAP -> (f.patents() - Math.min(f.patents(), f.patentsWithOwnInventor())) + " of "
					+ plural(f.patents(), "patent") + " without an own inventor";
			case PATENTS_PER_INVENTOR ->
				plural(f.patents(), "patent") + ", " + plural(f.ownInventors(), "own inventor");
			case HOLDING_NAME -> "'" + f.name() + "': " + HoldingNames.why(f.name());
			case SHELL_NETWORK -> plural(f.holdingLinks(), "linked holding-like organization");
			case ASSERTED_PATENT_AGE -> f.assertedPatentAges().isEmpty() ? "no asserted patent with dates"
					: String.format(Locale.ROOT, "%.1f years on average (%d asserted)",
							f.assertedPatentAges().stream().mapToDouble(Double::doubleValue).average().orElse(0),
							f.assertedPatentAges().size());
			case PTAB_CHALLENGES -> plural(f.ptabChallenges(), "PTAB trial");
			case TEXT_DESCRIPTION -> "described so in " + plural(f.describingDocuments(), "document")
					+ (f.describingDocuments() > 0 ? " (evidence: descriptions)" : "");
		};
	}

	private static String plural(int n, String word) {
		return n + " " + word + (n == 1 ? "" : "s");
	}

	static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

}
