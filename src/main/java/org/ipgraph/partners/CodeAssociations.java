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

	/** The main groups by position, as the graph counted had them. */
	private final String[] mainGroups;

	private CodeAssociations(List<Map<Integer, Double>> npmi, String[] mainGroups) {
		this.npmi = npmi;
		this.mainGroups = mainGroups;
	}

	/**
	 * The same associations for another graph's main-group positions (itself when they
	 * start alike, as an increment's do: main groups new since have none), for an
	 * increment or a whole build that keeps them.
	 */
	CodeAssociations on(PartnerGraph graph) {
		String[] keys = graph.mainGroups;
		boolean prefix = keys.length >= this.mainGroups.length;
		for (int i = 0; prefix && i < this.mainGroups.length; i++) {
			prefix = keys[i].equals(this.mainGroups[i]);
		}
		if (prefix) {
			return this;
		}
		Map<String, Integer> at = new HashMap<>();
		for (int i = 0; i < keys.length; i++) {
			at.put(keys[i], i);
		}
		List<Map<Integer, Double>> npmi = new ArrayList<>(keys.length);
		for (int i = 0; i < keys.length; i++) {
			npmi.add(new HashMap<>());
		}
		for (int a = 0; a < this.npmi.size(); a++) {
			Integer to = at.get(this.mainGroups[a]);
			if (to == null) {
				continue;
			}
			this.npmi.get(a).forEach((b, v) -> {
				Integer other = at.get(this.mainGroups[b]);
				if (other != null) {
					npmi.get(to).put(other, v);
				}
			});
		}
		return new CodeAssociations(npmi, keys);
	}

	CodeAssociations(Profiles profiles) {
		PartnerGraph g = profiles.graph;
		this.mainGroups = g.mainGroups;
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
			if (groups.indices()[i] >= this.npmi.size()) {
				continue;
			}
			this.npmi.get(groups.indices()[i]).forEach((j, v) -> out.merge(j, share * v, Double::sum));
		}
		for (int i : groups.indices()) {
			out.remove(i);
		}
		return SparseVector.of(out);
	}

	double between(int a, int b) {
		return a < this.npmi.size() ? this.npmi.get(a).getOrDefault(b, 0.0) : 0.0;
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
