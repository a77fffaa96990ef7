package org.ipgraph.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ipgraph.db.EmbeddedNeo4j;
import org.ipgraph.db.SchemaMigrations;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoCsvExportTest {

	static final DemoParameters SMALL = new DemoParameters(300, 5, 0.1);

	@TempDir
	Path dir;

	@Test
	void writesImportToolFilesWithHeadersAndTheGeneratorsRowCounts() throws IOException {
		DemoCsvReport report = DemoCsvExport.write(SMALL, this.dir, DemoProgress.NONE);
		Map<String, Long> written = new TreeMap<>(report.labels());
		written.putAll(report.types());
		assertThat(written).isEqualTo(DemoCsvExport.count(SMALL));
		assertThat(firstLine("nodes/Patent.csv")).startsWith("number:ID(Patent),").contains("filingDate:date");
		assertThat(firstLine("nodes/Organization.csv")).startsWith("id:ID(Organization),").contains("aliases:string[]");
		assertThat(firstLine("relationships/OWNS__Organization__Patent.csv"))
			.startsWith(":START_ID(Organization),:END_ID(Patent),from:date,to:date");
		assertThat(firstLine("relationships/CITES__Patent__Patent.csv"))
			.isEqualTo(":START_ID(Patent),:END_ID(Patent),category");
		for (Map.Entry<String, Long> file : report.files().entrySet()) {
			try (Stream<String> lines = Files.lines(this.dir.resolve(file.getKey()), StandardCharsets.UTF_8)) {
				assertThat(lines.count()).as(file.getKey()).isEqualTo(file.getValue() + 1);
			}
		}
		assertThat(this.dir.resolve("import.sh")).content()
			.contains("database import full neo4j", "--nodes=Patent=\"$DIR/nodes/Patent.csv\"");
		assertThat(report.importArguments()).hasSize(report.files().size());
	}

	@Test
	void theSameParametersWriteTheSameFiles() throws IOException {
		DemoCsvExport.write(SMALL, this.dir.resolve("a"), DemoProgress.NONE);
		DemoCsvExport.write(SMALL, this.dir.resolve("b"), DemoProgress.NONE);
		for (String file : List.of("nodes/Patent.csv", "nodes/Person.csv",
				"relationships/AFFILIATED_WITH__Person__Organization.csv")) {
			assertThat(this.dir.resolve("a").resolve(file))
				.hasSameTextualContentAs(this.dir.resolve("b").resolve(file));
		}
	}

	@Test
	void bulkImportBuildsAStoreTheApplicationCanOpenWithItsConstraints() {
		Assumptions.assumeTrue(DemoBulkImport.available(), "needs --add-opens=java.base/java.nio=ALL-UNNAMED");
		Path home = this.dir.resolve("store");
		DemoBulkImport.Report report = DemoBulkImport.run(SMALL, home, null, false,
				new PrintStream(PrintStream.nullOutputStream()), DemoProgress.NONE);
		assertThat(report.csv().nodes()).isPositive();
		assertThat(home.resolve("data/databases/neo4j")).isDirectory();
		assertThatThrownBy(() -> DemoBulkImport.run(SMALL, home, null, false,
				new PrintStream(PrintStream.nullOutputStream()), DemoProgress.NONE))
			.hasMessageContaining("--overwrite");
		try (EmbeddedNeo4j server = EmbeddedNeo4j
			.start(new EmbeddedNeo4j.Settings(home, "127.0.0.1:0", "", "128m", Duration.ofSeconds(120), Map.of()));
				Driver driver = GraphDatabase.driver(server.boltUri(),
						AuthTokens.basic(server.username(), server.password()))) {
			new SchemaMigrations(driver).apply();
			try (Session session = driver.session()) {
				assertThat(count(session, "MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)"))
					.isEqualTo(report.csv().nodes());
				assertThat(count(session, "MATCH ()-[r]->() RETURN count(r)")).isEqualTo(report.csv().relationships());
				assertThat(count(session, "SHOW CONSTRAINTS YIELD name WHERE name = 'patent_number' RETURN count(*)"))
					.isOne();
				session.run("MERGE (p:Patent {number: 'US40000000'}) SET p.seen = true").consume();
				assertThat(count(session, "MATCH (p:Patent) RETURN count(p)")).isEqualTo(300);
				assertThatThrownBy(() -> session.run("CREATE (:Patent {number: 'US40000001'})").consume())
					.isInstanceOf(ClientException.class);
				assertThat(count(session, "MATCH (p:Patent {number: 'US40000001'})-[:RECORDED_IN]->(d:Document) "
						+ "WHERE d.synthetic AND p.filingDate IS :: DATE RETURN count(p)"))
					.isOne();
			}
		}
	}

	private String firstLine(String file) throws IOException {
		try (Stream<String> lines = Files.lines(this.dir.resolve(file), StandardCharsets.UTF_8)) {
			return lines.findFirst().orElseThrow();
		}
	}

	private static long count(Session session, String cypher) {
		return session.run(cypher).single().get(0).asLong();
	}

}
