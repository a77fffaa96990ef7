package org.ipgraph.ingest.litigation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.Rejection;
import org.ipgraph.ingest.csv.Counts;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.SharedData;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@GraphTest
class LitigationIngestTest {

	@Autowired
	IngestService ingest;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
	}

	@Test
	void oceTablesMakeCasesWithPartiesCounselEntriesAndPatentsAndReadingAgainChangesNothing() throws IOException {
		OceFiles.sample(this.dir);
		IngestReport first = this.ingest.ingest("auto", List.of(this.dir), IngestListener.NONE);
		assertThat(first.getRejections()).extracting(Rejection::record, r -> r.file().replaceAll(".*/", ""))
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("line 5", "cases.csv"),
					org.assertj.core.groups.Tuple.tuple("line 10", "names.csv"),
					org.assertj.core.groups.Tuple.tuple("line 5", "attorneys.csv"),
					org.assertj.core.groups.Tuple.tuple("line 7", "patents.csv"));
		assertThat(Counts.of("MATCH (c:LitigationCase) RETURN count(c)")).isEqualTo(3);
		Map<String, Object> suit = Counts.single("""
				MATCH (c:LitigationCase {id: 'txed:2:15-cv-01234'})
				RETURN c.title AS title, c.court AS court, c.caseType AS caseType, toString(c.filedOn) AS filed,
				       c.status AS status, c.docketEntries AS entries, c.plaintiffCounsel AS counsel,
				       c.declaratoryJudgment AS dj, c.source AS source""");
		assertThat(suit).containsEntry("title", "Acme Licensing LLC v. Globex Corp")
			.containsEntry("court", "txed")
			.containsEntry("caseType", "civil")
			.containsEntry("filed", "2015-03-02")
			.containsEntry("status", "closed")
			.containsEntry("entries", 3L)
			.containsEntry("counsel", List.of("Jane Roe"))
			.containsEntry("dj", false)
			.containsEntry("source", "uspto-oce");
		// both spellings of the plaintiff are one organization, plaintiff in both suits
		assertThat(Counts.of("""
				MATCH (o:Organization {id: 'acme licensing'})-[r:PLAINTIFF_IN]->(c) RETURN count(c)""")).isEqualTo(2);
		assertThat(Counts.single("MATCH (o:Organization {id: 'acme licensing'}) RETURN o.aliases AS a").get("a"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.contains("Acme Licensing LLC", "ACME LICENSING L.L.C.");
		assertThat(Counts.of("""
				MATCH (:Organization {id: 'globex'})-[:DEFENDANT_IN]->(:LitigationCase {id: 'txed:2:15-cv-01234'})
				RETURN count(*)""")).isEqualTo(1);
		assertThat(Counts
			.of("MATCH (:Organization)-[:DEFENDANT_IN]->(:LitigationCase {id: 'txed:2:16-cv-00077'}) RETURN count(*)"))
			.isEqualTo(2);
		assertThat(Counts
			.of("""
					MATCH (p:Patent {number: 'US7654321'})-[:ASSERTED_IN]->(c:LitigationCase) WHERE p.stub RETURN count(c)"""))
			.isEqualTo(2);
		assertThat(Counts.of("MATCH (:Patent {number: 'USRE38123'})-[:ASSERTED_IN]->() RETURN count(*)")).isEqualTo(1);
		assertThat(
				Counts.single("MATCH (c:LitigationCase {id: 'ded:1:16-cv-00500'}) RETURN c.declaratoryJudgment AS dj"))
			.containsEntry("dj", true);
		long nodes = Counts.nodes();
		long relationships = Counts.relationships();
		IngestReport second = this.ingest.ingest("auto", List.of(this.dir), IngestListener.NONE);
		assertThat(second.getNodesCreated()).isZero();
		assertThat(second.getRelationshipsCreated()).isZero();
		assertThat(Counts.nodes()).isEqualTo(nodes);
		assertThat(Counts.relationships()).isEqualTo(relationships);
		assertThat(Counts.single("MATCH (c:LitigationCase {id: 'txed:2:15-cv-01234'}) RETURN c.docketEntries AS n"))
			.containsEntry("n", 3L);
	}

	@Test
	void aPtabProceedingHasItsPetitionerPatentOwnerAndChallengedPatent() {
		Path folder = SharedData.path("uspto-api-response-fixtures");
		IngestReport report = this.ingest.ingest("auto", List.of(folder.resolve("ptab_proceeding_IPR2022-00037.json"),
				folder.resolve("ptab_documents_example.json")), IngestListener.NONE);
		assertThat(report.getRejections()).isEmpty();
		Map<String, Object> ipr = Counts.single("""
				MATCH (c:LitigationCase {id: 'IPR2022-00037'})
				RETURN c.caseType AS type, c.court AS court, c.status AS status, c.outcome AS outcome,
				       toString(c.filedOn) AS filed, c.ptabDocuments AS documents,
				       [(o)-[:PETITIONER_IN]->(c) | o.id] AS petitioners,
				       [(o)-[:RESPONDENT_IN]->(c) | o.id] AS owners,
				       [(p)-[:ASSERTED_IN]->(c) | p.number] AS patents""");
		assertThat(ipr).containsEntry("type", "ipr")
			.containsEntry("court", "ptab")
			.containsEntry("status", "closed")
			.containsEntry("outcome", "Final Written Decision - Appealed")
			.containsEntry("filed", "2021-10-15")
			.containsEntry("documents", List.of("170680401"))
			.containsEntry("petitioners", List.of("apple"))
			.containsEntry("owners", List.of("logantree"))
			.containsEntry("patents", List.of("US6059576"));
		// the graph knew no owner of the patent: the patent owner of record is one
		assertThat(Counts
			.of("MATCH (:Organization {id: 'logantree'})-[r:OWNS {source: 'uspto-ptab'}]->(:Patent {number: 'US6059576'}) RETURN count(r)"))
			.isEqualTo(1);
	}

	@Test
	void assignmentsGiveOwnershipHistoryAndAcquisitionsButSecurityInterestsDoNot() {
		Path folder = SharedData.path("uspto-api-response-fixtures");
		IngestReport report = this.ingest.ingest("auto", List.of(folder.resolve("assignment_1.xml"),
				folder.resolve("assignment_2.xml"), folder.resolve("assignment_3.xml")), IngestListener.NONE);
		assertThat(report.getRejections()).isEmpty();
		Map<String, Object> owns = Counts
			.single("""
					MATCH (o:Organization {id: 'realtime data'})-[r:OWNS]->(p:Patent {number: 'US7130913'})
					RETURN toString(r.from) AS from, toString(r.acquiredOn) AS acquired, r.reels AS reels, o.address AS address,
					       p.title AS title, toString(p.filingDate) AS filed, p.stub AS stub""");
		assertThat(owns).containsEntry("from", "2006-09-14")
			.containsEntry("acquired", "2006-09-14")
			.containsEntry("reels", List.of("18247/405"))
			.containsEntry("address", "15 WEST 36TH STREET, NEW YORK, NEW YORK 10018")
			.containsEntry("title", "SYSTEM AND METHODS FOR ACCELERATED DATA STORAGE AND RETRIEVAL")
			.containsEntry("filed", "2003-07-28")
			.containsEntry("stub", true);
		Map<String, Object> seller = Counts.single("""
				MATCH (:Organization {id: 'realtime data compression sys'})-[r:OWNS]->(:Patent {number: 'US7130913'})
				RETURN toString(r.from) AS from, toString(r.to) AS to""");
		assertThat(seller).containsEntry("from", "2003-07-28").containsEntry("to", "2006-09-14");
		Map<String, Object> acquired = Counts
			.single("""
					MATCH (:Organization {id: 'realtime data'})-[a:ACQUIRED_FROM]->(:Organization {id: 'realtime data compression sys'})
					RETURN toString(a.on) AS on, a.patents AS patents, a.source AS source, a.conveyances AS conveyances""");
		assertThat(acquired).containsEntry("on", "2006-09-14")
			.containsEntry("patents", 5L)
			.containsEntry("source", "uspto-assignment")
			.containsEntry("conveyances", List.of("assignment"));
		// inventors assigning to the applicant: ownership from filing, no acquisition
		Map<String, Object> tesla = Counts
			.single("""
					MATCH (o:Organization {id: 'tesla motors'})-[r:OWNS]->(:Patent {number: 'US20180114740'})
					RETURN toString(r.from) AS from, r.acquiredOn AS acquired, COUNT { (o)-[:ACQUIRED_FROM]->() } AS sellers""");
		assertThat(tesla).containsEntry("from", "2016-10-25")
			.containsEntry("acquired", null)
			.containsEntry("sellers", 0L);
		// lenders hold security interests, not patents
		assertThat(Counts
			.of("""
					MATCH (o:Organization)-[:OWNS]->(:Patent)
					WHERE o.id CONTAINS 'bank' OR o.id CONTAINS 'wilmington' OR o.id CONTAINS 'clmg' OR o.id CONTAINS 'piper'
					RETURN count(o)"""))
			.isZero();
		assertThat(Counts
			.of("MATCH (:Organization {id: 'us well services'})-[r:OWNS]->() WHERE r.to IS NULL RETURN count(r)"))
			.isGreaterThan(0);
		assertThat(Counts.of("MATCH ()-[a:ACQUIRED_FROM]->() RETURN count(a)")).isEqualTo(1);
		// every recorded assignment is a dated event of each patent it names (counted in
		// the
		// XML by a script): 8 security interests naming 290 patents, 2 releases naming
		// 88,
		// 3 assignments naming 7
		assertThat(Counts.of("""
				MATCH (:Patent)-[:HAS_EVENT]->(e:LegalEvent {type: 'security-interest', source: 'uspto-assignment'})
				RETURN count(e)""")).isEqualTo(290);
		assertThat(Counts.of("MATCH (:Patent)-[:HAS_EVENT]->(e:LegalEvent {type: 'security-release'}) RETURN count(e)"))
			.isEqualTo(88);
		assertThat(Counts.of("MATCH (:Patent)-[:HAS_EVENT]->(e:LegalEvent {type: 'reassignment'}) RETURN count(e)"))
			.isEqualTo(7);
		assertThat(Counts.single("""
				MATCH (:Patent {number: 'US7130913'})-[:HAS_EVENT]->(e:LegalEvent)
				RETURN toString(e.on) AS on, e.reel AS reel, e.assignees AS assignees, e.description AS conveyance"""))
			.containsEntry("on", "2006-09-14")
			.containsEntry("reel", "18247/405")
			.containsEntry("conveyance", "NUNC PRO TUNC ASSIGNMENT (SEE DOCUMENT FOR DETAILS).");
		long relationships = Counts.relationships();
		IngestReport again = this.ingest.ingest("auto", List.of(folder.resolve("assignment_1.xml"),
				folder.resolve("assignment_2.xml"), folder.resolve("assignment_3.xml")), IngestListener.NONE);
		assertThat(again.getRelationshipsCreated()).isZero();
		assertThat(Counts.relationships()).isEqualTo(relationships);
	}

}
