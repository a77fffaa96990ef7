package org.ipgraph.partners;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerCandidatesTest {

	private static final String[] FIELDS = { "lithium battery electrolyte", "wind turbine blade pitch",
			"insulin pump cannula", "asphalt paving binder", "dental implant abutment" };

	private static final String[] FIELD_CODES = { "H01M10/0525", "F03D1/06", "A61M5/142", "E01C7/18", "A61C8/00" };

	/**
	 * acme works in drone flight control. Fifteen organizations are tied to it in
	 * different ways and strengths (shared codes, subclasses, text, citations either way,
	 * a co-owned patent, shared inventors); sixty more work in five unrelated fields and
	 * share nothing with it. The full ranking's top ten are tied organizations, so a
	 * bounded candidate set must find all of them.
	 */
	static PartnerGraph drones() {
		TinyGraph g = new TinyGraph().company("acme");
		for (int i = 1; i <= 6; i++) {
			g.patent("US" + i, 2012, "acme")
				.code("B64C39/024", "G05D1/10")
				.inventor("ann acme" + i)
				.text("drone flight control rotor stabilization");
		}
		for (int r = 0; r < 15; r++) {
			String org = "tied" + r;
			g.company(org);
			for (int i = 0; i <= r % 4; i++) {
				TinyGraph.Patent p = g.patent("US1" + r + "0" + i, 2011 + r % 3, org);
				switch (r % 5) {
					case 0 -> p.code("B64C39/024").text("drone rotor frame");
					case 1 -> p.code("B64C27/08").text("rotor blade hub");
					case 2 -> p.code("G05D1/10").text("flight control stabilization").cites("US1");
					case 3 -> p.code("G06T7/70").text("camera pose estimation").inventor("ann acme1");
					default -> p.code("B64D47/08").text("drone payload camera gimbal");
				}
			}
		}
		g.patent("US900", 2013, "acme", "tied7").code("B64C39/024").text("drone landing gear");
		for (int u = 0; u < 60; u++) {
			String org = "other" + u;
			g.company(org);
			for (int i = 0; i <= u % 3; i++) {
				g.patent("US2" + u + "0" + i, 2010, org)
					.code(FIELD_CODES[u % FIELDS.length])
					.text(FIELDS[u % FIELDS.length] + " variant" + u);
			}
		}
		return g.build();
	}

	static List<PartnerScorer.Scored> top(PartnerScorer.Ranking ranking, int n) {
		return ranking.candidates().subList(0, Math.min(n, ranking.candidates().size()));
	}

	@Test
	void boundedCandidatesGiveTheFullRankingsTopTen() {
		PartnerGraph graph = drones();
		Profiles profiles = Profiles.asOf(graph, Profiles.NOW);
		PartnerModels models = new PartnerModels(Map.of());
		int acme = graph.organization("acme");
		assertThat(graph.organizations()).isGreaterThan(70);
		for (Role role : List.of(Role.ANY, Role.LICENSOR, Role.LICENSEE)) {
			PartnerScorer.Ranking full = new PartnerScorer(profiles, models, 0).rank(acme, role,
					PartnerScorer.Filters.none());
			PartnerScorer.Ranking bounded = new PartnerScorer(profiles, models, 20).rank(acme, role,
					PartnerScorer.Filters.none());
			assertThat(full.considered()).isEqualTo(graph.organizations());
			assertThat(bounded.considered()).as(role.key).isLessThanOrEqualTo(20);
			List<PartnerScorer.Scored> expected = top(full, 10);
			assertThat(expected).as(role.key).isNotEmpty();
			assertThat(top(bounded, 10)).as(role.key)
				.extracting(PartnerScorer.Scored::candidate, PartnerScorer.Scored::logit)
				.containsExactlyElementsOf(expected.stream()
					.map(s -> org.assertj.core.groups.Tuple.tuple(s.candidate(), s.logit()))
					.toList());
		}
		// the top ten of "any" are all tied to acme: none of the sixty unrelated
		PartnerScorer.Ranking any = new PartnerScorer(profiles, models, 0).rank(acme, Role.ANY,
				PartnerScorer.Filters.none());
		assertThat(top(any, 10)).allSatisfy(s -> assertThat(graph.orgIds[s.candidate()]).startsWith("tied"));
	}

	@Test
	void neverScoresMoreThanTheBound() {
		PartnerGraph graph = drones();
		Profiles profiles = Profiles.asOf(graph, Profiles.NOW);
		PartnerModels models = new PartnerModels(Map.of());
		for (int bound : new int[] { 1, 5, 12, 40 }) {
			for (Role role : Role.values()) {
				for (String requester : List.of("acme", "tied3", "other4")) {
					PartnerScorer.Ranking ranking = new PartnerScorer(profiles, models, bound)
						.rank(graph.organization(requester), role, PartnerScorer.Filters.none());
					assertThat(ranking.considered()).as(bound + " " + role.key + " " + requester)
						.isLessThanOrEqualTo(bound);
					assertThat(ranking.candidates()).hasSizeLessThanOrEqualTo(bound);
				}
			}
		}
		// "any" fills the bound with organizations unrelated to the requester too
		PartnerScorer.Ranking any = new PartnerScorer(profiles, models, 40).rank(graph.organization("acme"), Role.ANY,
				PartnerScorer.Filters.none());
		assertThat(any.considered()).isEqualTo(40);
	}

	@Test
	void filtersApplyBeforeTheBound() {
		TinyGraph g = new TinyGraph().company("acme");
		g.patent("US1", 2012, "acme").code("B64C39/024").text("drone rotor frame");
		for (int i = 0; i < 30; i++) {
			g.org("co" + i, "company", "US");
			g.patent("US1" + i, 2012, "co" + i).code("B64C39/024").text("drone rotor frame");
		}
		g.org("uni", "university", "DE");
		g.patent("US99", 2012, "uni").code("B64C27/08").text("rotor blade");
		PartnerGraph graph = g.build();
		Profiles profiles = Profiles.asOf(graph, Profiles.NOW);
		PartnerScorer scorer = new PartnerScorer(profiles, new PartnerModels(Map.of()), 5);
		int acme = graph.organization("acme");
		// thirty companies share acme's code and outscore the university; research and a
		// country filter still find it within a bound of five
		assertThat(scorer.rank(acme, Role.RESEARCH, PartnerScorer.Filters.none()).candidates())
			.extracting(s -> graph.orgIds[s.candidate()])
			.containsExactly("uni");
		assertThat(scorer.rank(acme, Role.ANY, new PartnerScorer.Filters("DE", null, 1, true, Set.of())).candidates())
			.extracting(s -> graph.orgIds[s.candidate()])
			.containsExactly("uni");
	}

	@Test
	void groupsComeFromTheIndex() {
		TinyGraph g = new TinyGraph().company("acme", "acme-sub", "acme-parent", "lone");
		g.subsidiary("acme-sub", "acme").subsidiary("acme", "acme-parent");
		g.patent("US1", 2012, "acme").code("B64C39/024").text("drone");
		g.patent("US2", 2012, "lone").code("B64C39/024").text("drone");
		PartnerGraph graph = g.build();
		PartnerCandidates index = PartnerCandidates.of(Profiles.asOf(graph, Profiles.NOW));
		assertThat(java.util.Arrays.stream(index.group(graph.organization("acme-sub"))).mapToObj(o -> graph.orgIds[o]))
			.containsExactlyInAnyOrder("acme", "acme-sub", "acme-parent");
		assertThat(index.group(graph.organization("lone"))).containsExactly(graph.organization("lone"));
	}

}
