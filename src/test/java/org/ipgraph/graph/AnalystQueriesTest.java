package org.ipgraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Values;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every query in graph-model/queries with the parameter values its header documents,
 * on a small graph that has something for each to find.
 */
class AnalystQueriesTest {

	private static final Path QUERIES = Path.of("graph-model", "queries");

	private static final Pattern PARAM = Pattern.compile("^// @param (\\w+): (.+)$", Pattern.MULTILINE);

	@BeforeAll
	static void seed() {
		TestNeo4j.clear();
		try (var session = TestNeo4j.driver().session()) {
			session
				.run("""
						CREATE (acme:Organization {id: 'acme', name: 'Acme', kind: 'company', aliases: ['Acme Inc.', 'ACME INC']}),
						       (beta:Organization {id: 'beta', name: 'Beta', kind: 'company', npe: true}),
						       (agency:Organization {id: 'agency', name: 'Agency', kind: 'government_agency'}),
						       (h:Technology {symbol: 'H04N'}), (g:Technology {symbol: 'H04N19/00'}),
						       (g)-[:PART_OF]->(h),
						       (p1:Patent {number: 'US1', filingDate: date('2010-01-01'), value: 0.42, valuePercentile: 80.0, valueModel: 'prior'}),
						       (p2:Patent {number: 'US2', filingDate: date('2011-01-01')}),
						       (p3:Patent {number: 'US3', filingDate: date('2012-01-01')}),
						       (acme)-[:OWNS]->(p1), (acme)-[:OWNS]->(p2), (beta)-[:OWNS]->(p2), (beta)-[:OWNS]->(p3),
						       (p1)-[:CLASSIFIED_AS]->(g), (p2)-[:CLASSIFIED_AS]->(g), (p3)-[:CLASSIFIED_AS]->(h),
						       (p1)-[:CITES]->(p3), (p3)-[:CITES]->(p1),
						       (x:Person {id: 'x', name: 'X'}),
						       (x)-[:AFFILIATED_WITH {from: date('2010-01-01')}]->(acme),
						       (x)-[:AFFILIATED_WITH {from: date('2012-01-01')}]->(beta),
						       (s:Standard {id: 'DEMO-VC 1'}), (p1)-[:DECLARED_ESSENTIAL_TO {declarant: 'acme'}]->(s),
						       (c:LitigationCase {id: 'case-1'}), (beta)-[:PLAINTIFF_IN]->(c), (acme)-[:DEFENDANT_IN]->(c),
						       (p1)-[:ASSERTED_IN]->(c), (roe:Organization:Provider {id: 'roe', name: 'Roe LLP', providerKinds: ['law_firm']}),
						       (c)-[:REPRESENTED_BY {side: 'defendant', source: 'uspto-oce'}]->(roe),
						       (f:Fund {id: 'fund:sbir', name: 'SBIR', amount: 100000.0, currency: 'USD', applicantKinds: ['company'], sizes: ['small-business'], regions: ['US'], instruments: ['grant'], eligibilityFacts: 4}),
						       (agency)-[:ISSUED]->(f), (acme)-[:FUNDED_BY]->(f),
						       (d:Document {id: 'sha256:1', name: 'news.txt'}),
						       (acme)-[:MENTIONED_IN {sentence: 'Acme licensed ...', start: 0, end: 4, confidence: 0.9}]->(d),
						       (offer:Offer {id: 'offer:1', kind: 'licence', status: 'active', organization: 'acme', title: 'Video coding', cpc: ['H04N19/00']}),
						       (acme)-[:OFFERS]->(offer), (offer)-[:INCLUDES]->(p1),
						       (demand:Demand {id: 'demand:market:1', source: 'market', kind: 'licence', status: 'open', requester: 'beta', anonymous: true, cpc: ['H04N19/00']}),
						       (beta)-[:REQUESTED]->(demand), (demand)-[:MATCHES {score: 0.8, reasons: ['CPC overlap 1.00: H04N19/00']}]->(offer)
						""")
				.consume();
		}
	}

	static Stream<Path> queries() throws IOException {
		try (Stream<Path> files = Files.list(QUERIES)) {
			return files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("queries")
	void eachAnalystQueryIsDocumentedAndFindsItsExample(Path file) throws IOException {
		String text = Files.readString(file);
		assertThat(text).as("a query starts with a comment saying what it answers").startsWith("// ");
		Map<String, Object> parameters = new LinkedHashMap<>();
		Matcher m = PARAM.matcher(text);
		while (m.find()) {
			try (var session = TestNeo4j.driver().session()) {
				parameters.put(m.group(1), session.run("RETURN " + m.group(2) + " AS v").single().get("v").asObject());
			}
		}
		String query = text.strip();
		query = query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
		assertThat(query).doesNotContain("$" + "{");
		try (var session = TestNeo4j.driver().session()) {
			List<?> rows = session.run(query, Values.value(parameters)).list();
			assertThat(rows).as(file + " returns rows on the example graph").isNotEmpty();
		}
	}

}
