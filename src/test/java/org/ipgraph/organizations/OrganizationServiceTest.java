package org.ipgraph.organizations;

import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.ipgraph.web.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@GraphTest
class OrganizationServiceTest {

	@Autowired
	OrganizationService organizations;

	@BeforeEach
	void seed() {
		TestNeo4j.clear();
		try (var session = TestNeo4j.driver().session()) {
			session
				.run("""
						CREATE (a:Organization {id: 'acme', name: 'Acme Corp.', kind: 'company', aliases: ['Acme Corp.', 'ACME CORP']}),
						       (parent:Organization {id: 'acme holdings', name: 'Acme Holdings'}),
						       (b:Organization {id: 'beta', name: 'Beta LLC', aliases: ['Beta LLC']}),
						       (t:Technology {symbol: 'H04N', title: 'PICTORIAL COMMUNICATION'}),
						       (h:Technology {symbol: 'H04N19/70'}),
						       (x:Person {id: 'x', name: 'X'}), (y:Person {id: 'y', name: 'Y'}),
						       (a)-[:SUBSIDIARY_OF {relation: 'subsidiary'}]->(parent)
						WITH a, b, h, x, y
						UNWIND range(1, 5) AS i
						CREATE (p:Patent {number: 'US' + i, filingDate: date({year: 2000 + i % 2, month: 1, day: 1})})
						CREATE (a)-[:OWNS]->(p), (p)-[:CLASSIFIED_AS]->(h), (x)-[:INVENTED]->(p)
						FOREACH (_ IN CASE WHEN i <= 2 THEN [1] ELSE [] END | CREATE (b)-[:OWNS]->(p))
						FOREACH (_ IN CASE WHEN i = 1 THEN [1] ELSE [] END | CREATE (y)-[:INVENTED]->(p))
						""")
				.consume();
			session.run("""
					MATCH (p1:Patent {number: 'US1'}), (p2:Patent {number: 'US2'})
					CREATE (c:Patent {number: 'US99'})-[:CITES]->(p1), (p1)-[:CITES]->(p2),
					       (stub:Patent {number: 'US100', stub: true})<-[:OWNS]-(:Organization {id: 'ghost'})
					""").consume();
		}
	}

	@Test
	void searchesRawSpellingsAndRanksByRelevance() {
		var page = this.organizations.search("ACME", PageRequest.of(0, 10));
		assertThat(page.items()).extracting(OrganizationSummary::id).startsWith("acme");
		assertThat(page.items().get(0).patents()).isEqualTo(5);
		assertThat(this.organizations.search("beta", PageRequest.of(0, 10)).items()).extracting(OrganizationSummary::id)
			.containsExactly("beta");
	}

	@Test
	void searchTreatsQuerySyntaxAsPlainText() {
		assertThat(this.organizations.search("acme) OR (*", PageRequest.of(0, 10)).items()).isNotNull();
	}

	@Test
	void pagesWithoutLosingOrDuplicatingResults() {
		var first = this.organizations.search("acme OR beta OR holdings", PageRequest.of(0, 2));
		var second = this.organizations.search("acme OR beta OR holdings", PageRequest.of(1, 2));
		assertThat(first.hasMore()).isTrue();
		assertThat(first.items()).hasSize(2);
		assertThat(second.items()).doesNotContainAnyElementsOf(first.items());
	}

	@Test
	void summarizesThePortfolio() {
		var acme = this.organizations.find("acme").orElseThrow();
		assertThat(acme.parents()).extracting(OrganizationDetails.Related::id).containsExactly("acme holdings");
		var portfolio = acme.portfolio();
		assertThat(portfolio.patents()).isEqualTo(5);
		assertThat(portfolio.byFilingYear()).containsEntry(2000, 2L).containsEntry(2001, 3L);
		assertThat(portfolio.topTechnologies()).singleElement().satisfies(t -> {
			assertThat(t.key()).isEqualTo("H04N");
			assertThat(t.name()).isEqualTo("PICTORIAL COMMUNICATION");
			assertThat(t.count()).isEqualTo(5);
		});
		assertThat(portfolio.coOwners()).singleElement().satisfies(c -> {
			assertThat(c.key()).isEqualTo("beta");
			assertThat(c.count()).isEqualTo(2);
		});
		assertThat(portfolio.inventors()).isEqualTo(2);
		assertThat(portfolio.citationsReceived()).isEqualTo(1);
		assertThat(portfolio.citationsMade()).isEqualTo(1);
		assertThat(this.organizations.find("ghost").orElseThrow().portfolio().patents()).isZero();
		assertThat(this.organizations.find("nobody")).isEmpty();
	}

}
