package org.ipgraph.partners;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a scored pair into what a user reads: the score's components and the graph facts
 * behind it (shared patents, citations, CPC codes, people, common partners) with paths
 * written in the graph's own keys. Only the facts the profiles knew are used.
 */
final class Explainer {

	static final int LIMIT = 10;

	private final Profiles profiles;

	private final PartnerGraph g;

	Explainer(Profiles profiles) {
		this.profiles = profiles;
		this.g = profiles.graph;
	}

	PartnerCandidate candidate(int rank, int requester, PartnerScorer.Scored scored, LinearModel model) {
		return new PartnerCandidate(rank, OrganizationRef.of(this.profiles, scored.candidate()),
				round(LinearModel.probability(scored.logit())), round(scored.logit()),
				components(model, scored.features(), Feature.descriptions()), evidence(requester, scored.candidate()));
	}

	static List<ScoreComponent> components(LinearModel model, double[] x, List<String> meanings) {
		double[] c = model.contributions(x);
		List<ScoreComponent> components = new ArrayList<>();
		for (int i = 0; i < x.length; i++) {
			components.add(new ScoreComponent(model.features().get(i), round(x[i]), round(c[i]), meanings.get(i)));
		}
		components.sort(Comparator.comparingDouble((ScoreComponent s) -> -Math.abs(s.contribution())));
		return components;
	}

	private static final long[] EMPTY = {};

	/** What the evidence reads of the last requester, worked out once per request. */
	private Requester last;

	/**
	 * The requester's CPC codes with their counts, and per other organization, in the
	 * order of the requester's patents and their citations, the patents it co-owns with
	 * the requester (patent, -1) and the requester's citations of its patents (patent,
	 * cited), its names that are not common (by key), its collaborators (by position),
	 * its patents and (by position) the codes it has: what {@link #evidence} reads for
	 * every candidate of a page.
	 */
	private record Requester(int org, Map<Integer, Integer> codes, Map<Integer, long[]> byOwner, Integer[] names,
			Integer[] collaborators, BitSet patents, boolean[] hasCode) {
	}

	private Requester requester(int a) {
		Requester r = this.last;
		if (r != null && r.org() == a) {
			return r;
		}
		Map<Integer, Integer> codes = new HashMap<>();
		Map<Integer, List<Long>> events = new HashMap<>();
		for (int p : this.g.orgPatents[a]) {
			if (!this.profiles.counts(p)) {
				continue;
			}
			for (int c : this.g.patentCodes[p]) {
				codes.merge(c, 1, Integer::sum);
			}
			for (int o : this.g.patentOwners[p]) {
				events.computeIfAbsent(o, k -> new ArrayList<>()).add((long) p << 32);
			}
			for (int q : this.g.patentCites[p]) {
				if (this.profiles.counts(q)) {
					for (int o : this.g.patentOwners[q]) {
						events.computeIfAbsent(o, k -> new ArrayList<>()).add((long) p << 32 | (q + 1));
					}
				}
			}
		}
		Map<Integer, long[]> byOwner = new HashMap<>();
		events.forEach((o, list) -> byOwner.put(o, list.stream().mapToLong(Long::longValue).toArray()));
		// the requester's names that are not common, by key (ties by position), and its
		// collaborators by position: what every candidate's people and common partners
		// are filtered from
		Links links = this.profiles.links;
		Integer[] names = new TreeSet<>(links.names.get(a).keySet()).stream()
			.filter(n -> links.at(n).size() <= Links.COMMON_NAME)
			.sorted(Comparator.comparing(n -> this.g.nameKeys[n]))
			.toArray(Integer[]::new);
		Integer[] collaborators = new TreeSet<>(links.collaborators.get(a)).toArray(Integer[]::new);
		BitSet patents = new BitSet();
		for (int p : this.g.orgPatents[a]) {
			patents.set(p);
		}
		boolean[] hasCode = new boolean[codes.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
		codes.keySet().forEach(c -> hasCode[c] = true);
		r = new Requester(a, codes, byOwner, names, collaborators, patents, hasCode);
		this.last = r;
		return r;
	}

	Evidence evidence(int a, int b) {
		Paths paths = new Paths();
		List<String> shared = new ArrayList<>();
		List<String> citations = new ArrayList<>();
		Set<String> ended = new TreeSet<>();
		Requester side = requester(a);
		Map<Integer, Integer> codesA = side.codes();
		for (long event : side.byOwner().getOrDefault(b, EMPTY)) {
			int p = (int) (event >>> 32);
			int q = (int) event - 1;
			if (q < 0) {
				shared.add(this.g.patentNumbers[p]);
				ended(p, ended);
				paths.add("co-owned", "(%s)-[:OWNS]->(%s)<-[:OWNS]-(%s)", id(a), this.g.patentNumbers[p], id(b));
			}
			else if (citations.size() < LIMIT) {
				citations.add(this.g.patentNumbers[p] + " -> " + this.g.patentNumbers[q]);
				ended(p, ended);
				ended(q, ended);
				paths.add("cites", "(%s)-[:OWNS]->(%s)-[:CITES]->(%s)<-[:OWNS]-(%s)", id(a), this.g.patentNumbers[p],
						this.g.patentNumbers[q], id(b));
			}
		}
		// the candidate's codes are counted where the requester has the code too (the
		// only ones compared), and its citations checked against the requester's patents
		// first (the other conditions after: the same citations)
		Map<Integer, Integer> codesB = new HashMap<>();
		for (int q : this.g.orgPatents[b]) {
			if (!this.profiles.counts(q)) {
				continue;
			}
			for (int c : this.g.patentCodes[q]) {
				if (c < side.hasCode().length && side.hasCode()[c]) {
					codesB.merge(c, 1, Integer::sum);
				}
			}
			for (int p : this.g.patentCites[q]) {
				if (side.patents().get(p) && citations.size() < 2 * LIMIT && this.profiles.counts(p) && owns(a, p)) {
					citations.add(this.g.patentNumbers[q] + " -> " + this.g.patentNumbers[p]);
					ended(p, ended);
					ended(q, ended);
					paths.add("cited-by", "(%s)-[:OWNS]->(%s)<-[:CITES]-(%s)<-[:OWNS]-(%s)", id(a),
							this.g.patentNumbers[p], this.g.patentNumbers[q], id(b));
				}
			}
		}
		List<Integer> codes = codesA.keySet()
			.stream()
			.filter(codesB::containsKey)
			.sorted(Comparator.comparingInt((Integer c) -> -Math.min(codesA.get(c), codesB.get(c)))
				.thenComparing(c -> this.g.codes[c]))
			.limit(LIMIT)
			.toList();
		List<Evidence.CoInventor> people = people(a, b, paths);
		List<String> common = Arrays.stream(side.collaborators())
			.filter(this.profiles.links.collaborators.get(b)::contains)
			.map(this::id)
			.sorted()
			.limit(LIMIT)
			.toList();
		for (String z : common) {
			int zi = this.g.organization(z);
			int p = coOwned(a, zi);
			int q = coOwned(b, zi);
			if (p >= 0 && q >= 0) {
				paths.add("common-partner", "(%s)-[:OWNS]->(%s)<-[:OWNS]-(%s)-[:OWNS]->(%s)<-[:OWNS]-(%s)", id(a),
						this.g.patentNumbers[p], z, this.g.patentNumbers[q], id(b));
			}
		}
		List<String> declared = new ArrayList<>();
		for (int at : PartnerCandidates.of(this.profiles).relations(a)) {
			PartnerGraph.Relation r = this.g.relations.get(at);
			if (this.profiles.knownYear(r.year()) && (r.a() == a && r.b() == b || r.a() == b && r.b() == a)) {
				declared.add(r.type() + (r.year() == PartnerGraph.UNDATED ? "" : " " + r.year()));
				paths.add("declared", "(%s)-[:%s]->(%s)", id(r.a()), r.type(), id(r.b()));
			}
		}
		if (!codes.isEmpty()) {
			int c = codes.get(0);
			paths.add("cpc", "(%s)-[:OWNS]->(%s)-[:CLASSIFIED_AS]->(%s)<-[:CLASSIFIED_AS]-(%s)<-[:OWNS]-(%s)", id(a),
					firstWith(a, c), this.g.codes[c], firstWith(b, c), id(b));
		}
		boolean existing = !shared.isEmpty() || coOwned(a, b) >= 0 || people.stream().anyMatch(p -> !p.moved());
		return new Evidence(paths.all(), shared.stream().limit(LIMIT).toList(), citations,
				codes.stream().map(c -> this.g.codes[c]).toList(), people, common, declared, existing,
				List.copyOf(ended));
	}

	private void ended(int patent, Set<String> ended) {
		if (this.profiles.ended(patent)) {
			ended.add(this.g.patentNumbers[patent]);
		}
	}

	private List<Evidence.CoInventor> people(int a, int b, Paths paths) {
		Links links = this.profiles.links;
		Map<Integer, int[]> spansB = links.names.get(b);
		List<Evidence.CoInventor> people = new ArrayList<>();
		Arrays.stream(requester(a).names()).filter(spansB::containsKey).limit(LIMIT).forEach(name -> {
			int[] sa = links.names.get(a).get(name);
			int[] sb = spansB.get(name);
			int[] pa = personAt(a, name);
			int[] pb = personAt(b, name);
			boolean moved = sa[1] < sb[0] || sb[1] < sa[0];
			String personA = pa == null ? null : this.g.personIds[pa[0]];
			String personB = pb == null ? null : this.g.personIds[pb[0]];
			people.add(new Evidence.CoInventor(this.g.nameKeys[name], personA, personB, sa[0] + "-" + sa[1],
					sb[0] + "-" + sb[1], moved));
			if (pa != null && pb != null) {
				String link = personA.equals(personB) ? "(" + personA + ")"
						: "(" + personA + ") =same name= (" + personB + ")";
				paths.add(moved ? "mobility" : "co-invention",
						"(%s)-[:OWNS]->(%s)<-[:INVENTED]-%s-[:INVENTED]->(%s)<-[:OWNS]-(%s)", id(a),
						this.g.patentNumbers[pa[1]], link, this.g.patentNumbers[pb[1]], id(b));
			}
		});
		return people;
	}

	/**
	 * A person with this name on the organization's patents, and one such patent.
	 */
	private int[] personAt(int org, int name) {
		for (int p : this.g.orgPatents[org]) {
			if (this.profiles.known(p)) {
				for (int person : this.g.patentInventors[p]) {
					if (this.g.personNames[person] == name) {
						return new int[] { person, p };
					}
				}
			}
		}
		return null;
	}

	private String firstWith(int org, int code) {
		for (int p : this.g.orgPatents[org]) {
			if (this.profiles.counts(p) && java.util.Arrays.stream(this.g.patentCodes[p]).anyMatch(c -> c == code)) {
				return this.g.patentNumbers[p];
			}
		}
		return "?";
	}

	private boolean owns(int org, int patent) {
		for (int o : this.g.patentOwners[patent]) {
			if (o == org) {
				return true;
			}
		}
		return false;
	}

	private String id(int org) {
		return this.g.orgIds[org];
	}

	private int coOwned(int a, int z) {
		for (int p : this.g.orgPatents[a]) {
			if (this.profiles.known(p) && owns(z, p)) {
				return p;
			}
		}
		return -1;
	}

	static double round(double v) {
		return Math.round(v * 10000) / 10000.0;
	}

	/**
	 * Paths by kind, at most two of each, so that one kind of evidence does not hide the
	 * others.
	 */
	private static final class Paths {

		private final Map<String, List<String>> byKind = new java.util.LinkedHashMap<>();

		void add(String kind, String format, Object... args) {
			List<String> list = this.byKind.computeIfAbsent(kind, k -> new ArrayList<>());
			if (list.size() < 2) {
				list.add(String.format(java.util.Locale.ROOT, format, args));
			}
		}

		List<String> all() {
			return this.byKind.values().stream().flatMap(List::stream).toList();
		}

	}

}
