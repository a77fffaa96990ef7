package org.ipgraph.nlp;

import java.util.List;
import java.util.Map;

import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.ipgraph.nlp.evidence.EvidenceService;
import org.ipgraph.nlp.evidence.EvidenceReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@GraphTest
class NlpPatentTextTest {

	// From a USPTO grant of 2006 (uspto-ipg-fixtures/ipg060103)
	static final String STATEMENT = "This invention was made with Government support under Grant No. "
			+ "DE-FG02-00ER82948, awarded by the Department of Energy. The government has certain rights in the invention.";

	@Autowired
	PatentTextService patents;

	@Autowired
	NlpService nlp;

	@Autowired
	EvidenceService evidence;

	@BeforeEach
	void seed() {
		TestNeo4j.clear();
		this.nlp.forgetIndex();
		try (var session = TestNeo4j.driver().session()) {
			session
				.run("CREATE (:Patent {number: 'US7000001', governmentInterest: $text, abstract: 'A cooled magnet.'})",
						Map.of("text", STATEMENT))
				.consume();
		}
	}

	@Test
	void aGovernmentInterestStatementFundsItsPatent() {
		PatentTextService.Report report = this.patents.run(List.of("governmentInterest", "abstract"), 10, false);
		assertThat(report.texts()).containsEntry("governmentInterest", 1).containsEntry("abstract", 1);
		try (var session = TestNeo4j.driver().session()) {
			var row = session.run("""
					MATCH (p:Patent {number: 'US7000001'})-[r:FUNDED_BY]->(f:Fund)<-[:ISSUED]-(o:Organization)
					MATCH (p)-[:HAS_TEXT {field: 'governmentInterest'}]->(d:Document {format: 'patent-text'})
					RETURN r.grantNumbers AS grants, f.id AS fund, o.id AS agency, d.language AS language""").single();
			assertThat(row.get("grants").asList()).containsExactly("DE-FG02-00ER82948");
			assertThat(row.get("fund").asString()).isEqualTo("fund:department of energy");
			assertThat(row.get("agency").asString()).isEqualTo("department of energy");
			assertThat(row.get("language").asString()).isEqualTo("eng");
		}
		EvidenceReport report2 = this.evidence.forRelationship("US7000001", "FUNDED_BY", "fund:department of energy",
				5);
		assertThat(report2.facts()).singleElement().satisfies(f -> {
			assertThat(f.evidence().sentence()).startsWith("This invention was made with Government support");
			assertThat(f.evidence().extractor()).isEqualTo("rule:funding");
		});
		assertThat(this.patents.run(List.of("governmentInterest"), 10, false).texts())
			.containsEntry("governmentInterest", 0);
	}

}
