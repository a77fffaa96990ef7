package org.ipgraph.providers;

import java.time.LocalDate;

import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The track records read from a small hand-built graph: counsel on cases, a correspondent
 * of a recorded assignment, a bank named by a text, and a demo-style service institution
 * without the Provider label.
 */
class ProviderServiceGraphTest {

	static final String GRAPH = """
			CREATE (h:Technology {symbol: 'H04N19/70'}), (a:Technology {symbol: 'A61K9/00'}),
			       (p1:Patent {number: 'US1'})-[:CLASSIFIED_AS]->(h), (p2:Patent {number: 'US2'})-[:CLASSIFIED_AS]->(a),
			       (acme:Organization {id: 'acme', name: 'Acme'}), (globex:Organization {id: 'globex', name: 'Globex'}),
			       (c1:LitigationCase {id: 'txed:1', court: 'txed', caseType: 'civil', filedOn: date('2021-01-01'), outcome: 'judgment for defendant'}),
			       (c2:LitigationCase {id: 'ded:2', court: 'ded', caseType: 'civil', filedOn: date('2022-01-01')}),
			       (p1)-[:ASSERTED_IN]->(c1), (p2)-[:ASSERTED_IN]->(c2),
			       (acme)-[:PLAINTIFF_IN]->(c1), (globex)-[:DEFENDANT_IN]->(c1),
			       (acme)-[:PLAINTIFF_IN]->(c2), (globex)-[:DEFENDANT_IN]->(c2),
			       (roe:Organization:Provider {id: 'roe', name: 'Roe LLP', serviceType: 'law_firm', providerKinds: ['law_firm']}),
			       (jane:Person:Provider {id: 'person:jane roe@roe', name: 'Jane Roe', providerKinds: ['attorney']}),
			       (doe:Organization:Provider {id: 'doe partners', name: 'Doe & Partners', serviceType: 'law_firm', providerKinds: ['law_firm']}),
			       (c1)-[:REPRESENTED_BY {side: 'defendant', source: 'uspto-oce'}]->(roe),
			       (c1)-[:REPRESENTED_BY {side: 'defendant', source: 'uspto-oce'}]->(jane),
			       (c2)-[:REPRESENTED_BY {side: 'defendant', source: 'uspto-oce'}]->(doe),
			       (c1)-[:REPRESENTED_BY {side: 'plaintiff', source: 'uspto-oce'}]->(doe),
			       (e:LegalEvent {id: 'uspto-assignment:1/2:US1', type: 'license', on: date('2020-03-01')}),
			       (p1)-[:HAS_EVENT]->(e), (acme)-[:OWNS]->(p1),
			       (alston:Organization:Provider {id: 'alston bird', name: 'Alston & Bird', providerKinds: ['correspondent'], serviceType: 'law_firm'}),
			       (e)-[:HANDLED_BY {role: 'correspondent', source: 'uspto-assignment'}]->(alston),
			       (bank:Organization:Provider {id: 'hanse bank', name: 'Hanse Bank', serviceType: 'bank', providerKinds: ['bank']}),
			       (ev:Evidence {id: 'doc#1:PROVIDER:bank:hanse bank', type: 'PROVIDER', kind: 'bank', sentence: 'Hanse Bank took the patents as collateral.', documentId: 'sha256:1'}),
			       (ev)-[:SUBJECT]->(bank),
			       (:Organization {id: 'demo valuers', name: 'Demo Valuers', serviceType: 'evaluator'})
			""";

	static ProviderService service;

	@BeforeAll
	static void seed() {
		TestNeo4j.clear();
		TestNeo4j.driver().executableQuery(GRAPH).execute();
		service = ProviderService.over(Neo4jClient.create(TestNeo4j.driver()),
				new ProvidersProperties(null, false, null, null));
	}

	@Test
	void defenseCounselInTheAreaAndCourtComeFirstWithTheirTrackRecord() {
		ProviderReport report = service.rank("litigation-defense", "H04N", "txed", null, LocalDate.of(2024, 1, 1),
				false);
		assertThat(report.candidates()).isEqualTo(4);
		assertThat(report.providers()).extracting(ProviderReport.RankedProvider::id)
			.startsWith("person:jane roe@roe", "roe");
		ProviderReport.RankedProvider roe = report.providers().get(1);
		assertThat(roe.label()).isEqualTo("Organization");
		assertThat(roe.trackRecord().cases()).containsEntry("defendant", 1);
		assertThat(roe.trackRecord().outcomes()).containsEntry("favourable", 1);
		assertThat(roe.trackRecord().clients()).extracting(ProviderReport.Count::key).containsExactly("globex");
		assertThat(roe.trackRecord().areas()).extracting(ProviderReport.Count::key).containsExactly("H04N");
		assertThat(roe.evidence()).extracting(ProviderReport.Evidence::id).containsExactly("txed:1");
		ProviderReport.RankedProvider doe = report.providers()
			.stream()
			.filter(p -> p.id().equals("doe partners"))
			.findFirst()
			.orElseThrow();
		assertThat(doe.trackRecord().cases()).containsEntry("defendant", 1).containsEntry("plaintiff", 1);
		assertThat(doe.components().get("area")).isZero();
	}

	@Test
	void licensingProsecutionAndValuationReadRecordsTextsAndKinds() {
		ProviderReport licensing = service.rank("licensing", "H04N", null, 5);
		assertThat(licensing.providers()).extracting(ProviderReport.RankedProvider::id).contains("alston bird");
		ProviderReport prosecution = service.rank("prosecution", null, null, 5);
		assertThat(prosecution.providers().get(0).id()).isEqualTo("alston bird");
		assertThat(prosecution.providers().get(0).trackRecord().records()).isEqualTo(1);
		assertThat(prosecution.providers().get(0).trackRecord().clients()).extracting(ProviderReport.Count::key)
			.containsExactly("acme");
		ProviderReport valuation = service.rank("valuation", null, null, 5);
		assertThat(valuation.providers()).extracting(ProviderReport.RankedProvider::id)
			.containsExactly("hanse bank", "demo valuers");
		assertThat(valuation.providers().get(0).evidence().get(0).source()).contains("took the patents as collateral");
		assertThat(valuation.providers().get(1).trackRecord().texts()).isZero();
	}

	@Test
	void badQueriesAreUsageErrors() {
		assertThatIllegalArgumentException().isThrownBy(() -> service.rank("litigation", null, null, null))
			.withMessageContaining("need must be one of");
		assertThatIllegalArgumentException().isThrownBy(() -> service.rank("licensing", "G06F'; DROP", null, null))
			.withMessageContaining("cpc must be");
		assertThatIllegalArgumentException().isThrownBy(() -> service.rank("licensing", null, "Texas East", null))
			.withMessageContaining("region must be");
		assertThatIllegalArgumentException().isThrownBy(() -> service.rank("licensing", null, null, 0));
	}

}
