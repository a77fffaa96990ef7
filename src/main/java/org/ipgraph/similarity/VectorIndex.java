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
		Map<Integer, Double> scores = new HashMap<>();
		for (int i = 0; i < query.indices().length; i++) {
			List<int[]> list = this.postings.get(query.indices()[i]);
			if (list == null) {
				continue;
			}
			float q = query.values()[i];
			for (int[] posting : list) {
				scores.merge(posting[0], (double) q * Float.intBitsToFloat(posting[1]), Double::sum);
			}
		}
		Comparator<Map.Entry<Integer, Double>> worstFirst = Map.Entry.<Integer, Double>comparingByValue()
			.thenComparing(Map.Entry.<Integer, Double>comparingByKey().reversed());
		PriorityQueue<Map.Entry<Integer, Double>> top = new PriorityQueue<>(worstFirst);
		for (Map.Entry<Integer, Double> e : scores.entrySet()) {
			if (e.getValue() <= 0 || !filter.test(this.keys.get(e.getKey()))) {
				continue;
			}
			top.add(e);
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
