package org.ipgraph.evaluation.partners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

import org.ipgraph.evaluation.Metrics;

/**
 * Per-organization ranking metrics for link prediction. Each query is an organization with its
 * candidates and the ones it really linked with; every model ranks the same candidates. Ties are
 * broken by a hash of the pair that does not depend on the model, so a model whose scores tie
 * (common neighbours of zero) gets a random but reproducible order among them, not the
 * alphabetical one.
 */
final class RankingEval {

	static final int K = 10;

	private RankingEval() {
	}

	/**
	 * Averages over queries: precision at 10, recall at 10, mean average precision, mean
	 * reciprocal rank and the per-query AUC (positives against the query's other candidates,
	 * ties counted half).
	 * @param scorer for a query organization, its score of each candidate
	 */
	static Figures evaluate(List<Query> queries, IntFunction<IntToDoubleFunction> scorer) {
		double p = 0;
		double r = 0;
		double ap = 0;
		double rr = 0;
		double auc = 0;
		int aucQueries = 0;
		for (Query q : queries) {
			IntToDoubleFunction score = scorer.apply(q.organization());
			List<double[]> scored = new ArrayList<>(q.candidates().length);
			for (int c : q.candidates()) {
				scored.add(new double[] { c, score.applyAsDouble(c), tieBreak(q.organization(), c) });
			}
			scored.sort(Comparator.<double[]>comparingDouble(s -> -s[1]).thenComparingDouble(s -> s[2]));
			List<Integer> ranked = scored.stream().map(s -> (int) s[0]).toList();
			p += Metrics.precisionAt(K, ranked, q.relevant());
			r += Metrics.recallAt(K, ranked, q.relevant());
			rr += Metrics.reciprocalRank(ranked, q.relevant());
			ap += averagePrecision(ranked, q.relevant());
			double[] pos = scored.stream().filter(s -> q.relevant().contains((int) s[0])).mapToDouble(s -> s[1]).toArray();
			double[] neg = scored.stream().filter(s -> !q.relevant().contains((int) s[0])).mapToDouble(s -> s[1]).toArray();
			double a = Metrics.auc(pos, neg);
			if (!Double.isNaN(a)) {
				auc += a;
				aucQueries++;
			}
		}
		int n = Math.max(1, queries.size());
		return new Figures(p / n, r / n, ap / n, rr / n, aucQueries == 0 ? Double.NaN : auc / aucQueries,
				queries.size());
	}

	static double averagePrecision(List<Integer> ranked, Set<Integer> relevant) {
		double sum = 0;
		int hits = 0;
		for (int i = 0; i < ranked.size(); i++) {
			if (relevant.contains(ranked.get(i))) {
				hits++;
				sum += (double) hits / (i + 1);
			}
		}
		return relevant.isEmpty() ? 0 : sum / relevant.size();
	}

	private static double tieBreak(int a, int c) {
		long z = a * 0x9E3779B97F4A7C15L + c * 0xC2B2AE3D27D4EB4FL;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return (double) ((z ^ (z >>> 31)) >>> 11);
	}

	/**
	 * One organization to rank for.
	 *
	 * @param organization its position
	 * @param candidates who may be ranked
	 * @param relevant who it really linked with
	 */
	record Query(int organization, int[] candidates, Set<Integer> relevant) {
	}

	/**
	 * Averages over queries.
	 *
	 * @param precisionAt10 P@10
	 * @param recallAt10 R@10
	 * @param map mean average precision
	 * @param mrr mean reciprocal rank
	 * @param auc mean per-query AUC
	 * @param queries how many queries
	 */
	record Figures(double precisionAt10, double recallAt10, double map, double mrr, double auc, int queries) {

		/**
		 * The average over all queries of several runs.
		 */
		static Figures pooled(List<Figures> runs) {
			int n = runs.stream().mapToInt(Figures::queries).sum();
			if (n == 0) {
				return new Figures(0, 0, 0, 0, Double.NaN, 0);
			}
			return new Figures(weighted(runs, Figures::precisionAt10, n), weighted(runs, Figures::recallAt10, n),
					weighted(runs, Figures::map, n), weighted(runs, Figures::mrr, n), weighted(runs, Figures::auc, n), n);
		}

		private static double weighted(List<Figures> runs, java.util.function.ToDoubleFunction<Figures> metric, int n) {
			return runs.stream().mapToDouble(f -> f.queries() == 0 ? 0 : metric.applyAsDouble(f) * f.queries()).sum() / n;
		}

	}

}
