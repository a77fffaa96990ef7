package org.ipgraph.partners;

import java.util.List;

import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GraphTest
@TestPropertySource(properties = "ipgraph.partners.check-interval=0s")
class PartnerServiceTest {

	// five organizations (one a subsidiary), gait, fall and battery patents, citations
	// and
	// a name shared by inventors of two organizations
	static final String SEED = """
			CREATE (acme:Organization {id: 'acme', name: 'Acme Corp.', kind: 'company', country: 'US'}),
			       (holding:Organization {id: 'acme holding', name: 'Acme Holding', kind: 'company'}),
			       (src:Organization {id: 'sourceco', name: 'SourceCo', kind: 'company', country: 'DE'}),
			       (tu:Organization {id: 'tu munich', name: 'TU Munich', kind: 'university', country: 'DE'}),
			       (cells:Organization {id: 'cellco', name: 'CellCo', kind: 'company', country: 'KR'}),
			       (acme)-[:SUBSIDIARY_OF {relation: 'subsidiary'}]->(holding),
			       (gait:Technology {symbol: 'A61B5/112'}), (fall:Technology {symbol: 'A61B5/1117'}),
			       (cell:Technology {symbol: 'H01M10/0525'}),
			       (jane:Person {id: 'person:jane doe@acme', nameKey: 'jane doe'}),
			       (jane2:Person {id: 'person:jane doe@tu munich', nameKey: 'jane doe'})
			CREATE (s1:Patent {number: 'US10', priorityDate: date('2008-01-01'), title: 'Gait sensor housing',
			                   abstract: 'A wearable gait sensor with a low-power accelerometer'}),
			       (src)-[:OWNS]->(s1), (s1)-[:CLASSIFIED_AS]->(gait)
			CREATE (h1:Patent {number: 'US11', priorityDate: date('2009-01-01'), title: 'Holding gait patent',
			                   abstract: 'Gait analysis by the holding'}),
			       (holding)-[:OWNS]->(h1), (h1)-[:CLASSIFIED_AS]->(gait)
			WITH acme, tu, cells, gait, fall, cell, jane, jane2, s1
			UNWIND range(1, 3) AS i
			CREATE (p:Patent {number: 'US' + i, priorityDate: date({year: 2010 + i, month: 1, day: 1}),
			                  title: 'Low-power gait sensing ' + i,
			                  abstract: 'Gait cycle segmentation for elderly care wearables'}),
			       (acme)-[:OWNS]->(p), (p)-[:CLASSIFIED_AS]->(gait), (p)-[:CITES]->(s1),
			       (jane)-[:INVENTED]->(p)
			CREATE (u:Patent {number: 'US2' + i, priorityDate: date({year: 2012 + i, month: 1, day: 1}),
			                  title: 'Stride estimation ' + i, abstract: 'Gait and fall detection research'}),
			       (tu)-[:OWNS]->(u), (u)-[:CLASSIFIED_AS]->(gait), (u)-[:CLASSIFIED_AS]->(fall),
			       (jane2)-[:INVENTED]->(u)
			CREATE (c:Patent {number: 'US3' + i, priorityDate: date({year: 2011, month: i, day: 1}),
			                  title: 'Lithium-ion cell ' + i, abstract: 'Electrolyte additive for battery cells'}),
			       (cells)-[:OWNS]->(c), (c)-[:CLASSIFIED_AS]->(cell)
			""";

	@Autowired
	PartnerService partners;

	@BeforeEach
	void seed() {
		TestNeo4j.clear();
		try (var session = TestNeo4j.driver().session()) {
			session.run(SEED).consume();
		}
		this.partners.refresh(true);
	}

	@Test
	void recommendsTechnologySourcesWithTheirGraphPaths() {
		PartnerRecommendations answer = this.partners.recommend(PartnerQuery.of("acme", "licensor"));
		assertThat(answer.requester().id()).isEqualTo("acme");
		assertThat(answer.role()).isEqualTo("licensor");
		assertThat(answer.graphVersion()).hasSize(12);
		PartnerCandidate top = answer.candidates().items().get(0);
		assertThat(top.organization().id()).isEqualTo("sourceco");
		assertThat(top.rank()).isEqualTo(1);
		assertThat(top.evidence().paths()).contains("(acme)-[:OWNS]->(US1)-[:CITES]->(US10)<-[:OWNS]-(sourceco)");
		assertThat(top.components()).extracting(ScoreComponent::feature).contains("citesCandidate");
		assertThat(answer.excludedOwnGroup()).containsExactly("acme holding");
		assertThat(answer.candidates().items()).extracting(c -> c.organization().id()).doesNotContain("acme holding");
	}

	@Test
	void anOwnerWhosePatentsAllExpiredIsNoCandidateByDefaultAndComesBackFlaggedWithIncludeExpired() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (p:Patent {number: 'US10'})
					SET p.status = 'expired', p.inForce = false, p.expiry = date('2020-01-01')
					""").consume();
		}
		this.partners.refresh(true);
		PartnerRecommendations live = this.partners.recommend(PartnerQuery.of("acme", "licensor"));
		assertThat(live.candidates().items()).extracting(c -> c.organization().id())
			.doesNotContain("sourceco")
			// no status known: counts as in force
			.contains("tu munich");
		assertThat(live.candidates().items()).allSatisfy(c -> assertThat(c.evidence().expired()).isEmpty());
		PartnerRecommendations all = this.partners.recommend(new PartnerQuery("acme", "licensor", null, null, null,
				null, List.of(), null, PageRequest.of(0, 20), true));
		PartnerCandidate source = all.candidates()
			.items()
			.stream()
			.filter(c -> c.organization().id().equals("sourceco"))
			.findFirst()
			.orElseThrow();
		assertThat(source.organization().patents()).isOne();
		assertThat(source.evidence().citations()).contains("US1 -> US10");
		assertThat(source.evidence().expired()).containsExactly("US10");
	}

	@Test
	void findsOrganizationsByAnySpellingAndReportsUnknownOnes() {
		assertThat(this.partners.recommend(PartnerQuery.of("ACME CORP", "any")).requester().id()).isEqualTo("acme");
		assertThatThrownBy(() -> this.partners.recommend(PartnerQuery.of("nobody at all", "any")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.partners.recommend(
				new PartnerQuery("acme", "any", null, null, null, null, List.of("nobody"), null, PageRequest.of(0, 5))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Unknown competitor");
	}

	@Test
	void pagesThroughTheRanking() {
		var first = this.partners
			.recommend(new PartnerQuery("acme", "any", null, null, null, false, List.of(), null, PageRequest.of(0, 1)));
		var second = this.partners
			.recommend(new PartnerQuery("acme", "any", null, null, null, false, List.of(), null, PageRequest.of(1, 1)));
		assertThat(first.candidates().hasMore()).isTrue();
		assertThat(first.total()).isEqualTo(4);
		assertThat(second.candidates().items().get(0).rank()).isEqualTo(2);
		assertThat(second.candidates().items().get(0).organization().id())
			.isNotEqualTo(first.candidates().items().get(0).organization().id());
	}

	@Test
	void storesEachDemandOnceWithTheTechnologiesItMatched() {
		DemandRecommendations answer = this.partners
			.forDemand(DemandQuery.of("We need a low-power gait sensor for elderly-care wearables"));
		this.partners.forDemand(DemandQuery.of("we need a low-power gait sensor   for elderly-care wearables"));
		assertThat(answer.technologies()).extracting(DemandRecommendations.TechnologyMatch::symbol)
			.startsWith("A61B5/112");
		assertThat(answer.candidates().items()).extracting(c -> c.organization().id()).startsWith("acme");
		try (var session = TestNeo4j.driver().session()) {
			var row = session.run("""
					MATCH (d:Demand) RETURN count(d) AS demands, d.id AS id, d.text AS text,
					       [(d)-[:TARGETS]->(t) | t.symbol] AS targets
					""").single();
			assertThat(row.get("demands").asLong()).isEqualTo(1);
			assertThat(row.get("id").asString()).isEqualTo(answer.demand().id());
			assertThat(row.get("targets").asList(v -> v.asString())).contains("A61B5/112");
		}
	}

	@Test
	void seesNewFactsOnTheNextRequest() {
		String before = this.partners.recommend(PartnerQuery.of("acme", "any")).graphVersion();
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (acme:Organization {id: 'acme'}), (gait:Technology {symbol: 'A61B5/112'})
					CREATE (n:Organization {id: 'newco', name: 'NewCo', kind: 'company'})-[:OWNS]->
					       (p:Patent {number: 'US99', priorityDate: date('2015-01-01'), title: 'Gait insole'}),
					       (p)-[:CLASSIFIED_AS]->(gait)
					""").consume();
		}
		PartnerRecommendations after = this.partners.recommend(PartnerQuery.of("acme", "any"));
		assertThat(after.graphVersion()).isNotEqualTo(before);
		assertThat(after.candidates().items()).extracting(c -> c.organization().id()).contains("newco");
	}

}
