package org.ipgraph.nlp.training;

import java.util.Map;
import java.util.TreeMap;

/**
 * True and false positives and false negatives, per key (entity type, system).
 */
final class Counts {

	private final Map<String, int[]> counts = new TreeMap<>();

	void tp(String key, int n) {
		get(key)[0] += n;
	}

	void fp(String key, int n) {
		get(key)[1] += n;
	}

	void fn(String key, int n) {
		get(key)[2] += n;
	}

	/**
	 * Whether anything was counted under the key (also a zero, marking a type as
	 * annotated).
	 */
	boolean has(String key) {
		return this.counts.containsKey(key);
	}

	private int[] get(String key) {
		return this.counts.computeIfAbsent(key, k -> new int[3]);
	}

	Prf prf(String key) {
		int[] c = get(key);
		return Prf.of(c[0], c[1], c[2]);
	}

	Map<String, Prf> all() {
		Map<String, Prf> out = new TreeMap<>();
		this.counts.forEach((k, c) -> out.put(k, Prf.of(c[0], c[1], c[2])));
		return out;
	}

	Prf total() {
		int[] t = new int[3];
		this.counts.values().forEach(c -> {
			t[0] += c[0];
			t[1] += c[1];
			t[2] += c[2];
		});
		return Prf.of(t[0], t[1], t[2]);
	}

}
