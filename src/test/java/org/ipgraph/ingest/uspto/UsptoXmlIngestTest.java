package org.ipgraph.ingest.uspto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.Rejection;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.SharedData;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The USPTO reader through the ingest service into the test database. Expected counts
 * were taken from the XML with grep and a script, independently of this reader.
 */
@GraphTest
class UsptoXmlIngestTest {

	@Autowired
	IngestService ingest;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
	}

	@Test
	void storesEveryPatentWithItsOwnersInventorsAndCitations() {
		IngestReport report = ingestAll();
		assertThat(report.getRejections()).isEmpty();
		// 225 weekly-file grants, 6 sample grants, 2 sample applications
		assertThat(count("MATCH (p:Patent) WHERE p.stub IS NULL RETURN count(p)")).isEqualTo(233);
		assertThat(report.getRecordsStored()).isEqualTo(233);
		// 213 assignee orgnames with 185 spellings; only "Freescale Semiconductor, INC"
		// and
		// "Freescale Semiconductor, Inc." are one owner
		assertThat(count("MATCH (:Organization)-[r:OWNS]->(:Patent) RETURN count(r)")).isEqualTo(213);
		assertThat(report.getOrganizationNames()).containsEntry("rawNames", 185).containsEntry("organizations", 184);
		assertThat(count("MATCH (o:Organization) RETURN count(o)")).isEqualTo(184);
		// 583 inventors listed, all distinct by name and anchor; one individual assignee,
		// who is
		// also an inventor of the patent but keyed by country as owner, by co-owner as
		// inventor
		assertThat(count("MATCH (:Person)-[r:INVENTED]->(:Patent) RETURN count(r)")).isEqualTo(583);
		assertThat(count("MATCH (p:Person {nameKey: 'erick m carreira'})-[:OWNS]->(:Patent {number: 'US7863443'})"
				+ " RETURN count(p)"))
			.isEqualTo(1);
		assertThat(count("MATCH (:Person)-[r:OWNS]->(:Patent) RETURN count(r)")).isEqualTo(1);
		// 583 inventors; the one individual assignee is also an inventor of that patent
		// and one person
		assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(583);
		assertThat(count("MATCH (p:Person {nameKey: 'erick m carreira'})-[:INVENTED]->(:Patent {number: 'US7863443'})"
				+ " RETURN count(p)"))
			.isEqualTo(1);
		assertThat(count("MATCH (:Patent {number: 'US8926509'})-[r:CLASSIFIED_AS {first: true}]->"
				+ "(:Technology {symbol: 'A61B5/0205'}) RETURN count(r)"))
			.isEqualTo(1);
		assertThat(count("MATCH (:Patent {number: 'US6837063'})-[r:CITES {category: 'cited by other'}]->"
				+ "(:Patent {number: 'US4674004', stub: true}) RETURN count(r)"))
			.isEqualTo(1);
	}

	@Test
	void ingestingTheSameFilesTwiceAddsNothing() {
		IngestReport first = ingestAll();
		long nodes = count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		IngestReport second = ingestAll();
		assertThat(first.getNodesCreated()).isPositive();
		assertThat(second.getNodesCreated()).isZero();
		assertThat(second.getRelationshipsCreated()).isZero();
		assertThat(count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
	}

	@Test
	void aTruncatedWeeklyFileKeepsItsCompleteDocuments() throws IOException {
		// document 10 of ipg050104 spans lines 4914-5404; cut it at line 5100
		Path cut = this.dir.resolve("ipg050104.cut.xml");
		Files.write(cut, firstLines(SharedData.path("uspto-ipg-fixtures/ipg050104.small.xml"), 5100));
		IngestReport report = this.ingest.ingest("uspto-xml", List.of(this.dir), IngestListener.NONE);
		assertThat(count("MATCH (p:Patent) WHERE p.stub IS NULL RETURN count(p)")).isEqualTo(9);
		assertThat(report.getRejections()).singleElement().satisfies(r -> {
			assertThat(r.file()).isEqualTo(cut.toString());
			assertThat(r.record()).isEqualTo("document 10 (line 4914)");
			assertThat(r.reason()).startsWith("truncated:");
		});
		assertThat(report.exitCode()).isEqualTo(1);
	}

	@Test
	void aDocumentWithInvalidUtf8IsRejectedAndTheOthersStored() throws IOException {
		byte[] bytes = firstLines(SharedData.path("uspto-ipg-fixtures/ipg050104.small.xml"), 2116);
		String latin = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
		bytes[latin.indexOf("Shoe structure</invention-title>") + 2] = (byte) 0xFF;
		Path file = Files.write(this.dir.resolve("ipg-bad-bytes.xml"), bytes);
		IngestReport report = this.ingest.ingest("uspto-xml", List.of(file), IngestListener.NONE);
		assertThat(count("MATCH (p:Patent) WHERE p.stub IS NULL RETURN count(p)")).isEqualTo(2);
		assertThat(count("MATCH (p:Patent {number: 'US6836979'}) RETURN count(p)")).isZero();
		assertThat(report.getRejections()).extracting(Rejection::record).containsExactly("document 2 (line 917)");
		assertThat(report.getRejections().get(0).reason()).startsWith("invalid UTF-8 byte sequence at line ");
	}

	@Test
	void aFileThatIsNotXmlIsRejectedWithAReason() throws IOException {
		Path file = Files.writeString(this.dir.resolve("notes.xml"), "These are my notes, not a patent.\n");
		IngestReport report = this.ingest.ingest("uspto-xml", List.of(file), IngestListener.NONE);
		assertThat(count("MATCH (p:Patent) RETURN count(p)")).isZero();
		assertThat(report.getRejections()).singleElement().satisfies(r -> {
			assertThat(r.record()).isEqualTo("document 1 (line 1)");
			assertThat(r.reason()).startsWith("not XML: it starts with \"These are my notes");
		});
		assertThat(report.exitCode()).isEqualTo(1);
	}

	private IngestReport ingestAll() {
		return this.ingest.ingest("uspto-xml", List.of(SharedData.path("uspto-ipg-fixtures"),
				SharedData.path("uspto-format-samples/xml2004"), SharedData.path("uspto-format-samples/xml2006"),
				SharedData.path("uspto-format-samples/xml2014"), SharedData.path("uspto-format-samples/xmlApp2004")),
				IngestListener.NONE);
	}

	private static byte[] firstLines(Path file, int count) throws IOException {
		byte[] all = Files.readAllBytes(file);
		int end = 0;
		for (int seen = 0; end < all.length && seen < count; end++) {
			if (all[end] == '\n') {
				seen++;
			}
		}
		return java.util.Arrays.copyOf(all, end);
	}

	private static long count(String cypher) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

}
