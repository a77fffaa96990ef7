package org.ipgraph.partners;

import java.util.Set;

import org.ipgraph.web.PageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemandRankingTest {

	static PartnerGraph graph() {
		TinyGraph g = new TinyGraph().company("stepwise", "cellco", "radioco").org("tu", "university", "DE");
		g.patent("US1", 2015, "stepwise").code("A61B5/112").text("Low-power gait sensing for elderly care wearables");
		g.patent("US2", 2016, "stepwise")
			.code("A61B5/112", "A61B5/1117")
			.text("Gait cycle segmentation and fall detection in a wearable sensor");
		g.patent("US3", 2016, "tu").code("A61B5/112").text("Stride length estimation from gait sensor data");
		g.patent("US4", 2015, "cellco").code("H01M10/0525").text("Lithium-ion cell with electrolyte additive");
		g.patent("US5", 2016, "cellco").code("H01M10/0525").text("Fast-charging lithium-ion battery cell");
		g.patent("US6", 2016, "radioco").code("H04W72/04").text("Uplink grant scheduling for a wireless terminal");
		g.patent("US7", 2014, "radioco").code("H04W72/04").text("Low-power wireless terminal scheduling");
		return g.build();
	}

	static DemandRanking ranking(PartnerGraph graph) {
		Profiles profiles = Profiles.asOf(graph, Profiles.NOW);
		return new DemandRanking(profiles, new DemandMatcher(profiles), DemandTrainer.prior());
	}

	@Test
	void findsTheOwnersOfTheClosestPatentsAndTheTechnologiesTheyShare() {
		PartnerGraph graph = graph();
		DemandRanking ranking = ranking(graph);
		var result = ranking.rank("We need a low-power gait sensor for elderly-care wearables", Role.ANY,
				PartnerScorer.Filters.none());
		assertThat(result.patents().get(0).number()).isEqualTo("US1");
		assertThat(result.technologies().get(0).symbol()).isEqualTo("A61B5/112");
		assertThat(result.technologies().get(0).weight()).isEqualTo(1.0);
		var page = ranking.page(result, "demand:x", PageRequest.of(0, 10));
		assertThat(page.get(0).organization().id()).isEqualTo("stepwise");
		assertThat(page.get(0).sharedTerms()).contains("gait", "wearabl");
		assertThat(page.get(0).paths())
			.contains("(demand:x)-[:TARGETS]->(A61B5/112)<-[:CLASSIFIED_AS]-(US1)<-[:OWNS]-(stepwise)");
		assertThat(page).extracting(c -> c.organization().id()).doesNotContain("cellco");
	}

	@Test
	void researchDemandsGoToUniversitiesAndCompetitorsAreLeftOut() {
		PartnerGraph graph = graph();
		DemandRanking ranking = ranking(graph);
		var research = ranking.rank("gait sensor", Role.RESEARCH, PartnerScorer.Filters.none());
		assertThat(research.candidates()).extracting(s -> graph.orgIds[s.candidate()]).containsExactly("tu");
		var noStepwise = ranking.rank("gait sensor", Role.ANY,
				new PartnerScorer.Filters(null, null, 1, false, Set.of(graph.organization("stepwise"))));
		assertThat(noStepwise.candidates()).extracting(s -> graph.orgIds[s.candidate()]).containsExactly("tu");
	}

	@Test
	void aDemandKeyIsTheHashOfItsNormalizedText() {
		assertThat(DemandStore.id("We need  a gait sensor\n")).isEqualTo(DemandStore.id("we need a GAIT sensor"))
			.startsWith("demand:sha256:")
			.hasSize("demand:sha256:".length() + 64);
		assertThat(DemandStore.id("we need a gait sensor")).isNotEqualTo(DemandStore.id("we need a gait sensors"));
	}

}
