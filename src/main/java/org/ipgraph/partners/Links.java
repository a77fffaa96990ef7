package org.ipgraph.partners;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What ties organizations to each other at one moment: citations between their patents,
 * co-owned patents, people named on both sides' patents (with the years they appear at
 * each), declared partnerships and licences, the collaboration network (co-ownership or a
 * shared inventor) and the corporate groups.
 */
public final class Links implements Serializable {

	/** A name seen at more organizations than this is too common to link them. */
	static final int COMMON_NAME = 50;

	/** Citations from an organization's patents to each other organization's. */
	final List<Map<Integer, Integer>> citesOut;

	final List<Map<Integer, Integer>> coOwned;

	/** Per organization, name key to the first and last year it appears there. */
	final List<Map<Integer, int[]>> names;

	/** Name key to the organizations it appears at. */
	final Map<Integer, List<Integer>> namesAt;

	final List<Set<Integer>> declared;

	/** Co-owned a patent or shared a person. */
	final List<Set<Integer>> collaborators;

	/**
	 * Corporate group (connected through SUBSIDIARY_OF in either direction) per
	 * organization.
	 */
	final int[] group;

	Links(Profiles profiles) {
		PartnerGraph g = profiles.graph;
		int orgs = g.organizations();
		this.citesOut = maps(orgs);
		this.coOwned = maps(orgs);
		this.names = maps(orgs);
		this.namesAt = new HashMap<>();
		this.declared = sets(orgs);
		this.collaborators = sets(orgs);
		for (int p = 0; p < g.patents(); p++) {
			if (!profiles.known(p)) {
				continue;
			}
			int[] owners = g.patentOwners[p];
			int year = g.patentYears[p];
			for (int a : owners) {
				for (int b : owners) {
					if (a != b) {
						this.coOwned.get(a).merge(b, 1, Integer::sum);
						this.collaborators.get(a).add(b);
					}
				}
				for (int person : g.patentInventors[p]) {
					span(a, g.personNames[person], year, year);
				}
				for (int q : g.patentCites[p]) {
					if (profiles.known(q)) {
						for (int b : g.patentOwners[q]) {
							if (b != a) {
								this.citesOut.get(a).merge(b, 1, Integer::sum);
							}
						}
					}
				}
			}
		}
		for (PartnerGraph.Affiliation a : g.affiliations) {
			if (profiles.knownYear(a.from())) {
				span(a.org(), a.name(), a.from(), profiles.knownYear(a.to()) ? a.to() : a.from());
			}
		}
		for (int o = 0; o < orgs; o++) {
			for (int name : this.names.get(o).keySet()) {
				this.namesAt.computeIfAbsent(name, n -> new ArrayList<>()).add(o);
			}
		}
		this.namesAt.values().forEach(at -> {
			if (at.size() > 1 && at.size() <= COMMON_NAME) {
				for (int a : at) {
					for (int b : at) {
						if (a != b) {
							this.collaborators.get(a).add(b);
						}
					}
				}
			}
		});
		for (PartnerGraph.Relation r : g.relations) {
			if (profiles.knownYear(r.year()) && r.a() != r.b()) {
				this.declared.get(r.a()).add(r.b());
				this.declared.get(r.b()).add(r.a());
			}
		}
		this.group = groups(g);
	}

	int citations(int from, int to) {
		return this.citesOut.get(from).getOrDefault(to, 0);
	}

	boolean sameGroup(int a, int b) {
		return this.group[a] == this.group[b];
	}

	/**
	 * Common neighbours in the collaboration network.
	 */
	public int commonNeighbours(int a, int b) {
		Set<Integer> small = this.collaborators.get(a);
		Set<Integer> large = this.collaborators.get(b);
		if (small.size() > large.size()) {
			Set<Integer> t = small;
			small = large;
			large = t;
		}
		int n = 0;
		for (int z : small) {
			if (large.contains(z)) {
				n++;
			}
		}
		return n;
	}

	/**
	 * Adamic-Adar in the collaboration network: common neighbours weighted by 1 /
	 * log(degree).
	 */
	public double adamicAdar(int a, int b) {
		double sum = 0;
		for (int z : this.collaborators.get(a)) {
			if (this.collaborators.get(b).contains(z)) {
				sum += 1 / Math.log(Math.max(2, this.collaborators.get(z).size()));
			}
		}
		return sum;
	}

	private void span(int org, int name, int from, int to) {
		this.names.get(org)
			.merge(name, new int[] { from, to }, (x, y) -> new int[] { Math.min(x[0], y[0]), Math.max(x[1], y[1]) });
	}

	private static int[] groups(PartnerGraph g) {
		int[] parent = new int[g.organizations()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int[] edge : g.subsidiaries) {
			int a = find(parent, edge[0]);
			int b = find(parent, edge[1]);
			if (a != b) {
				parent[Math.max(a, b)] = Math.min(a, b);
			}
		}
		for (int i = 0; i < parent.length; i++) {
			parent[i] = find(parent, i);
		}
		return parent;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static <K, V> List<Map<K, V>> maps(int n) {
		List<Map<K, V>> list = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			list.add(new HashMap<>());
		}
		return list;
	}

	private static List<Set<Integer>> sets(int n) {
		List<Set<Integer>> list = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			list.add(new HashSet<>());
		}
		return list;
	}

}
