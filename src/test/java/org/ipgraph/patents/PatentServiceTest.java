package org.ipgraph.patents;

import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GraphTest
class PatentServiceTest {

	@Autowired
	PatentService patents;

	@BeforeEach
	void seed() {
		TestNeo4j.clear();
		try (var session = TestNeo4j.driver().session()) {
			session
				.run("""
						CREATE (p:Patent {number: 'US7654321', jurisdiction: 'US', kind: 'B2', title: 'Video coder',
						                  filingDate: date('2005-03-01'), expiry: date('2025-09-12'),
						                  expirySource: 'us-term-of-grant', termAdjustmentDays: 195,
						                  terminalDisclaimer: false, status: 'lapsed', statusSource: 'uspto-maintenance-fee',
						                  inForce: false, legalStatusRaw: 'EXP.'}),
						       (e1:LegalEvent {id: 'e1', type: 'fee-paid', code: 'M1551', on: date('2012-01-10'),
						                       source: 'uspto-maintenance-fee', record: 'line 1', documentId: 'sha256:m'}),
						       (e2:LegalEvent {id: 'e2', type: 'lapsed', code: 'EXP.', on: date('2017-03-01'),
						                       source: 'uspto-maintenance-fee', record: 'line 2', documentId: 'sha256:m'}),
						       (p)-[:HAS_EVENT]->(e2), (p)-[:HAS_EVENT]->(e1),
						       (q:Patent {number: 'US5000000', stub: true}),
						       (r:Patent {number: 'US8000000', title: 'Later'}),
						       (a:Organization {id: 'acme', name: 'Acme Corp.'}),
						       (b:Organization {id: 'beta', name: 'Beta LLC'}),
						       (x:Person {id: 'person:ann lee@acme', name: 'Ann Lee', consent: true}),
						       (t:Technology {symbol: 'H04N19/70', title: 'characterised by syntax'}),
						       (u:Technology {symbol: 'G06T9/00'}),
						       (d:Document {id: 'sha256:abc', name: 'ipg050104.xml'}),
						       (s:Standard {id: 'DEMO-VC 1'}),
						       (a)-[:OWNS {from: date('2005-03-01'), to: date('2010-01-01'), sequence: 0}]->(p),
						       (b)-[:OWNS {from: date('2010-01-01'), sequence: 1}]->(p),
						       (x)-[:INVENTED {sequence: 0, rawName: 'Ann Lee'}]->(p),
						       (p)-[:CLASSIFIED_AS {first: false}]->(u),
						       (p)-[:CLASSIFIED_AS {first: true}]->(t),
						       (p)-[:CITES]->(q), (r)-[:CITES]->(p),
						       (p)-[:DECLARED_ESSENTIAL_TO]->(s),
						       (p)-[:RECORDED_IN {record: 'document 3'}]->(d)
						""")
				.consume();
		}
	}

	@Test
	void findsAPatentByAnyCommonSpellingOfItsNumber() {
		assertThat(this.patents.find("US 7,654,321 B2")).isPresent();
		assertThat(this.patents.find("7654321")).isPresent();
		assertThat(this.patents.find("US9999999")).isEmpty();
		assertThatThrownBy(() -> this.patents.find("hello")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void showsOwnersInventorsMainClassificationFirstCitationsAndSources() {
		PatentDetails p = this.patents.find("US7654321").orElseThrow();
		assertThat(p.title()).isEqualTo("Video coder");
		assertThat(p.owners()).extracting(PatentDetails.Owner::id).containsExactlyInAnyOrder("acme", "beta");
		assertThat(p.owners()).filteredOn(o -> o.id().equals("acme"))
			.singleElement()
			.satisfies(o -> assertThat(o.to()).hasToString("2010-01-01"));
		assertThat(p.inventors()).containsExactly("Ann Lee");
		assertThat(p.classifications()).extracting(PatentDetails.Classification::symbol)
			.containsExactly("H04N19/70", "G06T9/00");
		assertThat(p.cites()).containsExactly("US5000000");
		assertThat(p.citedBy()).isEqualTo(1);
		assertThat(p.standards()).containsExactly("DEMO-VC 1");
		assertThat(p.sources()).singleElement().satisfies(s -> assertThat(s.record()).isEqualTo("document 3"));
	}

	@Test
	void showsLegalStatusExpiryAndEventsWithTheirSources() {
		PatentDetails p = this.patents.find("US7654321").orElseThrow();
		assertThat(p.legal().status()).isEqualTo("lapsed");
		assertThat(p.legal().statusSource()).isEqualTo("uspto-maintenance-fee");
		assertThat(p.legal().inForce()).isFalse();
		assertThat(p.legal().expiry()).hasToString("2025-09-12");
		assertThat(p.legal().expirySource()).isEqualTo("us-term-of-grant");
		assertThat(p.legal().termAdjustmentDays()).isEqualTo(195);
		assertThat(p.legal().statedStatus()).isEqualTo("EXP.");
		assertThat(p.events()).extracting(PatentDetails.Event::code).containsExactly("M1551", "EXP.");
		assertThat(p.events()).allSatisfy(e -> assertThat(e.source()).isEqualTo("uspto-maintenance-fee"));
		assertThat(this.patents.find("US8000000").orElseThrow().legal().inForce()).isNull();
		// a term that ended after the status was derived shows as expired
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (p:Patent {number: 'US8000000'})
					SET p.expiry = date() - duration('P1D'), p.status = 'in_force', p.inForce = true""").consume();
		}
		assertThat(this.patents.find("US8000000").orElseThrow().legal()).satisfies(l -> {
			assertThat(l.status()).isEqualTo("expired");
			assertThat(l.inForce()).isFalse();
		});
	}

}
