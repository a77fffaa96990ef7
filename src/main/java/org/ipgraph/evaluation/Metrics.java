package org.ipgraph.evaluation;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Ranking and classification metrics, computed the textbook way.
 */
public final class Metrics {

	private Metrics() {
	}

	/**
	 * Precision at k: the share of the first k ranked items that are relevant (k in the
	 * denominator even when fewer items were ranked).
	 */
	public static <T> double precisionAt(int k, List<T> ranked, Set<T> relevant) {
		if (k <= 0) {
			throw new IllegalArgumentException("k must be positive");
		}
		long hits = ranked.stream().limit(k).filter(relevant::contains).count();
		return (double) hits / k;
	}

	/**
	 * Reciprocal rank of the first relevant item, 0 when none is ranked.
	 */
	public static <T> double reciprocalRank(List<T> ranked, Set<T> relevant) {
		for (int i = 0; i < ranked.size(); i++) {
			if (relevant.contains(ranked.get(i))) {
				return 1.0 / (i + 1);
			}
		}
		return 0;
	}

	/**
	 * Recall at k: the share of relevant items found in the first k.
	 */
	public static <T> double recallAt(int k, List<T> ranked, Set<T> relevant) {
		if (relevant.isEmpty()) {
			return 0;
		}
		long hits = ranked.stream().limit(k).filter(relevant::contains).count();
		return (double) hits / relevant.size();
	}

	/**
	 * Area under the ROC curve from scores of positives and negatives (Mann-Whitney U,
	 * ties counted half).
	 */
	public static double auc(double[] positives, double[] negatives) {
		if (positives.length == 0 || negatives.length == 0) {
			return Double.NaN;
		}
		double[] neg = negatives.clone();
		Arrays.sort(neg);
		double sum = 0;
		for (double p : positives) {
			int below = lowerBound(neg, p);
			int notAbove = upperBound(neg, p);
			sum += below + 0.5 * (notAbove - below);
		}
		return sum / ((double) positives.length * negatives.length);
	}

	private static int lowerBound(double[] sorted, double value) {
		int lo = 0;
		int hi = sorted.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted[mid] < value) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	private static int upperBound(double[] sorted, double value) {
		int lo = 0;
		int hi = sorted.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted[mid] <= value) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	/**
	 * Precision, recall and F1 of a predicted set against a gold set.
	 */
	public static <T> Prf prf(Collection<T> predicted, Collection<T> gold) {
		Set<T> p = Set.copyOf(predicted);
		Set<T> g = Set.copyOf(gold);
		long tp = p.stream().filter(g::contains).count();
		return Prf.of(tp, p.size() - tp, g.size() - tp);
	}

	public static double mean(double[] values) {
		return values.length == 0 ? Double.NaN : Arrays.stream(values).average().orElse(Double.NaN);
	}

	/**
	 * Precision, recall and F1 with their counts.
	 *
	 * @param truePositives tp
	 * @param falsePositives fp
	 * @param falseNegatives fn
	 * @param precision tp / (tp + fp)
	 * @param recall tp / (tp + fn)
	 * @param f1 harmonic mean
	 */
	public record Prf(long truePositives, long falsePositives, long falseNegatives, double precision, double recall,
			double f1) {

		public static Prf of(long tp, long fp, long fn) {
			double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
			double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
			double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
			return new Prf(tp, fp, fn, precision, recall, f1);
		}

		public Prf plus(Prf other) {
			return of(this.truePositives + other.truePositives, this.falsePositives + other.falsePositives,
					this.falseNegatives + other.falseNegatives);
		}

	}

}
