package org.ipgraph.risk;

/**
 * The feature vector of an owner, in {@link NpeSignal} order.
 */
public final class NpeFeatures {

	public static final int SIZE = NpeSignal.values().length;

	private NpeFeatures() {
	}

	public static double[] of(OwnerFacts f) {
		double[] x = new double[SIZE];
		x[NpeSignal.PLAINTIFF_SUITS.ordinal()] = Math.log1p(f.plaintiffSuits());
		x[NpeSignal.DEFENDANT_SPREAD.ordinal()] = Math.log1p(f.defendantGroups());
		x[NpeSignal.ACQUIRED_SHARE.ordinal()] = acquiredShare(f);
		x[NpeSignal.INVENTOR_GAP.ordinal()] = f.patents() == 0 ? 0
				: 1 - Math.min(1, (double) f.patentsWithOwnInventor() / f.patents());
		x[NpeSignal.PATENTS_PER_INVENTOR.ordinal()] = f.patents() == 0 ? 0
				: Math.log1p((double) f.patents() / Math.max(1, f.ownInventors()));
		x[NpeSignal.HOLDING_NAME.ordinal()] = HoldingNames.score(f.name(), f.aliases());
		x[NpeSignal.SHELL_NETWORK.ordinal()] = Math.log1p(f.holdingLinks());
		x[NpeSignal.ASSERTED_PATENT_AGE.ordinal()] = f.assertedPatentAges().isEmpty() ? 0
				: f.assertedPatentAges().stream().mapToDouble(Double::doubleValue).average().orElse(0) / 10;
		x[NpeSignal.PTAB_CHALLENGES.ordinal()] = Math.log1p(f.ptabChallenges());
		x[NpeSignal.TEXT_DESCRIPTION.ordinal()] = Math.log1p(f.describingDocuments());
		return x;
	}

	/**
	 * Acquired patents over patents held; when nothing is held but acquisitions are
	 * recorded (as text may say), everything known was acquired.
	 */
	static double acquiredShare(OwnerFacts f) {
		if (f.patents() == 0) {
			return f.acquisitions() > 0 ? 1 : 0;
		}
		return Math.min(1, (double) f.acquiredPatents() / f.patents());
	}

}
