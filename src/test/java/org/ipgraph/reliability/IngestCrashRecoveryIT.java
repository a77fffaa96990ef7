package org.ipgraph.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.ipgraph.db.EmbeddedNeo4j;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ingest killed with SIGKILL in the middle, then run again, leaves exactly the graph
 * of one clean run: same counts per label and relationship type, no duplicate
 * relationships.
 */
class IngestCrashRecoveryIT {

	@Test
	void anIngestKilledMidwayAndRerunEqualsACleanRun(@TempDir Path tmp) throws Exception {
		Path input = SharedData.path("uspto-ipg-fixtures");
		Path crashed = tmp.resolve("crashed");
		Path clean = tmp.resolve("clean");

		Process first = cli("ingest", "--data-dir", crashed.toString(), "--batch-size", "5", "--format", "uspto-xml",
				input.toString());
		waitForLine(first, "ipg070102", Duration.ofMinutes(4));
		first.destroyForcibly();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		long partial = patents(crashed);
		assertThat(partial).as("the kill came after some batches and before the end").isBetween(1L, 224L);

		assertThat(run("ingest", "--data-dir", crashed.toString(), "--batch-size", "5", "--format", "uspto-xml",
				input.toString()))
			.isZero();
		assertThat(run("ingest", "--data-dir", clean.toString(), "--format", "uspto-xml", input.toString())).isZero();

		assertThat(counts(crashed)).isEqualTo(counts(clean));
		assertThat(duplicateRelationships(crashed)).isZero();
	}

	private static Process cli(String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
						"org.ipgraph.IpgraphApplication"));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	private static int run(String... args) throws Exception {
		Process process = cli(args);
		process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
		assertThat(process.waitFor(6, TimeUnit.MINUTES)).isTrue();
		return process.exitValue();
	}

	// The progress listener prints one line per file when not on a terminal
	private static void waitForLine(Process process, String text, Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = out.readLine()) != null) {
			if (line.contains(text)) {
				return;
			}
			if (System.nanoTime() > deadline) {
				break;
			}
		}
		throw new AssertionError("the ingest never reached " + text);
	}

	private static long patents(Path dataDir) {
		return query(dataDir, "MATCH (p:Patent) WHERE p.stub IS NULL RETURN count(p) AS n").get("n");
	}

	private static Map<String, Long> counts(Path dataDir) {
		Map<String, Long> counts = new TreeMap<>(query(dataDir, """
				CALL db.labels() YIELD label
				CALL (label) { MATCH (n:$(label)) RETURN count(n) AS c }
				RETURN collect([label, c]) AS rows""", true));
		counts.putAll(query(dataDir, """
				CALL db.relationshipTypes() YIELD relationshipType AS type
				CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS c }
				RETURN collect([type, c]) AS rows""", true));
		counts.remove("Document");
		counts.remove("RECORDED_IN");
		return counts;
	}

	private static long duplicateRelationships(Path dataDir) {
		return query(dataDir, """
				MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(r) AS n WHERE n > 1 RETURN count(*) AS n""").get("n");
	}

	private static Map<String, Long> query(Path dataDir, String cypher) {
		return query(dataDir, cypher, false);
	}

	private static Map<String, Long> query(Path dataDir, String cypher, boolean pairs) {
		try (EmbeddedNeo4j server = EmbeddedNeo4j
			.start(new EmbeddedNeo4j.Settings(dataDir, "127.0.0.1:0", "", "64m", Duration.ofSeconds(60), Map.of()));
				var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", server.password()));
				var session = driver.session()) {
			var record = session.run(cypher).single();
			Map<String, Long> result = new TreeMap<>();
			if (pairs) {
				record.get("rows").asList(v -> v).forEach(v -> result.put(v.get(0).asString(), v.get(1).asLong()));
			}
			else {
				result.put("n", record.get("n").asLong());
			}
			return result;
		}
	}

}
