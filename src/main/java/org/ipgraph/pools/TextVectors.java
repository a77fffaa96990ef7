package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.similarity.SparseVector;
import org.ipgraph.similarity.TfIdf;

/**
 * TF-IDF vectors of the scope's texts, and their residuals: each vector minus the
 * centroid of its main CPC subgroup in the scope, negative weights dropped, renormalized.
 * Two patents of one subgroup read alike because they solve the same sub-problem
 * (substitutes or competitors); the residual keeps what they share beyond that, such as
 * the vocabulary of a standard that patents of different subgroups (complements) have in
 * common.
 */
final class TextVectors {

	/** Subgroups with fewer patents in scope have no meaningful centroid. */
	static final int MIN_CLASS_SIZE = 3;

	private final TfIdf model;

	private final List<SparseVector> vectors;

	private final List<SparseVector> residuals;

	private TextVectors(TfIdf model, List<SparseVector> vectors, List<SparseVector> residuals) {
		this.model = model;
		this.vectors = vectors;
		this.residuals = residuals;
	}

	/**
	 * Vectors of the texts, and residuals against their classes (null for none).
	 */
	static TextVectors of(List<String> texts, List<String> classes) {
		TfIdf model = TfIdf.fit(texts, 2);
		List<SparseVector> vectors = texts.stream().map(model::vector).toList();
		Map<String, Map<Integer, Double>> sums = new HashMap<>();
		Map<String, Integer> sizes = new HashMap<>();
		for (int i = 0; i < vectors.size(); i++) {
			String c = classes.get(i);
			if (c != null) {
				sizes.merge(c, 1, Integer::sum);
				add(sums.computeIfAbsent(c, k -> new HashMap<>()), vectors.get(i), 1);
			}
		}
		List<SparseVector> residuals = new ArrayList<>(vectors.size());
		for (int i = 0; i < vectors.size(); i++) {
			String c = classes.get(i);
			if (c == null || sizes.get(c) < MIN_CLASS_SIZE) {
				residuals.add(vectors.get(i));
				continue;
			}
			// Only the patent's own terms can stay positive, so the class's other terms
			// need not be visited
			SparseVector v = vectors.get(i);
			Map<Integer, Double> classSum = sums.get(c);
			int size = sizes.get(c);
			Map<Integer, Double> r = new HashMap<>();
			for (int k = 0; k < v.indices().length; k++) {
				double w = (double) v.values()[k] - classSum.get(v.indices()[k]) / size;
				if (w > 1e-9) {
					r.put(v.indices()[k], w);
				}
			}
			residuals.add(SparseVector.of(r).normalized());
		}
		return new TextVectors(model, vectors, residuals);
	}

	private static void add(Map<Integer, Double> target, SparseVector v, double factor) {
		for (int i = 0; i < v.indices().length; i++) {
			target.merge(v.indices()[i], factor * v.values()[i], Double::sum);
		}
	}

	SparseVector vector(int i) {
		return this.vectors.get(i);
	}

	SparseVector residual(int i) {
		return this.residuals.get(i);
	}

	SparseVector vector(String text) {
		return this.model.vector(text);
	}

	String[] terms() {
		return this.model.termsById();
	}

}
