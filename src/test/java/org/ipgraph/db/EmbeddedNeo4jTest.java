package org.ipgraph.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedNeo4jTest {

	@Test
	void listensOnLoopbackOnly() {
		assertThat(TestNeo4j.server().boltUri().getHost()).isEqualTo("127.0.0.1");
	}

	@Test
	void refusesAWrongPassword() {
		EmbeddedNeo4j server = TestNeo4j.server();
		try (var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
			assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
	}

	@Test
	void keepsTheGeneratedPasswordOwnerReadableInTheDataDirectory() throws Exception {
		Path file = TestNeo4j.server().dataDir().resolve(InitialPassword.FILE_NAME);
		assertThat(Files.readString(file).strip()).isEqualTo(TestNeo4j.server().password()).hasSizeGreaterThan(20);
		assertThat(Files.getPosixFilePermissions(file).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
	}

	@Test
	void runsGdsLouvain() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("MATCH (n:LouvainProbe) DETACH DELETE n").consume();
			session.run("""
					UNWIND range(0, 9) AS i
					CREATE (a:LouvainProbe {c: 0, i: i}), (b:LouvainProbe {c: 1, i: i})
					""").consume();
			session.run("""
					MATCH (a:LouvainProbe), (b:LouvainProbe) WHERE a.c = b.c AND a.i < b.i
					CREATE (a)-[:PROBE]->(b)
					""").consume();
			session.run("CALL gds.graph.drop('probe', false)").consume();
			var communities = session.run("""
					CALL gds.graph.project('probe', 'LouvainProbe', {PROBE: {orientation: 'UNDIRECTED'}})
					YIELD graphName
					CALL gds.louvain.stream('probe') YIELD nodeId, communityId
					RETURN gds.util.asNode(nodeId).c AS c, count(DISTINCT communityId) AS communities
					ORDER BY c
					""").list(r -> r.get("communities").asLong());
			session.run("CALL gds.graph.drop('probe')").consume();
			session.run("MATCH (n:LouvainProbe) DETACH DELETE n").consume();
			assertThat(communities).containsExactly(1L, 1L);
		}
	}

	@Test
	void aSecondProcessOnTheSameStoreIsToldWhoHoldsIt(@TempDir Path dir) {
		try (StoreLock held = StoreLock.acquire(dir)) {
			assertThatThrownBy(() -> EmbeddedNeo4j
				.start(new EmbeddedNeo4j.Settings(dir, "127.0.0.1:0", "", "64m", Duration.ofSeconds(10), Map.of())))
				.isInstanceOf(StoreInUseException.class)
				.hasMessageContaining("in use by another ipgraph process")
				.hasMessageContaining("pid " + ProcessHandle.current().pid());
		}
	}

}
