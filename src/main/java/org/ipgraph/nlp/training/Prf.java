package org.ipgraph.nlp.training;

/**
 * Precision, recall and F1 from counts.
 *
 * @param precision true positives over predictions
 * @param recall true positives over gold
 * @param f1 their harmonic mean
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives
 */
public record Prf(double precision, double recall, double f1, int tp, int fp, int fn) {

	public static Prf of(int tp, int fp, int fn) {
		double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
		double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
		double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
		return new Prf(round(p), round(r), round(f), tp, fp, fn);
	}

	/**
	 * When predictions and gold are matched many-to-one (a predicted variant may match a
	 * gold cluster that another prediction matched too): precision over predictions,
	 * recall over gold.
	 */
	public static Prf lenient(int matchedPredictions, int predictions, int matchedGold, int gold) {
		double p = predictions == 0 ? 0 : (double) matchedPredictions / predictions;
		double r = gold == 0 ? 0 : (double) matchedGold / gold;
		double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
		return new Prf(round(p), round(r), round(f), matchedGold, predictions - matchedPredictions, gold - matchedGold);
	}

	public Prf plus(Prf other) {
		return of(this.tp + other.tp, this.fp + other.fp, this.fn + other.fn);
	}

	static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

	@Override
	public String toString() {
		return String.format("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", this.precision, this.recall, this.f1, this.tp,
				this.fp, this.fn);
	}

}
