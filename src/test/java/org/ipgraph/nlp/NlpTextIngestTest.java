package org.ipgraph.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ipgraph.graph.EntityService;
import org.ipgraph.graph.EntitySummary;
import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.Rejection;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.SharedData;
import org.ipgraph.test.TestNeo4j;
import org.ipgraph.nlp.evidence.EvidenceService;
import org.ipgraph.nlp.evidence.EvidenceReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@GraphTest
class NlpTextIngestTest {

	static final String NOTICE = """
			<html><head><title>Patent notice</title></head><body>
			<p>The State Intellectual Property Office (SIPO) issued the Patent Promotion Plan on March 3, 2015 to
			support universities in Guangdong.</p>
			<p>The Small Business Administration awarded $2 million to Acme Robotics Inc. under the Small Business
			Innovation Research program.</p>
			</body></html>""";

	static final String GERMAN = "Das Deutsche Patent- und Markenamt (DPMA) hat heute neue Leitlinien für die Prüfung "
			+ "von Patentanmeldungen kleiner und mittlerer Unternehmen veröffentlicht. Die Neue Leitstelle für "
			+ "Patentförderung begrüßt sie.";

	@Autowired
	IngestService ingest;

	@Autowired
	NlpService nlp;

	@Autowired
	EvidenceService evidence;

	@Autowired
	EntityService entities;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
		this.nlp.forgetIndex();
	}

	@Test
	void aFolderOfPolicyTextYieldsLinkedNodesWithEvidence() throws IOException {
		IngestReport report = this.ingest.ingest("text", List.of(folder()), IngestListener.NONE);
		assertThat(report.getRejections()).extracting(Rejection::file, Rejection::reason)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(this.dir.resolve("policies/empty.txt").toString(),
							"empty file: there is no text to read"),
					org.assertj.core.groups.Tuple.tuple(this.dir.resolve("policies/broken.pdf").toString(),
							"not a readable PDF (Missing root object specification in trailer.)"));
		assertThat(report.getNotes()).anySatisfy(n -> assertThat(n).endsWith("mitteilung.txt: language 'deu' has no "
				+ "NLP models: stored as a Document with its language and the names already known, no relations "
				+ "extracted"));
		assertThat(count("""
				MATCH (o:Organization {id: 'small business administration'})-[m:MENTIONED_IN]->(d:Document)
				WHERE m.sentence CONTAINS 'Small Business Administration' AND d.language = 'eng'
				RETURN count(DISTINCT d)""")).isEqualTo(2);
		assertThat(count("""
				MATCH (o:Organization {id: 'china national intellectual property administration'})-[m:MENTIONED_IN]->()
				WHERE m.text IN ['State Intellectual Property Office', 'SIPO']
				RETURN count(m)""")).isEqualTo(2);
		assertThat(count("""
				MATCH (f:Fund {id: 'fund:small business innovation research'})-[:MENTIONED_IN]->() RETURN count(*)"""))
			.isEqualTo(1);
		assertThat(count("MATCH (p:Policy)-[:MENTIONED_IN]->() RETURN count(DISTINCT p)")).isPositive();
		assertThat(
				count("""
						MATCH (:Organization {id: 'small business administration'})-[:ISSUED]->(f:Fund)<-[r:FUNDED_BY]-(a:Organization)
						WHERE a.name STARTS WITH 'Acme Robotics' AND r.amount = 2000000.0
						RETURN count(*)"""))
			.isEqualTo(1);
		EvidenceReport sba = this.evidence.forEntity("Small Business Administration", 10);
		assertThat(sba.mentions()).isNotEmpty()
			.allSatisfy(m -> assertThat(m.sentence()).contains("Small Business Administration"));
		List<EntitySummary> organizations = this.entities.list("Organization", null, 50);
		assertThat(organizations).filteredOn(e -> e.key().equals("small business administration"))
			.singleElement()
			.satisfies(e -> assertThat(e.mentions()).isEqualTo(2));
	}

	@Test
	void reingestingReplacesTheFactsOfADocument() throws IOException {
		Path folder = folder();
		this.ingest.ingest("text", List.of(folder), IngestListener.NONE);
		Map<String, Long> first = snapshot();
		this.nlp.forgetIndex();
		IngestReport again = this.ingest.ingest("text", List.of(folder), IngestListener.NONE);
		assertThat(snapshot()).isEqualTo(first);
		assertThat(again.getNodesCreated()).isZero();
		assertThat(again.getRelationshipsCreated()).isZero();
		assertThat(first.get("mentions")).isPositive();
		assertThat(first.get("evidence")).isPositive();
		// read by an older model: the new reading replaces the old facts
		try (var session = TestNeo4j.driver().session()) {
			session.run("MATCH (d:Document) WHERE d.nlpAt IS NOT NULL SET d.nlpModel = 'an-older-model'").consume();
		}
		this.nlp.forgetIndex();
		IngestReport reread = this.ingest.ingest("text", List.of(folder), IngestListener.NONE);
		assertThat(reread.getRelationshipsCreated()).isPositive();
		assertThat(snapshot()).isEqualTo(first);
	}

	@Test
	void aTextInALanguageWithoutModelsIsADocumentWithOnlyTheNamesAlreadyKnown() throws IOException {
		Path german = Files.writeString(this.dir.resolve("mitteilung.txt"), GERMAN);
		IngestReport report = this.ingest.ingest("text", List.of(german), IngestListener.NONE);
		assertThat(report.getNotes()).singleElement()
			.satisfies(n -> assertThat(n).contains("language 'deu' has no NLP models"));
		try (var session = TestNeo4j.driver().session()) {
			var document = session.run("MATCH (d:Document) RETURN d").single().get("d").asNode();
			assertThat(document.get("language").asString()).isEqualTo("deu");
			assertThat(document.get("analyzed").asBoolean()).isFalse();
		}
		// the acronym the gazetteer knows links; the capitalized German words are no
		// guess
		assertThat(count("""
				MATCH (o:Organization {id: 'german patent and trade mark office'})-[m:MENTIONED_IN]->(:Document)
				RETURN count(m)""")).isEqualTo(1);
		assertThat(count("MATCH ()-[m:MENTIONED_IN]->() RETURN count(m)")).isEqualTo(1);
		assertThat(count("MATCH (n) WHERE n:Person OR n:Policy OR n:Fund RETURN count(n)")).isZero();
	}

	private Path folder() throws IOException {
		Path folder = Files.createDirectories(this.dir.resolve("policies"));
		Files.copy(SharedData.path("us-law-ip-texts/usc-title-15-tech-transfer-sbir/chunck-5537.md"),
				folder.resolve("chunck-5537.md"));
		Files.writeString(folder.resolve("notice.html"), NOTICE, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("mitteilung.txt"), GERMAN, StandardCharsets.UTF_8);
		Files.write(folder.resolve("empty.txt"), new byte[0]);
		Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj broken", StandardCharsets.ISO_8859_1);
		return folder;
	}

	private static Map<String, Long> snapshot() {
		return Map.of("nodes", count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)"), "relationships",
				count("MATCH ()-[r]->() RETURN count(r)"), "mentions",
				count("MATCH ()-[m:MENTIONED_IN]->() RETURN count(m)"), "evidence",
				count("MATCH (e:Evidence) RETURN count(e)"), "ambiguous",
				count("MATCH (a:AmbiguousMention) RETURN count(a)"));
	}

	static long count(String cypher) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

}
