package org.ipgraph.partners;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

import org.ipgraph.similarity.SparseVector;
import org.ipgraph.similarity.VectorIndex;

/**
 * Cosine nearest neighbours over L2-normalized sparse vectors, kept compact: one inverted
 * index in primitive arrays (per term, the documents and their weights), so that a query
 * only touches documents sharing a term with it and adds their scores in a dense array
 * rather than a map. About eight bytes per non-zero weight, whatever the number of
 * documents; immutable once built, safe for concurrent queries. Answers as
 * {@link VectorIndex} does (best first, ties in the order documents were added).
 */
final class TextIndex implements Serializable {

	/**
	 * The serialized form of the snapshot written before the query budget was added: the
	 * fields are the same.
	 */
	private static final long serialVersionUID = -4668937697778194935L;

	/**
	 * Postings a query reads at most (issue 11). When its terms' posting lists hold more,
	 * the query reads its heaviest terms first and leaves out the lists that would pass
	 * the budget (in a large corpus, the commonest terms: the lightest weights); below
	 * the budget, every term is read and the answer is exact.
	 */
	static final int POSTINGS_BUDGET = 200_000;

	private final int[] keys;

	/** Per term, where its postings start in {@link #docs}; one more entry at the end. */
	private final int[] termStart;

	private final int[] docs;

	private final float[] weights;

	private TextIndex(int[] keys, int[] termStart, int[] docs, float[] weights) {
		this.keys = keys;
		this.termStart = termStart;
		this.docs = docs;
		this.weights = weights;
	}

	/**
	 * Indexes the documents in the order of their keys.
	 * @param vocabulary the number of terms (term ids are below it)
	 * @param keys the key of each document
	 * @param vectors the vector of each document
	 */
	static TextIndex of(int vocabulary, int[] keys, java.util.function.IntFunction<SparseVector> vectors) {
		int[] counts = new int[vocabulary + 1];
		for (int d = 0; d < keys.length; d++) {
			for (int t : vectors.apply(keys[d]).indices()) {
				counts[t + 1]++;
			}
		}
		for (int t = 0; t < vocabulary; t++) {
			counts[t + 1] += counts[t];
		}
		int[] next = java.util.Arrays.copyOf(counts, vocabulary);
		int[] docs = new int[counts[vocabulary]];
		float[] weights = new float[counts[vocabulary]];
		for (int d = 0; d < keys.length; d++) {
			SparseVector v = vectors.apply(keys[d]);
			for (int i = 0; i < v.indices().length; i++) {
				int at = next[v.indices()[i]]++;
				docs[at] = d;
				weights[at] = v.values()[i];
			}
		}
		return new TextIndex(keys.clone(), counts, docs, weights);
	}

	int size() {
		return this.keys.length;
	}

	/**
	 * The k most similar documents with a positive score, best first, ties broken by the
	 * order the documents were added.
	 */
	List<VectorIndex.Scored<Integer>> nearest(SparseVector query, int k) {
		return nearest(query, k, POSTINGS_BUDGET);
	}

	/**
	 * As {@link #nearest(SparseVector, int)}, reading at most {@code budget} postings
	 * (see {@link #POSTINGS_BUDGET}).
	 */
	List<VectorIndex.Scored<Integer>> nearest(SparseVector query, int k, int budget) {
		return nearest(query, k, budget, null);
	}

	/**
	 * The k most similar documents of {@code base} but the keys {@code replaced} marks
	 * and of {@code added} (each read within the budget), best first, ties by key: an
	 * index an increment patched, whose replaced or new documents sit in a second, small
	 * index rather than in a rebuilt one.
	 */
	static List<VectorIndex.Scored<Integer>> nearest(TextIndex base, java.util.BitSet replaced, TextIndex added,
			SparseVector query, int k) {
		List<VectorIndex.Scored<Integer>> all = new ArrayList<>(base.nearest(query, k, POSTINGS_BUDGET, replaced));
		all.addAll(added.nearest(query, k, POSTINGS_BUDGET, null));
		all.sort(java.util.Comparator.comparingDouble((VectorIndex.Scored<Integer> s) -> -s.score())
			.thenComparing(VectorIndex.Scored::key));
		return all.size() > k ? List.copyOf(all.subList(0, k)) : all;
	}

	private List<VectorIndex.Scored<Integer>> nearest(SparseVector query, int k, int budget,
			java.util.BitSet excluded) {
		double[] scores = new double[this.keys.length];
		int[] touched = new int[Math.min(this.keys.length, 1024)];
		int size = 0;
		boolean[] read = termsRead(query, budget);
		for (int i = 0; i < query.indices().length; i++) {
			int t = query.indices()[i];
			if (!read[i]) {
				continue;
			}
			double q = query.values()[i];
			for (int at = this.termStart[t]; at < this.termStart[t + 1]; at++) {
				double product = q * this.weights[at];
				if (product == 0) {
					continue;
				}
				int d = this.docs[at];
				if (excluded != null && excluded.get(this.keys[d])) {
					continue;
				}
				if (scores[d] == 0) {
					if (size == touched.length) {
						touched = java.util.Arrays.copyOf(touched, Math.min(this.keys.length, size * 2));
					}
					touched[size++] = d;
				}
				scores[d] += product;
			}
		}
		// worst on top: the lower score, or on a tie the later document
		PriorityQueue<Integer> top = new PriorityQueue<>(k + 1,
				(a, b) -> scores[a] != scores[b] ? Double.compare(scores[a], scores[b]) : Integer.compare(b, a));
		for (int i = 0; i < size; i++) {
			int d = touched[i];
			if (scores[d] <= 0) {
				continue;
			}
			if (top.size() < k) {
				top.add(d);
			}
			else if (k > 0 && better(scores, d, top.peek())) {
				top.poll();
				top.add(d);
			}
		}
		List<VectorIndex.Scored<Integer>> result = new ArrayList<>(top.size());
		while (!top.isEmpty()) {
			int d = top.poll();
			result.add(new VectorIndex.Scored<>(this.keys[d], scores[d]));
		}
		java.util.Collections.reverse(result);
		return result;
	}

	/**
	 * Which of the query's terms are read: all of them when their postings fit the
	 * budget, else the heaviest first (ties by term) as long as they fit, the first
	 * always.
	 */
	private boolean[] termsRead(SparseVector query, int budget) {
		int vocabulary = this.termStart.length - 1;
		int[] terms = query.indices();
		boolean[] read = new boolean[terms.length];
		long total = 0;
		for (int i = 0; i < terms.length; i++) {
			if (terms[i] >= 0 && terms[i] < vocabulary) {
				read[i] = true;
				total += postings(terms[i]);
			}
		}
		if (total <= budget) {
			return read;
		}
		Integer[] order = new Integer[terms.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, java.util.Comparator.comparingDouble((Integer i) -> -Math.abs(query.values()[i]))
			.thenComparingInt(i -> terms[i]));
		long sum = 0;
		for (int i : order) {
			if (!read[i]) {
				continue;
			}
			int n = postings(terms[i]);
			read[i] = sum == 0 || sum + n <= budget;
			if (read[i]) {
				sum += n;
			}
		}
		return read;
	}

	private int postings(int term) {
		return this.termStart[term + 1] - this.termStart[term];
	}

	private static boolean better(double[] scores, int d, int than) {
		return scores[d] > scores[than] || scores[d] == scores[than] && d < than;
	}

}
