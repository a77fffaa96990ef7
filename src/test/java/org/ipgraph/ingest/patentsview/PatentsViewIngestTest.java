package org.ipgraph.ingest.patentsview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.Rejection;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@GraphTest
class PatentsViewIngestTest {

	@Autowired
	IngestService ingest;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
	}

	@Test
	void theFiveTablesCompleteOnePatentEach() throws IOException {
		Tables.writeAll(this.dir);
		IngestReport report = this.ingest.ingest("patentsview", List.of(this.dir), IngestListener.NONE);
		assertThat(report.getRejections()).isEmpty();
		assertThat(count("MATCH (p:Patent) WHERE p.stub IS NULL RETURN count(p)")).isEqualTo(2);
		Map<String, Object> patent = single("""
				MATCH (p:Patent {number: 'US10000001'})
				RETURN p.title AS title, p.kind AS kind, p.type AS type, p.grantDate = date('2018-06-19') AS granted
				""");
		assertThat(patent).containsEntry("title", "Coherent ranging with \"quadrature\" pixels")
			.containsEntry("kind", "B2")
			.containsEntry("type", "utility")
			.containsEntry("granted", true);
		// "Raytheon Co." and "RAYTHEON COMPANY" are one owner
		assertThat(count("MATCH (o:Organization {id: 'raytheon'})-[:OWNS]->(:Patent {number: 'US10000001'})"
				+ " RETURN count(o)"))
			.isEqualTo(1);
		assertThat(report.getOrganizationNames()).containsEntry("rawNames", 2).containsEntry("organizations", 1);
		assertThat(rows("""
				MATCH (x:Person)-[r:INVENTED]->(:Patent {number: 'US10000001'})
				RETURN x.id AS id, r.sequence AS sequence ORDER BY sequence""")).extracting(r -> r.get("id"))
			.containsExactly("pv:fl:ja_ln:crouch-1", "pv:fl:ro_ln:smith-3");
		assertThat(count("MATCH (:Patent {number: 'US10000001'})-[:CLASSIFIED_AS {first: true}]->"
				+ "(:Technology {symbol: 'G01S17/32'}) RETURN count(*)"))
			.isEqualTo(1);
		assertThat(rows("""
				MATCH (:Patent {number: 'US10000001'})-[r:CITES]->(q:Patent)
				RETURN q.number AS cited, r.category AS category, q.stub AS stub ORDER BY cited"""))
			.extracting(r -> r.get("cited"), r -> r.get("category"), r -> r.get("stub"))
			.containsExactly(tuple("US10000002", "cited by examiner", null),
					tuple("USD612345", "cited by applicant", true));
	}

	@Test
	void aPartialTableNeverBlanksWhatAnotherStored() throws IOException {
		Tables.writeAll(this.dir);
		this.ingest.ingest("patentsview", List.of(this.dir.resolve("g_patent.tsv")), IngestListener.NONE);
		Path other = Files.createDirectory(this.dir.resolve("later"));
		Tables.write(other, "g_inventor_disambiguated.tsv", Tables.G_INVENTOR,
				"10000001|0|fl:ja_ln:crouch-1|Jason|Crouch||");
		this.ingest.ingest("patentsview", List.of(other), IngestListener.NONE);
		assertThat(single("MATCH (p:Patent {number: 'US10000001'}) RETURN p.title AS title, p.kind AS kind"))
			.containsEntry("title", "Coherent ranging with \"quadrature\" pixels")
			.containsEntry("kind", "B2");
	}

	@Test
	void ingestingTheSameTablesTwiceAddsNothing() throws IOException {
		Tables.writeAll(this.dir);
		IngestReport first = this.ingest.ingest("patentsview", List.of(this.dir), IngestListener.NONE);
		long nodes = count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		IngestReport second = this.ingest.ingest("patentsview", List.of(this.dir), IngestListener.NONE);
		assertThat(first.getNodesCreated()).isPositive();
		assertThat(second.getNodesCreated()).isZero();
		assertThat(second.getRelationshipsCreated()).isZero();
		assertThat(count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
	}

	@Test
	void badRowsAndBadHeadersAreReportedWithFileAndLine() throws IOException {
		Path patents = Tables.write(this.dir, "g_patent.tsv", Tables.G_PATENT,
				"7000001|utility|2006-02-21|Good||B1|3|0|x", "7000002|utility|21.02.2006|Bad date||B1|3|0|x");
		Path cpc = Tables.write(this.dir, "g_cpc_current.tsv", "patent_id|cpc_sequence|cpc_group",
				"7000001|0|H04N19/70");
		IngestReport report = this.ingest.ingest("patentsview", List.of(this.dir), IngestListener.NONE);
		assertThat(report.getRejections()).extracting(Rejection::file, Rejection::record)
			.containsExactlyInAnyOrder(tuple(patents.toString(), "line 3"), tuple(cpc.toString(), "file"));
		assertThat(count("MATCH (p:Patent) RETURN count(p)")).isEqualTo(1);
		assertThat(count("MATCH (t:Technology) RETURN count(t)")).isZero();
		assertThat(report.exitCode()).isEqualTo(1);
	}

	private static long count(String cypher) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	private static Map<String, Object> single(String cypher) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run(cypher).single().asMap();
		}
	}

	private static List<Map<String, Object>> rows(String cypher) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run(cypher).list(r -> r.asMap());
		}
	}

}
