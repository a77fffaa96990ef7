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

	/** Name key to the organizations it appears at (in position order). */
	private final Map<Integer, List<Integer>> namesAt;

	/**
	 * Name keys whose organizations increments changed, to the organizations now: they
	 * replace {@link #namesAt}'s entries, which increments share rather than copy.
	 */
	private final Map<Integer, List<Integer>> namesChanged;

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
		this.namesChanged = Map.of();
		this.declared = sets(orgs);
		this.collaborators = sets(orgs);
		Map<Integer, List<PartnerGraph.Affiliation>> affiliated = affiliated(g);
		for (int o = 0; o < orgs; o++) {
			row(profiles, o, affiliated);
		}
		for (int o = 0; o < orgs; o++) {
			for (int name : this.names.get(o).keySet()) {
				this.namesAt.computeIfAbsent(name, n -> new ArrayList<>()).add(o);
			}
		}
		for (int o = 0; o < orgs; o++) {
			this.collaborators.set(o, collaborators(o));
		}
		declare(profiles, this.declared);
		this.group = groups(g);
	}

	/**
	 * The links of a previous graph's profiles, for an increment's graph whose changed
	 * patents are owned (before or after) by {@code touched}: the rows of these
	 * organizations (citations, co-ownership, people) are computed again from their
	 * patents and affiliations, every other row is shared; the organizations at a name
	 * key whose organizations changed, and the collaborators of the organizations there,
	 * are worked out again; declared relations and corporate groups (a few per
	 * organization) are computed whole.
	 * @param previous the previous profiles' links
	 * @param profiles the increment's profiles (of the present)
	 * @param touched the organizations whose rows change, new ones included
	 */
	Links(Links previous, Profiles profiles, int[] touched) {
		PartnerGraph g = profiles.graph;
		int orgs = g.organizations();
		this.citesOut = extended(previous.citesOut, orgs, HashMap::new);
		this.coOwned = extended(previous.coOwned, orgs, HashMap::new);
		this.names = extended(previous.names, orgs, HashMap::new);
		this.collaborators = extended(previous.collaborators, orgs, HashSet::new);
		Map<Integer, List<PartnerGraph.Affiliation>> affiliated = affiliated(g);
		Set<Integer> names = new HashSet<>();
		for (int a : touched) {
			names.addAll(previous.names.size() > a ? previous.names.get(a).keySet() : Set.of());
			row(profiles, a, affiliated);
			names.addAll(this.names.get(a).keySet());
		}
		// the organizations at each name key of the touched organizations, before and now
		Set<Integer> isTouched = new HashSet<>();
		for (int a : touched) {
			isTouched.add(a);
		}
		Map<Integer, List<Integer>> touchedAt = new HashMap<>();
		for (int a : touched) {
			for (int name : this.names.get(a).keySet()) {
				touchedAt.computeIfAbsent(name, n -> new ArrayList<>()).add(a);
			}
		}
		this.namesAt = previous.namesAt;
		Map<Integer, List<Integer>> changed = new HashMap<>(previous.namesChanged);
		Set<Integer> again = new HashSet<>(isTouched);
		for (int name : names) {
			List<Integer> before = previous.at(name);
			java.util.TreeSet<Integer> now = new java.util.TreeSet<>();
			for (int o : before) {
				if (!isTouched.contains(o)) {
					now.add(o);
				}
			}
			now.addAll(touchedAt.getOrDefault(name, List.of()));
			List<Integer> at = List.copyOf(now);
			if (!at.equals(before)) {
				changed.put(name, at);
				again.addAll(before);
				again.addAll(at);
			}
		}
		this.namesChanged = changed;
		for (int a : again) {
			this.collaborators.set(a, collaborators(a));
		}
		this.declared = sets(orgs);
		declare(profiles, this.declared);
		this.group = groups(g);
	}

	/**
	 * An organization's row: citations from its patents to each other organization's,
	 * co-owned patents, and the first and last year of each name key on its patents or
	 * its affiliations.
	 */
	private void row(Profiles profiles, int a, Map<Integer, List<PartnerGraph.Affiliation>> affiliated) {
		PartnerGraph g = profiles.graph;
		Map<Integer, Integer> cites = new HashMap<>();
		Map<Integer, Integer> coOwned = new HashMap<>();
		this.names.set(a, new HashMap<>());
		for (int p : g.orgPatents[a]) {
			if (!profiles.known(p)) {
				continue;
			}
			int year = g.patentYears[p];
			for (int b : g.patentOwners[p]) {
				if (b != a) {
					coOwned.merge(b, 1, Integer::sum);
				}
			}
			for (int person : g.patentInventors[p]) {
				span(a, g.personNames[person], year, year);
			}
			for (int q : g.patentCites[p]) {
				if (profiles.known(q)) {
					for (int b : g.patentOwners[q]) {
						if (b != a) {
							cites.merge(b, 1, Integer::sum);
						}
					}
				}
			}
		}
		for (PartnerGraph.Affiliation x : affiliated.getOrDefault(a, List.of())) {
			if (profiles.knownYear(x.from())) {
				span(a, x.name(), x.from(), profiles.knownYear(x.to()) ? x.to() : x.from());
			}
		}
		this.citesOut.set(a, cites);
		this.coOwned.set(a, coOwned);
	}

	/**
	 * An organization's collaborators: its co-owners, and the organizations sharing a
	 * name key seen at two to {@value #COMMON_NAME} organizations.
	 */
	private Set<Integer> collaborators(int a) {
		Set<Integer> with = new HashSet<>(this.coOwned.get(a).keySet());
		for (int name : this.names.get(a).keySet()) {
			List<Integer> at = at(name);
			if (at.size() > 1 && at.size() <= COMMON_NAME) {
				for (int b : at) {
					if (b != a) {
						with.add(b);
					}
				}
			}
		}
		return with;
	}

	private static Map<Integer, List<PartnerGraph.Affiliation>> affiliated(PartnerGraph g) {
		Map<Integer, List<PartnerGraph.Affiliation>> affiliated = new HashMap<>();
		for (PartnerGraph.Affiliation a : g.affiliations) {
			affiliated.computeIfAbsent(a.org(), o -> new ArrayList<>()).add(a);
		}
		return affiliated;
	}

	/**
	 * The organizations a name key appears at, in position order.
	 */
	List<Integer> at(int name) {
		List<Integer> at = this.namesChanged.isEmpty() ? null : this.namesChanged.get(name);
		return at != null ? at : this.namesAt.getOrDefault(name, List.of());
	}

	private static void declare(Profiles profiles, List<Set<Integer>> declared) {
		for (PartnerGraph.Relation r : profiles.graph.relations) {
			if (profiles.knownYear(r.year()) && r.a() != r.b()) {
				declared.get(r.a()).add(r.b());
				declared.get(r.b()).add(r.a());
			}
		}
	}

	private static <T> List<T> extended(List<T> rows, int size, java.util.function.Supplier<T> empty) {
		List<T> all = new ArrayList<>(size);
		all.addAll(rows);
		while (all.size() < size) {
			all.add(empty.get());
		}
		return all;
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
