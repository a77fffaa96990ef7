package org.ipgraph.partners;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.similarity.SparseVector;

/**
 * How strongly two CPC main groups go together: the positive normalized pointwise mutual
 * information of their co-classification on one patent or across a citation. Technologies
 * that are combined without being the same (a drone airframe and its battery) score high;
 * that is what complementary portfolios share.
 */
final class CodeAssociations implements Serializable {

	private final List<Map<Integer, Double>> npmi;

	CodeAssociations(Profiles profiles) {
		PartnerGraph g = profiles.graph;
		int size = g.mainGroups.length;
		int[] count = new int[size];
		Map<Long, Integer> pairs = new HashMap<>();
		long events = 0;
		for (int p = 0; p < g.patents(); p++) {
			if (!profiles.known(p)) {
				continue;
			}
			int[] own = mainGroups(g, p);
			events++;
			for (int c : own) {
				count[c]++;
			}
			for (int i = 0; i < own.length; i++) {
				for (int j = i + 1; j < own.length; j++) {
					count(pairs, own[i], own[j]);
				}
			}
			for (int q : g.patentCites[p]) {
				if (profiles.known(q)) {
					for (int a : own) {
						for (int b : mainGroups(g, q)) {
							count(pairs, a, b);
						}
					}
				}
			}
		}
		this.npmi = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			this.npmi.add(new HashMap<>());
		}
		double n = Math.max(1, events);
		for (Map.Entry<Long, Integer> e : pairs.entrySet()) {
			int a = (int) (e.getKey() >>> 32);
			int b = (int) (long) e.getKey();
			double pab = Math.min(1, e.getValue() / n);
			double pa = count[a] / n;
			double pb = count[b] / n;
			if (pab >= 1 || pa == 0 || pb == 0) {
				continue;
			}
			double value = Math.log(pab / (pa * pb)) / -Math.log(pab);
			if (value > 0 && e.getValue() >= 2) {
				this.npmi.get(a).put(b, value);
				this.npmi.get(b).put(a, value);
			}
		}
	}

	/**
	 * What an organization's main-group distribution points to elsewhere: for each other
	 * main group, the association with the organization's groups, weighted by their
	 * shares, leaving out the groups it already works in (those are overlap, not
	 * complement).
	 */
	SparseVector complementOf(SparseVector groups) {
		Map<Integer, Double> out = new HashMap<>();
		for (int i = 0; i < groups.indices().length; i++) {
			double share = groups.values()[i];
			this.npmi.get(groups.indices()[i]).forEach((j, v) -> out.merge(j, share * v, Double::sum));
		}
		for (int i : groups.indices()) {
			out.remove(i);
		}
		return SparseVector.of(out);
	}

	double between(int a, int b) {
		return this.npmi.get(a).getOrDefault(b, 0.0);
	}

	private static int[] mainGroups(PartnerGraph g, int patent) {
		return java.util.Arrays.stream(g.patentCodes[patent]).map(c -> g.codeMainGroup[c]).distinct().toArray();
	}

	private static void count(Map<Long, Integer> pairs, int a, int b) {
		if (a != b) {
			pairs.merge(((long) Math.min(a, b) << 32) | Math.max(a, b), 1, Integer::sum);
		}
	}

}
