package org.ipgraph.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreBackupTest {

	@Test
	void aRestoredBackupHoldsTheSameGraphAndPassword(@TempDir Path tmp) {
		Path original = tmp.resolve("original");
		Path restored = tmp.resolve("restored");
		Path archive = tmp.resolve("backup.zip");
		String password;
		try (EmbeddedNeo4j server = start(original)) {
			password = server.password();
			try (var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", password));
					var session = driver.session()) {
				session.run("UNWIND range(1, 100) AS i CREATE (:Probe {i: i})").consume();
			}
			assertThatThrownBy(() -> StoreBackup.backup(original, archive)).isInstanceOf(StoreInUseException.class);
		}
		assertThat(StoreBackup.backup(original, archive)).isPositive();
		assertThatThrownBy(() -> StoreBackup.restore(archive, original)).hasMessageContaining("already holds a store");
		StoreBackup.restore(archive, restored);
		try (EmbeddedNeo4j server = start(restored)) {
			assertThat(server.password()).isEqualTo(password);
			try (var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", password));
					var session = driver.session()) {
				assertThat(session.run("MATCH (p:Probe) RETURN count(p) AS c").single().get("c").asLong())
					.isEqualTo(100);
			}
		}
	}

	@Test
	void refusesToOverwriteAnArchive(@TempDir Path tmp) throws Exception {
		Files.createDirectories(tmp.resolve("store/data"));
		Path archive = Files.createFile(tmp.resolve("exists.zip"));
		assertThatThrownBy(() -> StoreBackup.backup(tmp.resolve("store"), archive)).hasMessageContaining("exists");
	}

	private static EmbeddedNeo4j start(Path dir) {
		return EmbeddedNeo4j
			.start(new EmbeddedNeo4j.Settings(dir, "127.0.0.1:0", "", "64m", Duration.ofSeconds(30), Map.of()));
	}

}
