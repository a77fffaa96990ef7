package org.ipgraph.ingest.litigation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.csv.Counts;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.SharedData;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counsel and correspondents become provider nodes: {@code REPRESENTED_BY} from cases,
 * {@code HANDLED_BY} from recorded assignments, and reading again creates nothing.
 */
@GraphTest
class RepresentationTest {

	@Autowired
	IngestService ingest;

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.clear();
	}

	@Test
	void firmsAreReadFromContactDetailsAndCorrespondentsFromAddresses() {
		assertThat(Representation.firmOfContact("Roe LLP; 1 Main St", "Jane Roe")).isEqualTo("Roe LLP");
		assertThat(Representation.firmOfContact("Fish & Richardson - Dallas 1717 Main St\nDallas, TX", "J. Doe"))
			.isEqualTo("Fish & Richardson");
		assertThat(Representation.firmOfContact("Kirkland & Ellis LLP (NY)\n601 Lexington Ave", null))
			.isEqualTo("Kirkland & Ellis LLP");
		assertThat(Representation.firmOfContact("1 Main Street", "Jane Roe")).isNull();
		assertThat(Representation.firmOfContact("Jane Roe\n1 Main Street", "Jane Roe")).isNull();
		assertThat(Representation.firmOfContact(null, "Jane Roe")).isNull();
		assertThat(Representation.correspondent("GARLICK & MARKISON", List.of("106 E. 6TH STREET, SUITE 900")))
			.containsExactly("GARLICK & MARKISON", null);
		assertThat(Representation.correspondent("STEPHANIE KANN",
				List.of("3161 MICHELSON DRIVE", "GIBSON, DUNN & CRUTCHER LLP", "IRVINE, CA 92612")))
			.containsExactly("GIBSON, DUNN & CRUTCHER LLP", "STEPHANIE KANN");
		assertThat(Representation.correspondent("JOHN SMITH", List.of("PITTSBURGH, PA 15222"))).containsExactly(null,
				"JOHN SMITH");
	}

	@Test
	void oceCounselRepresentsTheirSideAsFirmAndAttorneyAndReadingAgainChangesNothing(@TempDir Path dir)
			throws IOException {
		OceFiles.sample(dir);
		this.ingest.ingest("auto", List.of(dir), IngestListener.NONE);
		String counts = """
				RETURN COUNT { (:Provider) } AS providers, COUNT { ()-[:REPRESENTED_BY]->() } AS represented,
				       COUNT { (:Person:Provider)-[:AFFILIATED_WITH]->(:Organization:Provider) } AS affiliated""";
		Map<String, Object> first = Counts.single(counts);
		assertThat(first).containsEntry("providers", 4L).containsEntry("represented", 6L);
		assertThat(Counts
			.single("""
					MATCH (c:LitigationCase {id: 'txed:2:16-cv-00077'})-[r:REPRESENTED_BY {side: 'defendant'}]->(f:Organization:Provider)
					RETURN f.id AS id, f.name AS name, f.serviceType AS type, f.providerKinds AS kinds, r.attorneys AS attorneys,
					       r.source AS source"""))
			.containsEntry("id", "doe partners")
			.containsEntry("type", "law_firm")
			.containsEntry("kinds", List.of("law_firm"))
			.containsEntry("attorneys", List.of("John Doe"))
			.containsEntry("source", "uspto-oce");
		assertThat(Counts
			.of("""
					MATCH (:LitigationCase)-[:REPRESENTED_BY {side: 'plaintiff'}]->(a:Person:Provider {id: 'person:jane roe@roe'})
					WHERE (a)-[:AFFILIATED_WITH {role: 'attorney'}]->(:Organization {id: 'roe'})
					RETURN count(*)"""))
			.isEqualTo(2);
		this.ingest.ingest("auto", List.of(dir), IngestListener.NONE);
		assertThat(Counts.single(counts)).isEqualTo(first);
	}

	@Test
	void ptabCounselAndAssignmentCorrespondentsOfTheSharedRecordsAreProviders() {
		List<Path> files = List.of(SharedData.path("uspto-api-response-fixtures/ptab_proceeding_IPR2022-00037.json"),
				SharedData.path("uspto-api-response-fixtures/assignment_2.xml"),
				SharedData.path("uspto-api-response-fixtures/assignment_3.xml"));
		this.ingest.ingest("auto", files, IngestListener.NONE);
		assertThat(Counts
			.single("""
					MATCH (:LitigationCase {id: 'IPR2022-00037'})-[r:REPRESENTED_BY {side: 'petitioner'}]->(a:Person:Provider)
					RETURN a.name AS name, r.party AS party, r.source AS source"""))
			.containsEntry("name", "Walter Renner")
			.containsEntry("party", "apple")
			.containsEntry("source", "uspto-ptab");
		assertThat(Counts
			.of("""
					MATCH (:LitigationCase {id: 'IPR2022-00037'})-[:REPRESENTED_BY {side: 'patent_owner'}]->(a:Person {name: 'David Warden'})
					RETURN count(*)"""))
			.isEqualTo(1);
		assertThat(Counts
			.of("""
					MATCH (:Patent)-[:HAS_EVENT]->(:LegalEvent)-[:HANDLED_BY {role: 'correspondent'}]->(f:Organization:Provider {id: 'garlick markison'})
					RETURN count(*)"""))
			.isPositive();
		assertThat(Counts.of("""
				MATCH (a:Person:Provider {name: 'Stephanie Kann'})-[:AFFILIATED_WITH]->(f:Organization:Provider)
				WHERE 'correspondent' IN f.providerKinds AND (:LegalEvent)-[:HANDLED_BY]->(a)
				RETURN count(*)""")).isEqualTo(1);
		long handled = Counts.of("MATCH ()-[h:HANDLED_BY]->() RETURN count(h)");
		this.ingest.ingest("auto", files, IngestListener.NONE);
		assertThat(Counts.of("MATCH ()-[h:HANDLED_BY]->() RETURN count(h)")).isEqualTo(handled);
	}

}
