package org.ipgraph.partners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Ranks candidate partners for a requester: the organizations that pass the filters and
 * fit the role, scored by the role's model on the pair's features, best first, ties by
 * id. When the graph holds more organizations than {@code bound}, only the at most
 * {@code bound} candidates {@link PartnerCandidates} generates for the requester are
 * scored; otherwise every organization is. Pure: it sees only profiles and models.
 *
 * @param profiles the present profiles
 * @param models the models by role
 * @param bound organizations scored per request at most; 0 for every organization
 */
record PartnerScorer(Profiles profiles, PartnerModels models, int bound) {

	PartnerScorer(Profiles profiles, PartnerModels models) {
		this(profiles, models, PartnerCandidates.DEFAULT_BOUND);
	}

	/**
	 * From this many organizations scored, the requester's vectors are spread into dense
	 * arrays first ({@link PairFeatures#dense()}: the same features, faster).
	 */
	static final int DENSE_FROM = 64;

	Ranking rank(int requester, Role role, Filters filters) {
		LinearModel model = this.models.forRole(role);
		PairFeatures features = new PairFeatures(this.profiles, requester);
		Links links = this.profiles.links;
		PartnerGraph g = this.profiles.graph;
		Set<Integer> competitorGroups = new HashSet<>();
		for (int c : filters.competitors()) {
			competitorGroups.add(links.group[c]);
		}
		int organizations = this.profiles.organizations();
		boolean bounded = this.bound > 0 && organizations > this.bound;
		int[] pool = bounded
				? PartnerCandidates.of(this.profiles)
					.select(requester, role, model, features, filters, competitorGroups, this.bound)
				: IntStream.range(0, organizations).toArray();
		Set<Integer> excludedGroup = new HashSet<>();
		if (filters.excludeOwnGroup()) {
			int[] group = bounded ? PartnerCandidates.of(this.profiles).group(requester) : pool;
			for (int c : group) {
				if (c != requester && this.profiles.patentCount[c] >= Math.max(1, filters.minPatents())
						&& links.sameGroup(requester, c)) {
					excludedGroup.add(c);
				}
			}
		}
		if (pool.length > DENSE_FROM) {
			features.dense();
		}
		List<Scored> scored = new ArrayList<>();
		for (int c : pool) {
			if (c == requester || this.profiles.patentCount[c] < Math.max(1, filters.minPatents())
					|| filters.excludeOwnGroup() && links.sameGroup(requester, c)) {
				continue;
			}
			if (competitorGroups.contains(links.group[c]) || !filters.admits(g.orgKinds[c], g.orgCountries[c])) {
				continue;
			}
			double[] x = features.of(c);
			if (!role.admits(x, g.academic(c)) || filters.newOnly() && existing(x)) {
				continue;
			}
			scored.add(new Scored(c, model.logit(x), x));
		}
		scored.sort(Comparator.comparingDouble(Scored::logit).reversed().thenComparing(s -> g.orgIds[s.candidate()]));
		List<String> group = excludedGroup.stream().map(o -> g.orgIds[o]).sorted().toList();
		return new Ranking(requester, role, model, scored, group, pool.length);
	}

	static boolean existing(double[] x) {
		return x[Feature.CO_OWNERSHIP.ordinal()] > 0 || x[Feature.CO_INVENTION.ordinal()] > 0;
	}

	/**
	 * A candidate's score.
	 *
	 * @param candidate organization position
	 * @param logit the model's logit
	 * @param features the feature vector
	 */
	record Scored(int candidate, double logit, double[] features) {
	}

	/**
	 * A whole ranking.
	 *
	 * @param requester organization position
	 * @param role the role
	 * @param model the model used
	 * @param candidates best first
	 * @param excludedOwnGroup ids of the requester's group left out
	 * @param considered organizations looked at (all, or the bounded candidates)
	 */
	record Ranking(int requester, Role role, LinearModel model, List<Scored> candidates, List<String> excludedOwnGroup,
			int considered) {
	}

	/**
	 * Which candidates are admitted.
	 *
	 * @param country two-letter country, or null for any
	 * @param kind organization kind, or null for any
	 * @param minPatents minimum portfolio
	 * @param excludeOwnGroup leave out the requester's parents, subsidiaries and their
	 * relatives
	 * @param competitors organization positions left out, with their groups
	 * @param newOnly leave out existing partners (a co-owned patent or a person on both
	 * sides in the same years)
	 */
	record Filters(String country, String kind, int minPatents, boolean excludeOwnGroup, Set<Integer> competitors,
			boolean newOnly) {

		static Filters none() {
			return new Filters(null, null, 1, false, Set.of(), false);
		}

		Filters(String country, String kind, int minPatents, boolean excludeOwnGroup, Set<Integer> competitors) {
			this(country, kind, minPatents, excludeOwnGroup, competitors, false);
		}

		boolean admits(String orgKind, String orgCountry) {
			return (this.kind == null || this.kind.equalsIgnoreCase(orgKind))
					&& (this.country == null || this.country.equalsIgnoreCase(orgCountry));
		}

	}

}
