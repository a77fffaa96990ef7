package org.ipgraph.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ipgraph.test.ForkedCli;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert outbox across {@code kill -9}: an ingest killed after some batches (their
 * change sets committed, no alert derived yet), then the derivation killed midway, then
 * both run again, leaves each alert exactly once: the same alerts, counted, as a clean
 * run, every sequence number once, no change set pending.
 */
class AlertCrashRecoveryIT {

	private static final String USER = """
			CREATE (:User {username: 'alice', roles: ['USER'], createdAt: datetime()})""";

	/**
	 * Alice watches every organization that owns a patent of the input (a clean run's).
	 */
	private static final String WATCH = """
			MATCH (u:User {username: 'alice'})
			UNWIND $keys AS key
			CREATE (u)-[:WATCHES]->(:Watch {id: 'w-' + key, kind: 'organization', target: key, name: key,
			                                group: false, user: 'alice', createdAt: datetime()})""";

	@Test
	void eachAlertOnceAfterKillsBetweenCommitAndDerivation(@TempDir Path tmp) throws Exception {
		Path input = SharedData.path("uspto-ipg-fixtures");
		Path clean = tmp.resolve("clean");
		Path crashed = tmp.resolve("crashed");

		assertThat(ForkedCli.run("ingest", "--data-dir", clean.toString(), "--format", "uspto-xml", input.toString()))
			.isZero();
		List<String> owners = ForkedCli.inStore(clean, session -> {
			session.run(USER).consume();
			List<String> keys = session
				.run("MATCH (o:Organization)-[:OWNS]->(p:Patent) WHERE p.stub IS NULL RETURN DISTINCT o.id AS id")
				.list(r -> r.get("id").asString());
			session.run(WATCH, Map.of("keys", keys)).consume();
			return keys;
		});
		assertThat(owners).hasSizeGreaterThan(50);
		assertThat(ForkedCli.run("alerts", "--data-dir", clean.toString(), "--user", "alice", "--json")).isZero();
		Set<String> expected = keys(clean);
		assertThat(expected).hasSizeGreaterThan(100);

		ForkedCli.inStore(crashed, session -> {
			session.run(USER).consume();
			return session.run(WATCH, Map.of("keys", owners)).consume();
		});
		ForkedCli.Forked ingest = ForkedCli.start("ingest", "--data-dir", crashed.toString(), "--batch-size", "5",
				"--format", "uspto-xml", input.toString());
		ingest.waitForLine("ipg070102", Duration.ofMinutes(10));
		ingest.kill();
		long pending = count(crashed, "MATCH (c:ChangeSet) WHERE NOT c.processed RETURN count(c) AS n");
		assertThat(pending).as("committed change sets wait for derivation").isPositive();
		assertThat(count(crashed, "MATCH (a:Alert) RETURN count(a) AS n")).isZero();

		ForkedCli.Forked follow = ForkedCli.start("alerts", "--data-dir", crashed.toString(), "--user", "alice",
				"--json", "--follow", "--interval", "1s");
		follow.waitForLine("\"seq\":", Duration.ofMinutes(10));
		follow.kill();
		long derived = count(crashed, "MATCH (a:Alert) RETURN count(a) AS n");
		assertThat(derived).as("alerts derived before the second kill").isPositive();

		assertThat(ForkedCli.run("ingest", "--data-dir", crashed.toString(), "--batch-size", "5", "--format",
				"uspto-xml", input.toString()))
			.isZero();
		assertThat(ForkedCli.run("alerts", "--data-dir", crashed.toString(), "--user", "alice", "--json")).isZero();

		assertThat(keys(crashed)).isEqualTo(expected);
		assertThat(count(crashed, "MATCH (a:Alert) RETURN count(a) AS n")).isEqualTo(expected.size());
		assertThat(count(crashed, "MATCH (a:Alert) RETURN count(DISTINCT a.seq) AS n")).isEqualTo(expected.size());
		assertThat(count(crashed, "MATCH (c:ChangeSet) WHERE NOT c.processed RETURN count(c) AS n")).isZero();
		assertThat(count(crashed, "MATCH (a:Alert) WHERE NOT (a)-[:ALERT_FOR]->(:User) RETURN count(a) AS n")).isZero();
	}

	private static Set<String> keys(Path dataDir) {
		return ForkedCli.inStore(dataDir, session -> new TreeSet<>(
				session.run("MATCH (a:Alert) RETURN a.key AS key").list(r -> r.get("key").asString())));
	}

	private static long count(Path dataDir, String cypher) {
		return ForkedCli.inStore(dataDir, session -> session.run(cypher).single().get("n").asLong());
	}

}
