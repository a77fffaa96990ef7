package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.similarity.SparseVector;

/**
 * Each vector's nearest others by cosine among a scope's vectors (L2-normalized): an
 * inverted index whose postings are plain arrays, scored into one reused array per
 * search, so that the all-pairs pass a pool search makes (thousands of queries over the
 * same few thousand vectors) allocates nothing per posting. Ties go to the earlier
 * vector, as in {@link org.ipgraph.similarity.VectorIndex}. Not thread-safe: one instance
 * serves one search.
 */
final class TextNeighbours {

	private final List<SparseVector> vectors;

	private final Map<Integer, int[]> docs = new HashMap<>();

	private final Map<Integer, float[]> weights = new HashMap<>();

	private final double[] scores;

	private final int[] touched;

	TextNeighbours(List<SparseVector> vectors) {
		this.vectors = List.copyOf(vectors);
		Map<Integer, Integer> counts = new HashMap<>();
		for (SparseVector v : vectors) {
			for (int term : v.indices()) {
				counts.merge(term, 1, Integer::sum);
			}
		}
		Map<Integer, Integer> filled = new HashMap<>();
		counts.forEach((term, n) -> {
			this.docs.put(term, new int[n]);
			this.weights.put(term, new float[n]);
		});
		for (int d = 0; d < vectors.size(); d++) {
			SparseVector v = vectors.get(d);
			for (int i = 0; i < v.indices().length; i++) {
				int term = v.indices()[i];
				int at = filled.merge(term, 1, Integer::sum) - 1;
				this.docs.get(term)[at] = d;
				this.weights.get(term)[at] = v.values()[i];
			}
		}
		this.scores = new double[vectors.size()];
		this.touched = new int[vectors.size()];
	}

	/**
	 * The k vectors closest to vector {@code self} (itself left out) with a positive
	 * cosine, best first.
	 */
	List<Neighbour> nearest(int self, int k) {
		SparseVector query = this.vectors.get(self);
		int n = 0;
		for (int i = 0; i < query.indices().length; i++) {
			int[] postings = this.docs.get(query.indices()[i]);
			float[] w = this.weights.get(query.indices()[i]);
			double q = query.values()[i];
			for (int p = 0; p < postings.length; p++) {
				int d = postings[p];
				if (this.scores[d] == 0) {
					this.touched[n++] = d;
				}
				this.scores[d] += q * w[p];
				if (this.scores[d] == 0) {
					// a product summed back to zero: keep it touched once
					this.scores[d] = Double.MIN_VALUE;
				}
			}
		}
		// the best k so far, worst last
		int[] best = new int[k];
		double[] bestScores = new double[k];
		int size = 0;
		for (int t = 0; t < n; t++) {
			int d = this.touched[t];
			double s = this.scores[d];
			this.scores[d] = 0;
			if (d == self || s <= Double.MIN_VALUE) {
				continue;
			}
			if (size == k && !better(s, d, bestScores[k - 1], best[k - 1])) {
				continue;
			}
			int at = size < k ? size++ : k - 1;
			while (at > 0 && better(s, d, bestScores[at - 1], best[at - 1])) {
				best[at] = best[at - 1];
				bestScores[at] = bestScores[at - 1];
				at--;
			}
			best[at] = d;
			bestScores[at] = s;
		}
		List<Neighbour> result = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			result.add(new Neighbour(best[i], bestScores[i]));
		}
		return result;
	}

	private static boolean better(double score, int doc, double otherScore, int otherDoc) {
		return score > otherScore || (score == otherScore && doc < otherDoc);
	}

	/**
	 * A neighbour and its cosine.
	 *
	 * @param index position in the vectors given
	 * @param score cosine
	 */
	record Neighbour(int index, double score) {
	}

}
