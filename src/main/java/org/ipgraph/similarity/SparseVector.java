package org.ipgraph.similarity;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A sparse vector with sorted indices. Vectors made by {@link TfIdf} are L2-normalized,
 * so their dot product is their cosine.
 *
 * @param indices term ids, ascending
 * @param values weights
 */
public record SparseVector(int[] indices, float[] values) implements Serializable {

	public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

	public static SparseVector of(Map<Integer, ? extends Number> weights) {
		int[] indices = weights.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
		float[] values = new float[indices.length];
		for (int i = 0; i < indices.length; i++) {
			values[i] = weights.get(indices[i]).floatValue();
		}
		return new SparseVector(indices, values);
	}

	public double dot(SparseVector other) {
		double sum = 0;
		int i = 0;
		int j = 0;
		while (i < this.indices.length && j < other.indices.length) {
			if (this.indices[i] == other.indices[j]) {
				sum += (double) this.values[i++] * other.values[j++];
			}
			else if (this.indices[i] < other.indices[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return sum;
	}

	/**
	 * The dimensions both vectors weigh, largest product of weights first, ties in the
	 * order of their keys: for explanations ("shared terms").
	 * @param key what a dimension is called, e.g. its term
	 * @param limit how many at most
	 */
	public <K extends Comparable<K>> List<K> shared(SparseVector other, IntFunction<K> key, int limit) {
		Map<K, Double> products = new HashMap<>();
		int i = 0;
		int j = 0;
		while (i < this.indices.length && j < other.indices.length) {
			if (this.indices[i] == other.indices[j]) {
				products.put(key.apply(this.indices[i]), (double) this.values[i++] * other.values[j++]);
			}
			else if (this.indices[i] < other.indices[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return products.entrySet()
			.stream()
			.sorted(Map.Entry.<K, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map(Map.Entry::getKey)
			.toList();
	}

	public double norm() {
		double sum = 0;
		for (float v : this.values) {
			sum += (double) v * v;
		}
		return Math.sqrt(sum);
	}

	public double cosine(SparseVector other) {
		double n = norm() * other.norm();
		return n == 0 ? 0 : dot(other) / n;
	}

	public SparseVector normalized() {
		double n = norm();
		if (n == 0) {
			return this;
		}
		float[] scaled = new float[this.values.length];
		for (int i = 0; i < scaled.length; i++) {
			scaled[i] = (float) (this.values[i] / n);
		}
		return new SparseVector(this.indices, scaled);
	}

	public boolean isEmpty() {
		return this.indices.length == 0;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SparseVector v && Arrays.equals(this.indices, v.indices)
				&& Arrays.equals(this.values, v.values);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.indices) + Arrays.hashCode(this.values);
	}

	@Override
	public String toString() {
		return "SparseVector" + Arrays.toString(this.indices);
	}

}
