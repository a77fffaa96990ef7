package org.ipgraph.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ipgraph.test.ForkedCli;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

		ForkedCli.Forked first = ForkedCli.start("ingest", "--data-dir", crashed.toString(), "--batch-size", "5",
				"--format", "uspto-xml", input.toString());
		first.waitForLine("ipg070102", Duration.ofMinutes(10));
		first.kill();
		long partial = patents(crashed);
		assertThat(partial).as("the kill came after some batches and before the end").isBetween(1L, 224L);

		assertThat(ForkedCli.run("ingest", "--data-dir", crashed.toString(), "--batch-size", "5", "--format",
				"uspto-xml", input.toString()))
			.isZero();
		assertThat(ForkedCli.run("ingest", "--data-dir", clean.toString(), "--format", "uspto-xml", input.toString()))
			.isZero();

		assertThat(counts(crashed)).isEqualTo(counts(clean));
		assertThat(duplicateRelationships(crashed)).isZero();
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
		// one change set per committed batch: the runs' batches differ
		counts.remove("ChangeSet");
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
		return ForkedCli.inStore(dataDir, session -> {
			var record = session.run(cypher).single();
			Map<String, Long> result = new TreeMap<>();
			if (pairs) {
				record.get("rows").asList(v -> v).forEach(v -> result.put(v.get(0).asString(), v.get(1).asLong()));
			}
			else {
				result.put("n", record.get("n").asLong());
			}
			return result;
		});
	}

}
