package org.ipgraph.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * Cosine nearest neighbours over normalized sparse vectors, with an inverted index so
 * that a query only touches documents sharing a term with it.
 *
 * @param <K> document key
 */
public final class VectorIndex<K> {

	private final List<K> keys = new ArrayList<>();

	private final List<SparseVector> vectors = new ArrayList<>();

	private final Map<Integer, List<int[]>> postings = new HashMap<>();

	private final Map<Integer, float[]> postingWeights = new HashMap<>();

	private boolean frozen;

	/**
	 * Adds a document; vectors must be L2-normalized.
	 */
	public void add(K key, SparseVector vector) {
		if (this.frozen) {
			throw new IllegalStateException("index is frozen");
		}
		int doc = this.keys.size();
		this.keys.add(key);
		this.vectors.add(vector);
		for (int i = 0; i < vector.indices().length; i++) {
			this.postings.computeIfAbsent(vector.indices()[i], t -> new ArrayList<>())
				.add(new int[] { doc, Float.floatToIntBits(vector.values()[i]) });
		}
	}

	public int size() {
		return this.keys.size();
	}

	public K key(int doc) {
		return this.keys.get(doc);
	}

	public SparseVector vector(int doc) {
		return this.vectors.get(doc);
	}

	/**
	 * The k most similar documents with a positive score that pass the filter, best
	 * first, ties broken by insertion order so results are deterministic.
	 */
	public List<Scored<K>> nearest(SparseVector query, int k, Predicate<K> filter) {
		this.frozen = true;
		if (k <= 0) {
			return List.of();
		}
		// a dense accumulator and the documents touched, in the order first touched: the
		// same sums as a map per query, without boxing every partial score
		double[] scores = new double[this.keys.size()];
		boolean[] seen = new boolean[this.keys.size()];
		int[] touched = new int[16];
		int count = 0;
		for (int i = 0; i < query.indices().length; i++) {
			List<int[]> list = this.postings.get(query.indices()[i]);
			if (list == null) {
				continue;
			}
			float q = query.values()[i];
			for (int[] posting : list) {
				int doc = posting[0];
				if (!seen[doc]) {
					seen[doc] = true;
					if (count == touched.length) {
						touched = java.util.Arrays.copyOf(touched, count * 2);
					}
					touched[count++] = doc;
				}
				scores[doc] += (double) q * Float.intBitsToFloat(posting[1]);
			}
		}
		if (k == 1) {
			// the best alone (most of the callers): no queue, nothing boxed; the same
			// choice as the queue, a higher score first, then the earlier document
			int best = -1;
			for (int t = 0; t < count; t++) {
				int doc = touched[t];
				double score = scores[doc];
				if (score <= 0 || (best >= 0 && !(score > scores[best] || (score == scores[best] && doc < best)))
						|| !filter.test(this.keys.get(doc))) {
					continue;
				}
				best = doc;
			}
			return best < 0 ? List.of() : List.of(new Scored<>(this.keys.get(best), scores[best]));
		}
		Comparator<Map.Entry<Integer, Double>> worstFirst = Map.Entry.<Integer, Double>comparingByValue()
			.thenComparing(Map.Entry.<Integer, Double>comparingByKey().reversed());
		PriorityQueue<Map.Entry<Integer, Double>> top = new PriorityQueue<>(worstFirst);
		for (int t = 0; t < count; t++) {
			int doc = touched[t];
			double score = scores[doc];
			if (score <= 0 || (top.size() == k && notBetter(doc, score, top.peek()))
					|| !filter.test(this.keys.get(doc))) {
				continue;
			}
			top.add(Map.entry(doc, score));
			if (top.size() > k) {
				top.poll();
			}
		}
		List<Scored<K>> result = new ArrayList<>(top.size());
		while (!top.isEmpty()) {
			var e = top.poll();
			result.add(0, new Scored<>(this.keys.get(e.getKey()), e.getValue()));
		}
		return result;
	}

	// whether (doc, score) ranks at or below the entry: a lower score, or the same score
	// and a later document
	private static boolean notBetter(int doc, double score, Map.Entry<Integer, Double> worst) {
		double other = worst.getValue();
		return score < other || (score == other && doc > worst.getKey());
	}

	/**
	 * A key with its similarity.
	 *
	 * @param key document key
	 * @param score cosine similarity
	 * @param <K> key type
	 */
	public record Scored<K>(K key, double score) {
	}

}
