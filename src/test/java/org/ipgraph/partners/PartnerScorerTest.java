package org.ipgraph.partners;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerScorerTest {

	/**
	 * acme works in video coding syntax (H04N19/70). beta owns one neighbouring patent
	 * and cites acme; gamma owns more video coding than acme and cites it too; epsilon
	 * owns what acme cites; zeta works in vision (G06V10/82), which other owners combine
	 * with video coding; delta makes batteries and relates to nobody.
	 */
	static PartnerGraph video() {
		TinyGraph g = new TinyGraph().company("acme", "beta", "gamma", "delta", "epsilon", "zeta", "omega");
		for (int i = 1; i <= 5; i++) {
			g.patent("US" + i, 2010, "acme")
				.code("H04N19/70")
				.inventor("ann acme" + i)
				.cites("US20")
				.text("video coding syntax parameter set signalling");
		}
		g.patent("US10", 2012, "beta").code("H04N19/52").cites("US1", "US2").text("motion vector prediction video");
		for (int i = 11; i <= 16; i++) {
			g.patent("US" + i, 2011, "gamma").code("H04N19/70").cites("US3").text("video coding syntax picture header");
		}
		g.patent("US20", 2005, "epsilon").code("H04N19/70").text("video coding syntax slice layout");
		for (int i = 30; i <= 41; i++) {
			g.patent("US" + i, 2009, "delta").code("H01M10/0525").text("lithium ion battery cell electrolyte");
		}
		for (int i = 50; i <= 52; i++) {
			g.patent("US" + i, 2011, "zeta").code("G06V10/82").text("neural network image recognition");
		}
		for (int i = 60; i <= 63; i++) {
			g.patent("US" + i, 2011, "omega").code("H04N19/70", "G06V10/82").text("video analytics recognition");
		}
		return g.build();
	}

	static PartnerScorer scorer(PartnerGraph graph) {
		return new PartnerScorer(Profiles.asOf(graph, Profiles.NOW), new PartnerModels(Map.of()));
	}

	static List<String> ids(PartnerGraph graph, PartnerScorer.Ranking ranking) {
		return ranking.candidates().stream().map(s -> graph.orgIds[s.candidate()]).toList();
	}

	@Test
	void recommendsLicenseeThatCitesButOwnsLittleOfTheTechnology() {
		PartnerGraph graph = video();
		var ranking = scorer(graph).rank(graph.organization("acme"), Role.LICENSEE, PartnerScorer.Filters.none());
		assertThat(ids(graph, ranking)).contains("beta", "epsilon").doesNotContain("gamma", "delta");
		assertThat(ranking.model().training().method()).isEqualTo("prior");
		PartnerScorer.Scored beta = ranking.candidates()
			.stream()
			.filter(s -> s.candidate() == graph.organization("beta"))
			.findFirst()
			.orElseThrow();
		assertThat(beta.features()[Feature.CITED_BY_CANDIDATE.ordinal()]).isEqualTo(Math.log1p(2));
		assertThat(beta.features()[Feature.CANDIDATE_SHARE.ordinal()]).isEqualTo(0.2);
	}

	@Test
	void recommendsAsLicensorWhoOwnsWhatTheRequesterCites() {
		PartnerGraph graph = video();
		var ranking = scorer(graph).rank(graph.organization("acme"), Role.LICENSOR, PartnerScorer.Filters.none());
		assertThat(ids(graph, ranking)).startsWith("epsilon").doesNotContain("delta");
	}

	@Test
	void coDevelopmentWantsComplementaryAreasWithoutHeadOnOverlap() {
		PartnerGraph graph = video();
		var ranking = scorer(graph).rank(graph.organization("acme"), Role.CO_DEVELOPMENT, PartnerScorer.Filters.none());
		assertThat(ids(graph, ranking)).contains("zeta").doesNotContain("gamma", "epsilon", "delta");
	}

	@Test
	void researchPartnersAreUniversitiesOrInstitutesInTheField() {
		TinyGraph g = new TinyGraph().company("acme", "bigco")
			.org("tu", "university", "DE")
			.org("far", "university", "DE");
		g.patent("US1", 2010, "acme").code("A61B5/112").text("gait sensor");
		g.patent("US2", 2010, "tu").code("A61B5/112").text("gait analysis sensor");
		g.patent("US3", 2010, "bigco").code("A61B5/112").text("gait sensor");
		g.patent("US4", 2010, "far").code("C07K14/00").text("protein folding");
		PartnerGraph graph = g.build();
		var ranking = scorer(graph).rank(graph.organization("acme"), Role.RESEARCH, PartnerScorer.Filters.none());
		assertThat(ids(graph, ranking)).containsExactly("tu");
	}

	@Test
	void excludesTheRequestersWholeGroupTransitivelyInBothDirections() {
		TinyGraph g = new TinyGraph().company("acme", "holding", "sub", "sister", "niece", "beta");
		g.subsidiary("acme", "holding").subsidiary("sub", "acme").subsidiary("sister", "holding");
		g.subsidiary("niece", "sister");
		for (String o : List.of("acme", "holding", "sub", "sister", "niece", "beta")) {
			g.patent("US-" + o, 2010, o).code("H04N19/70").text("video coding");
		}
		PartnerGraph graph = g.build();
		int acme = graph.organization("acme");
		var excluded = scorer(graph).rank(acme, Role.ANY, new PartnerScorer.Filters(null, null, 1, true, Set.of()));
		assertThat(ids(graph, excluded)).containsExactly("beta");
		assertThat(excluded.excludedOwnGroup()).containsExactly("holding", "niece", "sister", "sub");
		var kept = scorer(graph).rank(acme, Role.ANY, PartnerScorer.Filters.none());
		assertThat(ids(graph, kept)).hasSize(5);
	}

	@Test
	void excludesNamedCompetitorsWithTheirGroups() {
		PartnerGraph graph = new TinyGraph().company("acme", "rival", "rivalsub", "beta")
			.subsidiary("rivalsub", "rival")
			.build();
		PartnerGraph withPatents = withPatents(graph, "acme", "rival", "rivalsub", "beta");
		var ranking = scorer(withPatents).rank(withPatents.organization("acme"), Role.ANY,
				new PartnerScorer.Filters(null, null, 1, true, Set.of(withPatents.organization("rival"))));
		assertThat(ids(withPatents, ranking)).containsExactly("beta");
	}

	@Test
	void filtersByCountryKindAndPortfolioSize() {
		TinyGraph g = new TinyGraph().company("acme")
			.org("de1", "company", "DE")
			.org("de2", "university", "DE")
			.org("fr", "company", "FR");
		g.patent("US1", 2010, "acme").code("H04N19/70");
		g.patent("US2", 2010, "de1").code("H04N19/70");
		g.patent("US3", 2010, "de1").code("H04N19/70");
		g.patent("US4", 2010, "de2").code("H04N19/70");
		g.patent("US5", 2010, "fr").code("H04N19/70");
		PartnerGraph graph = g.build();
		int acme = graph.organization("acme");
		assertThat(ids(graph,
				scorer(graph).rank(acme, Role.ANY, new PartnerScorer.Filters("DE", null, 1, true, Set.of()))))
			.containsExactlyInAnyOrder("de1", "de2");
		assertThat(ids(graph,
				scorer(graph).rank(acme, Role.ANY, new PartnerScorer.Filters(null, "university", 1, true, Set.of()))))
			.containsExactly("de2");
		assertThat(ids(graph,
				scorer(graph).rank(acme, Role.ANY, new PartnerScorer.Filters(null, null, 2, true, Set.of()))))
			.containsExactly("de1");
	}

	@Test
	void equalScoresAreOrderedByIdSoTheRankingIsDeterministic() {
		PartnerGraph graph = withPatents(new TinyGraph().company("acme", "c", "a", "b").build(), "acme", "c", "a", "b");
		var first = scorer(graph).rank(graph.organization("acme"), Role.ANY, PartnerScorer.Filters.none());
		assertThat(ids(graph, first)).containsExactly("a", "b", "c");
		assertThat(ids(graph, scorer(graph).rank(graph.organization("acme"), Role.ANY, PartnerScorer.Filters.none())))
			.isEqualTo(ids(graph, first));
	}

	@Test
	void explainsCitationsWithPathsInTheGraphsOwnKeys() {
		PartnerGraph graph = video();
		Profiles profiles = Profiles.asOf(graph, Profiles.NOW);
		Evidence evidence = new Explainer(profiles).evidence(graph.organization("acme"), graph.organization("beta"));
		assertThat(evidence.citations()).containsExactly("US10 -> US1", "US10 -> US2");
		assertThat(evidence.paths()).contains("(acme)-[:OWNS]->(US1)<-[:CITES]-(US10)<-[:OWNS]-(beta)");
		assertThat(evidence.sharedPatents()).isEmpty();
		assertThat(evidence.existingPartner()).isFalse();
		Evidence licensor = new Explainer(profiles).evidence(graph.organization("acme"), graph.organization("epsilon"));
		assertThat(licensor.paths()).contains("(acme)-[:OWNS]->(US1)-[:CITES]->(US20)<-[:OWNS]-(epsilon)");
		assertThat(licensor.sharedCpc()).containsExactly("H04N19/70");
	}

	@Test
	void tellsCoInventionFromInventorMobility() {
		TinyGraph g = new TinyGraph().company("acme", "beta");
		g.patent("US1", 2010, "acme").code("H04N19/70").inventor("jane doe", "john roe");
		g.patent("US2", 2010, "beta").code("H04N19/70").inventor("john roe");
		g.patent("US3", 2014, "beta").code("H04N19/70").inventor("jane doe");
		PartnerGraph graph = g.build();
		Profiles profiles = Profiles.asOf(graph, Profiles.NOW);
		int acme = graph.organization("acme");
		int beta = graph.organization("beta");
		double[] x = new PairFeatures(profiles, acme).of(beta);
		assertThat(x[Feature.CO_INVENTION.ordinal()]).isEqualTo(Math.log1p(1));
		assertThat(x[Feature.INVENTOR_MOBILITY.ordinal()]).isEqualTo(Math.log1p(1));
		Evidence evidence = new Explainer(profiles).evidence(acme, beta);
		assertThat(evidence.coInventors()).extracting(Evidence.CoInventor::name, Evidence.CoInventor::moved)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("jane doe", true),
					org.assertj.core.groups.Tuple.tuple("john roe", false));
		assertThat(evidence.coInventors().get(0).candidatePerson()).isEqualTo("person:jane doe@beta");
		assertThat(evidence.paths()).contains(
				"(acme)-[:OWNS]->(US1)<-[:INVENTED]-(person:jane doe@acme) =same name= (person:jane doe@beta)-[:INVENTED]->(US3)<-[:OWNS]-(beta)");
		// before 2014 jane doe had not moved yet
		double[] before = new PairFeatures(Profiles.asOf(graph, 2014), acme).of(beta);
		assertThat(before[Feature.INVENTOR_MOBILITY.ordinal()]).isZero();
	}

	@Test
	void newOnlyLeavesOutExistingPartners() {
		TinyGraph g = new TinyGraph().company("acme", "partner", "coowner", "stranger");
		g.patent("US1", 2010, "acme").code("H04N19/70").inventor("john roe");
		g.patent("US2", 2010, "partner").code("H04N19/70").inventor("john roe");
		g.patent("US3", 2011, "acme", "coowner").code("H04N19/70");
		g.patent("US4", 2011, "stranger").code("H04N19/70");
		PartnerGraph graph = g.build();
		int acme = graph.organization("acme");
		assertThat(ids(graph, scorer(graph).rank(acme, Role.ANY, PartnerScorer.Filters.none()))).hasSize(3);
		assertThat(ids(graph,
				scorer(graph).rank(acme, Role.ANY, new PartnerScorer.Filters(null, null, 1, true, Set.of(), true))))
			.containsExactly("stranger");
	}

	@Test
	void profilesBeforeAYearIgnoreLaterPatents() {
		PartnerGraph graph = video();
		Profiles before = Profiles.asOf(graph, 2011);
		assertThat(before.patentCount[graph.organization("beta")]).isZero();
		assertThat(before.patentCount[graph.organization("acme")]).isEqualTo(5);
		assertThat(before.links.citations(graph.organization("gamma"), graph.organization("acme"))).isZero();
		assertThat(Profiles.asOf(graph, Profiles.NOW).links.citations(graph.organization("gamma"),
				graph.organization("acme")))
			.isEqualTo(6);
	}

	@Test
	void componentsAndInterceptAddUpToTheLogit() {
		PartnerGraph graph = video();
		var ranking = scorer(graph).rank(graph.organization("acme"), Role.ANY, PartnerScorer.Filters.none());
		PartnerScorer.Scored top = ranking.candidates().get(0);
		double sum = ranking.model().intercept();
		for (double c : ranking.model().contributions(top.features())) {
			sum += c;
		}
		assertThat(sum).isCloseTo(top.logit(), org.assertj.core.data.Offset.offset(1e-9));
	}

	private static PartnerGraph withPatents(PartnerGraph orgs, String... ids) {
		TinyGraph g = new TinyGraph();
		for (String id : orgs.orgIds) {
			g.company(id);
		}
		for (int[] edge : orgs.subsidiaries) {
			g.subsidiary(orgs.orgIds[edge[0]], orgs.orgIds[edge[1]]);
		}
		for (String id : ids) {
			g.patent("US-" + id, 2010, id).code("H04N19/70").text("video coding");
		}
		return g.build();
	}

}
