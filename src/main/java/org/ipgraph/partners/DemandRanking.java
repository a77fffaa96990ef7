package org.ipgraph.partners;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ipgraph.similarity.SparseVector;
import org.ipgraph.similarity.VectorIndex;
import org.ipgraph.web.PageRequest;

/**
 * Ranks the organizations that answer a demand and explains one page of them: which of
 * their patents matched, which terms they share with the demand, and the paths from the
 * demand through the technologies it targets to them. Pure: profiles, matcher and model
 * in, records out.
 */
record DemandRanking(Profiles profiles, DemandMatcher matcher, LinearModel model) {

	static final int PATENTS_SHOWN = 10;

	Result rank(String text, Role role, PartnerScorer.Filters filters) {
		PartnerGraph g = this.profiles.graph;
		SparseVector query = g.tfidf.vector(text);
		DemandMatcher.Match match = this.matcher.match(query);
		Set<Integer> competitorGroups = new HashSet<>();
		filters.competitors().forEach(c -> competitorGroups.add(this.profiles.links.group[c]));
		List<PartnerScorer.Scored> scored = new ArrayList<>();
		for (int o : match.candidateOrder(this.model, g)) {
			if (this.profiles.patentCount[o] < Math.max(1, filters.minPatents())
					|| competitorGroups.contains(this.profiles.links.group[o])
					|| !filters.admits(g.orgKinds[o], g.orgCountries[o]) || role == Role.RESEARCH && !g.academic(o)) {
				continue;
			}
			double[] x = match.candidates().get(o);
			scored.add(new PartnerScorer.Scored(o, this.model.logit(x), x));
		}
		List<DemandRecommendations.TechnologyMatch> technologies = match.technologies()
			.stream()
			.map(e -> new DemandRecommendations.TechnologyMatch(g.codes[e.getKey()], Explainer.round(e.getValue())))
			.toList();
		List<DemandRecommendations.PatentMatch> patents = match.patents()
			.stream()
			.limit(PATENTS_SHOWN)
			.map(this::patent)
			.toList();
		return new Result(match, technologies, patents, scored);
	}

	List<DemandRecommendations.DemandCandidate> page(Result result, String demandId, PageRequest page) {
		List<DemandRecommendations.DemandCandidate> items = new ArrayList<>();
		int from = (int) Math.min(page.skip(), result.candidates().size());
		int to = Math.min(from + page.size() + 1, result.candidates().size());
		for (int i = from; i < to; i++) {
			PartnerScorer.Scored s = result.candidates().get(i);
			items.add(candidate(i + 1, s, result, demandId));
		}
		return items;
	}

	private DemandRecommendations.DemandCandidate candidate(int rank, PartnerScorer.Scored s, Result result,
			String demandId) {
		PartnerGraph g = this.profiles.graph;
		int o = s.candidate();
		List<VectorIndex.Scored<Integer>> own = result.match()
			.patents()
			.stream()
			.filter(p -> Arrays.stream(g.patentOwners[p.key()]).anyMatch(x -> x == o))
			.limit(5)
			.toList();
		Set<String> targets = new HashSet<>();
		result.technologies().forEach(t -> targets.add(t.symbol()));
		List<String> paths = new ArrayList<>();
		for (VectorIndex.Scored<Integer> p : own) {
			String code = Arrays.stream(g.patentCodes[p.key()])
				.mapToObj(c -> g.codes[c])
				.filter(targets::contains)
				.findFirst()
				.orElse(null);
			if (code != null && paths.size() < 3) {
				paths.add(String.format(java.util.Locale.ROOT,
						"(%s)-[:TARGETS]->(%s)<-[:CLASSIFIED_AS]-(%s)<-[:OWNS]-(%s)", demandId, code,
						g.patentNumbers[p.key()], g.orgIds[o]));
			}
		}
		return new DemandRecommendations.DemandCandidate(rank, OrganizationRef.of(this.profiles, o),
				Explainer.round(LinearModel.probability(s.logit())), Explainer.round(s.logit()),
				Explainer.components(this.model, s.features(), DemandFeature.descriptions()),
				own.stream().map(this::patent).toList(), this.matcher.sharedTerms(result.match().query(), o, 8), paths);
	}

	private DemandRecommendations.PatentMatch patent(VectorIndex.Scored<Integer> s) {
		PartnerGraph g = this.profiles.graph;
		int p = s.key();
		return new DemandRecommendations.PatentMatch(g.patentNumbers[p], g.patentTitles[p], Explainer.round(s.score()),
				Arrays.stream(g.patentOwners[p]).mapToObj(o -> g.orgIds[o]).toList());
	}

	/**
	 * A demand's whole ranking.
	 *
	 * @param match what it matched
	 * @param technologies the technologies it targets
	 * @param patents the closest patents
	 * @param candidates organizations that passed the filters, best first
	 */
	record Result(DemandMatcher.Match match, List<DemandRecommendations.TechnologyMatch> technologies,
			List<DemandRecommendations.PatentMatch> patents, List<PartnerScorer.Scored> candidates) {
	}

}
