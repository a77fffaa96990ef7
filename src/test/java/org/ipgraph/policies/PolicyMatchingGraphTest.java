package org.ipgraph.policies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.nlp.NlpService;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.ipgraph.web.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Policy texts ingested as text get their eligibility facts with evidence; organizations
 * of a small hand-built graph are matched to them.
 */
@GraphTest
class PolicyMatchingGraphTest {

	static final String FUND = """
			The Saxony Chip Fund is run by the Federal Ministry for Economic Affairs.

			Only small and medium-sized enterprises with fewer than 250 employees that are established in Germany may apply. \
			The fund supports projects in semiconductors. Universities cannot apply on their own. \
			Grants of up to EUR 400,000 are paid. Applications close on 30 June 2026.
			""";

	static final String PROGRAM = """
			The Campus Licensing Program of the National Science Foundation helps universities in the United States license their patents.

			Universities and nonprofit research institutions in the United States may apply for grants of up to $150,000.
			""";

	@Autowired
	IngestService ingest;

	@Autowired
	NlpService nlp;

	@Autowired
	PolicyService policies;

	@Autowired
	Neo4jClient neo4j;

	@TempDir
	Path dir;

	@BeforeEach
	void graph() throws IOException {
		TestNeo4j.clear();
		this.nlp.forgetIndex();
		// a German chip SME, a large German group, a US university, and one the graph
		// knows nothing about
		this.neo4j
			.query("""
					CREATE (s:Organization {id: 'saxonia chips', name: 'Saxonia Chips GmbH', kind: 'company', country: 'DE'})
					CREATE (g:Organization {id: 'bigcorp', name: 'BigCorp AG', kind: 'company', country: 'DE'})
					CREATE (u:Organization {id: 'univ state', name: 'State University', kind: 'university', country: 'US'})
					CREATE (x:Organization {id: 'mystery', name: 'Mystery Ltd', kind: 'company'})
					CREATE (t:Technology {symbol: 'H01L'})
					""")
			.run();
		this.neo4j.query("""
				MATCH (o:Organization), (t:Technology {symbol: 'H01L'})
				WHERE o.id IN ['saxonia chips', 'bigcorp']
				UNWIND range(1, CASE o.id WHEN 'bigcorp' THEN 30 ELSE 3 END) AS i
				CREATE (o)-[:OWNS]->(p:Patent {number: o.id + i})-[:CLASSIFIED_AS]->(t)
				""").run();
		Files.writeString(this.dir.resolve("chip-fund.txt"), FUND);
		Files.writeString(this.dir.resolve("campus.txt"), PROGRAM);
	}

	@Test
	void eligibilityFactsAreStoredWithEvidenceAndReingestCreatesNothing() {
		this.ingest.ingest("text", List.of(this.dir), IngestListener.NONE);
		String fund = subject("chip-fund.txt");
		PolicyDetails details = this.policies.policy(fund);
		assertThat(details.policy().applicantKinds()).contains("company");
		assertThat(details.policy().excludedKinds()).contains("university");
		assertThat(details.policy().sizes()).containsExactly("sme");
		assertThat(details.policy().regions()).containsExactly("DE");
		assertThat(details.policy().fieldCpc()).contains("H01L");
		assertThat(details.policy().instruments()).contains("grant");
		assertThat(details.facts()).filteredOn(f -> f.kind().equals("size"))
			.singleElement()
			.satisfies(f -> assertThat(f.sentence()).startsWith("Only small and medium-sized enterprises"));
		long evidence = count("MATCH (e:Evidence {type: 'ELIGIBILITY'}) RETURN count(e)");
		long nodes = count("MATCH (n) RETURN count(n)");
		this.ingest.ingest("text", List.of(this.dir), IngestListener.NONE);
		assertThat(count("MATCH (e:Evidence {type: 'ELIGIBILITY'}) RETURN count(e)")).isEqualTo(evidence);
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
	}

	// three subsections of one section: (a) sets up a loan guarantee and names no
	// recipient, (c) and (d) name their own
	private Path statute() throws IOException {
		Path statute = Files.createDirectories(this.dir.resolve("statute"));
		String heading = "Title 99\u2014 COMMERCE\n\nCHAPTER 9\u2014 INNOVATION\n\n"
				+ "\u00a7 9901. Loan guarantees for innovative manufacturing\n\n";
		Files.writeString(statute.resolve("chunk-1.md"), heading + "(a) Establishment\n\n"
				+ "The Secretary shall establish a program to provide loan guarantees for innovative technologies.\n");
		Files.writeString(statute.resolve("chunk-2.md"), heading + "(c) Eligible borrower\n\n"
				+ "A loan guarantee may be made only for a borrower who is a small- or medium-sized manufacturer.\n");
		Files.writeString(statute.resolve("chunk-3.md"), heading + "(d) Research grants\n\n"
				+ "The Secretary may award grants to universities and nonprofit organizations for research on manufacturing.\n");
		return statute;
	}

	@Test
	void subsectionsNamingTheirOwnRecipientsAreTwoPoliciesSharingTheirSectionsFacts() throws IOException {
		this.ingest.ingest("text", List.of(statute()), IngestListener.NONE);
		PolicyDetails borrower = this.policies.policy("policy:title 99 \u00a7 9901(c)");
		assertThat(borrower.policy().title())
			.isEqualTo("Title 99 \u00a7 9901(c). Eligible borrower (Loan guarantees for innovative manufacturing)");
		// its own recipients, and the instrument its section sets up in (a)
		assertThat(borrower.policy().applicantKinds()).containsExactly("company");
		assertThat(borrower.policy().sizes()).containsExactly("sme");
		assertThat(borrower.policy().instruments()).contains("loan-guarantee");
		assertThat(borrower.facts().stream().map(PolicyDetails.Fact::documentId).distinct()).hasSize(2);
		PolicyDetails grants = this.policies.policy("policy:title 99 \u00a7 9901(d)");
		assertThat(grants.policy().applicantKinds()).contains("university", "nonprofit").doesNotContain("company");
		assertThat(grants.policy().sizes()).isEmpty();
		// the section holds (a) only, and is matched through its subsections
		PolicyDetails section = this.policies.policy("policy:title 99 \u00a7 9901");
		assertThat(section.policy().applicantKinds()).isEmpty();
		assertThat(section.policy().title())
			.isEqualTo("Title 99 \u00a7 9901. Loan guarantees for innovative manufacturing");
		assertThat(count("MATCH (p:Policy)-[:PART_OF]->(:Policy {id: 'policy:title 99 \u00a7 9901'}) RETURN count(p)"))
			.isEqualTo(2);
		assertThat(count("MATCH (p:Policy) WHERE p.id STARTS WITH 'policy:' RETURN count(p)")).isEqualTo(3);

		MatchReport university = this.policies.match("univ state", null);
		assertThat(verdict(university, grants.policy().id())).isNotEqualTo("not-eligible");
		assertThat(verdict(university, borrower.policy().id())).isEqualTo("not-eligible");
		assertThat(university.matches()).noneMatch(m -> m.policy().id().equals(section.policy().id()));

		this.neo4j
			.query("MATCH (o:Organization {id: 'mystery'}) SET o.matchedPatents = 4100.5, "
					+ "o.matchedPatentsSource = 'substringMatch_manuallyReviewed (MYSTERY)'")
			.run();
		MatchReport mystery = this.policies.match("Mystery Ltd", null);
		assertThat(mystery.applicant().size()).isEqualTo("large");
		assertThat(verdict(mystery, borrower.policy().id())).isEqualTo("not-eligible");
		assertThat(reasons(mystery, borrower.policy().id())).anySatisfy(r -> assertThat(r)
			.isEqualTo("SME: no, large (4,101 US patents under its name in substringMatch_manuallyReviewed (MYSTERY) "
					+ "(at least 25))"));
	}

	@Test
	void aStatuteTextIsKeyedByItsSectionNotByAnActItCites() throws IOException {
		// rule L: the act a statute text cites is a reference, not the text's subject
		Path statute = Files.createDirectories(this.dir.resolve("cites"));
		Files.writeString(statute.resolve("chunk-1.md"),
				"Title 97\u2014 COMMERCE\n\n\u00a7 9701. Loan guarantees for small manufacturers\n\n"
						+ "(c) Eligible borrower\n\nA loan guarantee may be made only for a borrower who is a small "
						+ "business concern under section 3 of the Small Business Act.\n");
		Files.writeString(statute.resolve("chunk-2.md"),
				"Title 96\u2014 TRADE\n\n\u00a7 9601. Export vouchers\n\n(b) Eligible exporters\n\n"
						+ "Vouchers may be awarded only to universities, as section 5 of the Export Promotion Act "
						+ "provides.\n");
		this.ingest.ingest("text", List.of(statute), IngestListener.NONE);
		assertThat(this.policies.policy("policy:title 97 \u00a7 9701(c)").policy().applicantKinds())
			.containsExactly("company");
		assertThat(this.policies.policy("policy:title 96 \u00a7 9601(b)").policy().applicantKinds())
			.containsExactly("university");
		assertThat(count("MATCH (:Evidence {type: 'ELIGIBILITY'})-[:SUBJECT]->(p) "
				+ "WHERE NOT p.id STARTS WITH 'policy:title' RETURN count(p)"))
			.isZero();
	}

	@Test
	void definitionsAreTheSectionsAndOnlyAPolicyThatGivesMoneyHasItsJurisdictionAsRegion() throws IOException {
		Path statute = Files.createDirectories(this.dir.resolve("defined"));
		String heading = "Title 98\u2014 COMMERCE\n\n\u00a7 9801. Research awards\n\n";
		Files.writeString(statute.resolve("chunk-1.md"), heading + "(a) Definitions\n\n"
				+ "In this section, the term \u201celigible recipient\u201d means a university or a nonprofit organization.\n");
		Files.writeString(statute.resolve("chunk-2.md"), heading + "(c) Awards\n\n"
				+ "Grants may be made only to companies. The awards are made in the United States of America.\n");
		Files.writeString(this.dir.resolve("review.txt"), "A patent owner may request a review of the patent. "
				+ "The office of the United States decides within a year.\n");
		this.ingest.ingest("text", List.of(statute, this.dir.resolve("review.txt")), IngestListener.NONE);
		// the definitions subsection is no policy of its own: its recipients are the
		// section's, and so its awards subsection's
		assertThat(count("MATCH (p:Policy {id: 'policy:title 98 \u00a7 9801(a)'}) RETURN count(p)")).isZero();
		PolicyDetails awards = this.policies.policy("policy:title 98 \u00a7 9801(c)");
		assertThat(awards.policy().applicantKinds()).contains("company", "university", "nonprofit");
		// rule I: a grant's jurisdiction is a region, a right's is not
		assertThat(awards.policy().regions()).containsExactly("US");
		PolicyDetails review = this.policies.policy(subject("review.txt"));
		assertThat(review.policy().applicantKinds()).containsExactly("any");
		assertThat(review.facts()).anySatisfy(f -> assertThat(f.detail()).isEqualTo("jurisdiction"));
		assertThat(review.policy().regions()).isEmpty();
	}

	@Test
	void aSectionPolicyOfAnEarlierVersionIsReadAgainBySubsectionAfterTheMigration() throws IOException {
		Path statute = statute();
		this.ingest.ingest("text", List.of(statute), IngestListener.NONE);
		List<Long> fresh = graphCounts();
		// the graph as the section-keyed version left it: every fact on the section's
		// policy
		this.neo4j.query("""
				MATCH (s:Policy {id: 'policy:title 99 \u00a7 9901'})
				MATCH (e:Evidence {type: 'ELIGIBILITY'})-[r:SUBJECT]->(p:Policy)-[:PART_OF]->(s)
				DELETE r
				MERGE (e)-[:SUBJECT]->(s)
				WITH DISTINCT s, p
				MATCH (p)-[:MENTIONED_IN]->(d:Document)
				MERGE (s)-[m:MENTIONED_IN]->(d) ON CREATE SET m.extractor = 'rule:eligibility', m.sentence = 0
				DETACH DELETE p
				""").run();
		this.neo4j.query("""
				MATCH (s:Policy {id: 'policy:title 99 \u00a7 9901'})
				SET s.applicantKinds = ['company', 'university', 'nonprofit'], s.eligibilityFacts = 9
				""").run();
		assertThat(count("MATCH (p:Policy) WHERE p.id STARTS WITH 'policy:' RETURN count(p)")).isOne();
		// re-ingest alone changes nothing: the texts were read with this model
		this.ingest.ingest("text", List.of(statute), IngestListener.NONE);
		assertThat(count("MATCH (p:Policy) WHERE p.id STARTS WITH 'policy:' RETURN count(p)")).isOne();

		migration("V140__Read_statute_policies_again_by_subsection.cypher");
		this.ingest.ingest("text", List.of(statute), IngestListener.NONE);
		assertThat(this.policies.policy("policy:title 99 \u00a7 9901(c)").policy().applicantKinds())
			.containsExactly("company");
		assertThat(this.policies.policy("policy:title 99 \u00a7 9901").policy().applicantKinds()).isEmpty();
		readAsFreshAndMarkedNoMore(fresh, "V140__Read_statute_policies_again_by_subsection.cypher", "by subsection)");
	}

	@Test
	void aStatuteTextReadUnderTheActItCitesIsReadAgainBySectionAfterTheMigration() throws IOException {
		Path statute = Files.createDirectories(this.dir.resolve("cited"));
		Files.writeString(statute.resolve("chunk-1.md"),
				"Title 97\u2014 COMMERCE\n\n\u00a7 9701. Loan guarantees for small manufacturers\n\n"
						+ "(c) Eligible borrower\n\nA loan guarantee may be made only for a borrower who is a small "
						+ "business concern under section 3 of the Small Business Act.\n");
		this.ingest.ingest("text", List.of(statute), IngestListener.NONE);
		List<Long> fresh = graphCounts();
		// the graph as the version before rule L left it: every fact on the act the text
		// cites, no statute policy
		this.neo4j.query("""
				MERGE (a:Policy {id: 'policy:small business act'})
				ON CREATE SET a.origin = 'text', a.name = 'Small Business Act'
				WITH a
				MATCH (e:Evidence {type: 'ELIGIBILITY'})-[r:SUBJECT]->(p:Policy)
				WHERE p.id STARTS WITH 'policy:title 97'
				DELETE r
				MERGE (e)-[:SUBJECT]->(a)
				WITH DISTINCT a
				MATCH (e:Evidence {type: 'ELIGIBILITY'})-[:IN_DOCUMENT]->(d:Document)
				MERGE (a)-[m:MENTIONED_IN]->(d) ON CREATE SET m.extractor = 'rule:eligibility', m.sentence = 0
				""").run();
		this.neo4j.query("MATCH (p:Policy) WHERE p.id STARTS WITH 'policy:title 97' DETACH DELETE p").run();
		assertThat(count("MATCH (p:Policy) WHERE p.id STARTS WITH 'policy:title 97' RETURN count(p)")).isZero();
		// re-ingest alone changes nothing: the text was read with this model
		this.ingest.ingest("text", List.of(statute), IngestListener.NONE);
		assertThat(count("MATCH (p:Policy) WHERE p.id STARTS WITH 'policy:title 97' RETURN count(p)")).isZero();

		migration("V141__Read_statute_texts_citing_an_act_again.cypher");
		this.ingest.ingest("text", List.of(statute), IngestListener.NONE);
		assertThat(this.policies.policy("policy:title 97 \u00a7 9701(c)").policy().applicantKinds())
			.containsExactly("company");
		// the act is a mention again, no subject of eligibility facts
		assertThat(count("MATCH (:Evidence {type: 'ELIGIBILITY'})-[:SUBJECT]->(p:Policy) "
				+ "WHERE NOT p.id STARTS WITH 'policy:title' RETURN count(p)"))
			.isZero();
		readAsFreshAndMarkedNoMore(fresh, "V141__Read_statute_texts_citing_an_act_again.cypher", "by section)");
	}

	@Test
	void aTextWithoutApplicantFactsIsReadAgainForItsRecipientClauseAfterTheMigration() throws IOException {
		Path statute = Files.createDirectories(this.dir.resolve("recipient"));
		Files.writeString(statute.resolve("chunk-1.md"),
				"Title 96\u2014 PATENTS\n\n\u00a7 9601. Certificates for bridges\n\n"
						+ "Whoever builds a new kind of bridge may obtain a certificate therefor.\n");
		this.ingest.ingest("text", List.of(statute), IngestListener.NONE);
		List<Long> fresh = graphCounts();
		String applicants = "MATCH (e:Evidence {type: 'ELIGIBILITY', kind: 'applicants'}) RETURN count(e)";
		assertThat(count(applicants)).isPositive();
		// the graph as the version before rule M left it: no applicant fact
		this.neo4j.query("MATCH (e:Evidence {type: 'ELIGIBILITY', kind: 'applicants'}) DETACH DELETE e").run();
		assertThat(count(applicants)).isZero();
		// re-ingest alone changes nothing: the text was read with this model
		this.ingest.ingest("text", List.of(statute), IngestListener.NONE);
		assertThat(count(applicants)).isZero();

		migration("V142__Read_texts_without_applicants_again_for_the_recipient_clause.cypher");
		this.ingest.ingest("text", List.of(statute), IngestListener.NONE);
		assertThat(count(applicants)).isPositive();
		readAsFreshAndMarkedNoMore(fresh, "V142__Read_texts_without_applicants_again_for_the_recipient_clause.cypher",
				"(read again: recipient clause)");
	}

	@Test
	void aTextWithAnInventorsOathOrAPetitionIsReadAgainForItsRecipientAfterTheMigration() throws IOException {
		Path statute = Files.createDirectories(this.dir.resolve("unnamed"));
		Files.writeString(statute.resolve("chunk-1.md"),
				"Title 96\u2014 PATENTS\n\n\u00a7 9602. Revival of bridges\n\n"
						+ "The applicant shall file a drawing and an oath or declaration of the inventor.\n\n"
						+ "Upon petition by the applicant, the Director may revive an abandoned application.\n");
		Path other = Files.createDirectories(this.dir.resolve("named"));
		Files.writeString(other.resolve("chunk-1.md"), "Title 96\u2014 PATENTS\n\n\u00a7 9603. Grants for bridges\n\n"
				+ "Small business concerns may apply for a grant.\n");
		this.ingest.ingest("text", List.of(statute, other), IngestListener.NONE);
		List<Long> fresh = graphCounts();
		String holders = "MATCH (e:Evidence {type: 'ELIGIBILITY', kind: 'applicants', value: 'patent-holder'}) "
				+ "RETURN count(e)";
		assertThat(count(holders)).isPositive();
		// the graph as the version before left it: the inventor of the oath read as the
		// only kind
		this.neo4j
			.query("MATCH (e:Evidence {type: 'ELIGIBILITY', kind: 'applicants', value: 'patent-holder'}) "
					+ "SET e.value = 'individual'")
			.run();
		assertThat(count(holders)).isZero();
		this.ingest.ingest("text", List.of(statute, other), IngestListener.NONE);
		assertThat(count(holders)).isZero();

		migration("V143__Read_texts_again_for_recipients_without_a_named_party.cypher");
		// the text that names a kind of its own is not marked
		assertThat(count("MATCH (d:Document) WHERE d.nlpModel ENDS WITH $marker RETURN count(d)",
				"(read again: unnamed recipients)"))
			.isEqualTo(1);
		this.ingest.ingest("text", List.of(statute, other), IngestListener.NONE);
		assertThat(count(holders)).isPositive();
		readAsFreshAndMarkedNoMore(fresh, "V143__Read_texts_again_for_recipients_without_a_named_party.cypher",
				"(read again: unnamed recipients)");
	}

	private List<Long> graphCounts() {
		return List.of(count("MATCH (e:Evidence {type: 'ELIGIBILITY'}) RETURN count(e)"),
				count("MATCH (n) RETURN count(n)"), count("MATCH ()-[r]->() RETURN count(r)"));
	}

	/**
	 * The graph is as a fresh read left it (nothing duplicated, nothing left beside), and
	 * the migration, run again, marks no Document.
	 */
	private void readAsFreshAndMarkedNoMore(List<Long> fresh, String migration, String marker) throws IOException {
		assertThat(graphCounts()).isEqualTo(fresh);
		migration(migration);
		assertThat(count("MATCH (d:Document) WHERE d.nlpModel ENDS WITH $marker RETURN count(d)", marker)).isZero();
	}

	private void migration(String file) throws IOException {
		try (var in = getClass().getClassLoader().getResourceAsStream("neo4j/migrations/" + file)) {
			String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			String statement = text.lines()
				.filter(l -> !l.strip().startsWith("//"))
				.collect(java.util.stream.Collectors.joining("\n"))
				.strip();
			this.neo4j.query(statement.substring(0, statement.length() - 1)).run();
		}
	}

	@Test
	void organizationsAreMatchedFromTheirGraphFactsWithReasons() {
		this.ingest.ingest("text", List.of(this.dir), IngestListener.NONE);
		String fund = subject("chip-fund.txt");
		String program = subject("campus.txt");
		MatchReport sme = this.policies.match("Saxonia Chips GmbH", null);
		assertThat(sme.applicant().country()).isEqualTo("DE");
		assertThat(sme.applicant().cpc()).containsExactly("H01L");
		assertThat(verdict(sme, fund)).isEqualTo("possibly");
		assertThat(reasons(sme, fund)).anySatisfy(r -> assertThat(r).startsWith("SME: unknown (3 patents"))
			.anySatisfy(r -> assertThat(r).isEqualTo("field: H01L matches"));
		assertThat(verdict(sme, program)).isEqualTo("not-eligible");
		assertThat(sme.matches().get(0).policy().id()).isEqualTo(fund);

		MatchReport big = this.policies.match("bigcorp", null);
		assertThat(big.applicant().size()).isEqualTo("large");
		assertThat(verdict(big, fund)).isEqualTo("not-eligible");

		MatchReport university = this.policies.match("univ state", null);
		assertThat(verdict(university, program)).isEqualTo("eligible");
		assertThat(verdict(university, fund)).isEqualTo("not-eligible");

		MatchReport mystery = this.policies.match("Mystery Ltd", null);
		assertThat(reasons(mystery, fund)).anySatisfy(r -> assertThat(r).startsWith("region: unknown"));
		assertThatThrownBy(() -> this.policies.match("Nobody Inc", null)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aDemandIsMatchedByWhatItSays() {
		this.ingest.ingest("text", List.of(this.dir), IngestListener.NONE);
		String fund = subject("chip-fund.txt");
		MatchReport report = this.policies
			.match(new DemandRequest("a partner for semiconductor packaging", null, "company", "DE", null, "small", 5));
		assertThat(report.applicant().cpc()).contains("H01L");
		assertThat(verdict(report, fund)).isEqualTo("eligible");
		MatchReport abroad = this.policies
			.match(new DemandRequest("semiconductor packaging", null, "company", "FR", null, "small", 5));
		assertThat(verdict(abroad, fund)).isEqualTo("not-eligible");
	}

	private String subject(String file) {
		return this.neo4j.query("""
				MATCH (d:Document) WHERE d.path ENDS WITH $file
				MATCH (e:Evidence {type: 'ELIGIBILITY', documentId: d.id})-[:SUBJECT]->(p)
				RETURN DISTINCT p.id""").bind(file).to("file").fetchAs(String.class).one().orElseThrow();
	}

	private static String verdict(MatchReport report, String policy) {
		return report.matches()
			.stream()
			.filter(m -> m.policy().id().equals(policy))
			.findFirst()
			.orElseThrow()
			.eligible();
	}

	private static List<String> reasons(MatchReport report, String policy) {
		return report.matches()
			.stream()
			.filter(m -> m.policy().id().equals(policy))
			.findFirst()
			.orElseThrow()
			.reasons()
			.stream()
			.map(Reason::text)
			.toList();
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private long count(String cypher, String marker) {
		return this.neo4j.query(cypher).bind(marker).to("marker").fetchAs(Long.class).one().orElseThrow();
	}

	static Map<String, Object> none() {
		return Map.of();
	}

}
