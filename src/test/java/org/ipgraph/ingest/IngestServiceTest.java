package org.ipgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.graph.PersonName;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@GraphTest
@Import(IngestServiceTest.Probes.class)
@TestPropertySource(properties = "ipgraph.ingest.batch-size=3")
class IngestServiceTest {

	@Autowired
	IngestService ingest;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
	}

	@Test
	void aFailingBatchLosesOnlyItsBadRecord() throws IOException {
		Path file = write("probes.txt", "a", "b", "c", "d", "poison", "f", "g");
		IngestReport report = this.ingest.ingest("probe", List.of(file), IngestListener.NONE);
		assertThat(count("MATCH (p:Probe) RETURN count(p)")).isEqualTo(6);
		assertThat(report.getRejections()).singleElement().satisfies(r -> {
			assertThat(r.file()).isEqualTo(file.toString());
			assertThat(r.record()).isEqualTo("line 5");
			assertThat(r.reason()).startsWith("not stored:");
		});
		assertThat(report.getRecordsStored()).isEqualTo(6);
		assertThat(report.exitCode()).isEqualTo(1);
	}

	@Test
	void aMalformedRecordIsNamedAndSkipped() throws IOException {
		Path file = write("patents.txt", "P|US1000001|Apple Inc.|Ann Lee|H04N19/70|", "P|not-a-number|x|y||",
				"P|US1000002|APPLE INC|Bo Chan|G06F3/01|US1000001");
		IngestReport report = this.ingest.ingest("probe", List.of(file), IngestListener.NONE);
		assertThat(report.getRejections()).extracting(Rejection::record, Rejection::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("line 2", "bad patent number 'not-a-number'"));
		assertThat(count("MATCH (p:Patent) WHERE p.stub IS NULL RETURN count(p)")).isEqualTo(2);
	}

	@Test
	void reingestingTheSameFileChangesNothing() throws IOException {
		Path file = write("patents.txt", "P|US1000001|Apple Inc.|Ann Lee|H04N19/70|US999",
				"P|US1000002|APPLE INC|Bo Chan|G06F3/01|US1000001", "P|US1000003|Apple, Inc.|Ann Lee|H04N19/70|");
		IngestReport first = this.ingest.ingest("probe", List.of(file), IngestListener.NONE);
		long nodes = count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		IngestReport second = this.ingest.ingest("probe", List.of(file), IngestListener.NONE);
		assertThat(first.getNodesCreated()).isPositive();
		assertThat(second.getNodesCreated()).isZero();
		assertThat(second.getRelationshipsCreated()).isZero();
		assertThat(count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
	}

	@Test
	void collapsesOwnerSpellingsIntoOneOrganizationKeepingTheRawNames() throws IOException {
		Path file = write("patents.txt", "P|US1000001|Apple Inc.|Ann Lee|H04N19/70|",
				"P|US1000002|APPLE INC|Bo Chan|G06F3/01|", "P|US1000003|Apple, Inc.|Ann Lee|H04N19/70|");
		IngestReport report = this.ingest.ingest("probe", List.of(file), IngestListener.NONE);
		assertThat(report.getOrganizationNames()).containsEntry("rawNames", 3).containsEntry("organizations", 1);
		try (var session = TestNeo4j.driver().session()) {
			var apple = session.run("MATCH (o:Organization) RETURN o").single().get("o").asNode();
			assertThat(apple.get("id").asString()).isEqualTo("apple");
			assertThat(apple.get("name").asString()).isEqualTo("Apple Inc.");
			assertThat(apple.get("aliases").asList(v -> v.asString())).containsExactlyInAnyOrder("Apple Inc.",
					"APPLE INC", "Apple, Inc.");
			assertThat(session.run("MATCH (:Organization)-[r:OWNS]->(:Patent) RETURN count(r) AS c")
				.single()
				.get("c")
				.asLong()).isEqualTo(3);
			assertThat(session.run(
					"MATCH (p:Person {nameKey: 'ann lee'})-[:INVENTED]->(x) RETURN count(DISTINCT p) AS people, count(x) AS patents")
				.single()
				.asMap()).containsEntry("people", 1L).containsEntry("patents", 2L);
		}
	}

	@Test
	void buildsTheCpcLineageAndCitationStubs() throws IOException {
		Path file = write("patents.txt", "P|US1000001|Apple Inc.|Ann Lee|H04N19/70|US999");
		this.ingest.ingest("probe", List.of(file), IngestListener.NONE);
		assertThat(count("""
				MATCH path = (:Patent {number: 'US1000001'})-[:CLASSIFIED_AS]->(:Technology {symbol: 'H04N19/70'})
				      -[:PART_OF]->(:Technology {symbol: 'H04N19/00'})-[:PART_OF]->(:Technology {symbol: 'H04N'})
				      -[:PART_OF]->(:Technology {symbol: 'H04'})-[:PART_OF]->(:Technology {symbol: 'H'})
				RETURN count(path)""")).isEqualTo(1);
		assertThat(count(
				"MATCH (:Patent {number: 'US1000001'})-[:CITES]->(q:Patent {number: 'US999', stub: true}) RETURN count(q)"))
			.isEqualTo(1);
	}

	@Test
	void aFileThatBreaksOffKeepsWhatCameBeforeAndSaysSo() throws IOException {
		Path file = write("probes.txt", "a", "b", "c", "d", "BREAK", "f");
		IngestReport report = this.ingest.ingest("probe", List.of(file), IngestListener.NONE);
		assertThat(count("MATCH (p:Probe) RETURN count(p)")).isEqualTo(4);
		assertThat(report.getRejections()).singleElement()
			.satisfies(r -> assertThat(r.reason()).contains("reading stopped: truncated at line 5"));
	}

	@Test
	void aMissingPathIsReportedAndTheOthersGoOn() throws IOException {
		Path file = write("probes.txt", "a");
		IngestReport report = this.ingest.ingest("probe", List.of(this.dir.resolve("nope.txt"), file),
				IngestListener.NONE);
		assertThat(report.getRejections()).extracting(Rejection::reason).containsExactly("does not exist");
		assertThat(count("MATCH (p:Probe) RETURN count(p)")).isEqualTo(1);
	}

	private Path write(String name, String... lines) throws IOException {
		return Files.write(this.dir.resolve(name), List.of(lines));
	}

	private static long count(String cypher) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	record ProbeRecord(String value) {
	}

	/**
	 * A line format for these tests: "P|number|owner|inventor|cpc|cited" lines are
	 * patents, other lines probes; "poison" fails in the database, "BREAK" ends the file
	 * with an I/O error.
	 */
	@TestConfiguration
	static class Probes {

		@Bean
		SourceFormat probeFormat() {
			return new SourceFormat() {

				@Override
				public String name() {
					return "probe";
				}

				@Override
				public String description() {
					return "test lines";
				}

				@Override
				public boolean accepts(Path file, byte[] head) {
					return file.getFileName().toString().endsWith(".txt");
				}

				@Override
				public void read(Path file, InputStream in, RecordSink sink) throws IOException {
					BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
					String line;
					int n = 0;
					while ((line = reader.readLine()) != null) {
						n++;
						if (line.equals("BREAK")) {
							throw new IOException("truncated at line " + n);
						}
						if (!line.startsWith("P|")) {
							sink.accept("line " + n, new ProbeRecord(line));
							continue;
						}
						String[] f = line.split("\\|", -1);
						var number = PatentNumber.parse(f[1], "US");
						if (number.isEmpty()) {
							sink.reject("line " + n, "bad patent number '" + f[1] + "'");
							continue;
						}
						var patent = PatentRecord.builder(number.get())
							.title("Patent " + f[1])
							.owner(Party.organization(f[2]))
							.inventor(Party.person(PersonName.parse(f[3])));
						CpcSymbol.parse(f[4]).ifPresent(patent::cpc);
						PatentNumber.parse(f[5], "US").ifPresent(c -> patent.cites(c, "cited by examiner"));
						sink.accept("line " + n, patent.build());
					}
				}
			};
		}

		@Bean
		RecordWriter<ProbeRecord> probeWriter() {
			return new RecordWriter<>() {

				@Override
				public Class<ProbeRecord> type() {
					return ProbeRecord.class;
				}

				@Override
				public void write(List<ProbeRecord> batch, WriteContext context) {
					context.run("""
							UNWIND $rows AS row
							MERGE (p:Probe {value: row.value})
							WITH row WHERE row.value = 'poison'
							RETURN 1 / 0
							""", Map.of("rows", batch.stream().map(r -> Map.of("value", r.value())).toList()));
				}
			};
		}

	}

}
