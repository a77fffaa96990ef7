package org.ipgraph.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.ipgraph.db.EmbeddedNeo4j;
import org.ipgraph.db.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.util.FileSystemUtils;

/**
 * A throwaway in-process Neo4j (with GDS and the schema) in a temporary directory, so
 * that an evaluation can load held-out or generated data and run the production code path
 * without touching the user's graph. Deleted on close.
 */
public final class ScratchGraph implements AutoCloseable {

	private final Path dir;

	private final EmbeddedNeo4j server;

	private final Driver driver;

	private ScratchGraph(Path dir, EmbeddedNeo4j server, Driver driver) {
		this.dir = dir;
		this.server = server;
		this.driver = driver;
	}

	public static ScratchGraph start() {
		try {
			Path dir = Files.createTempDirectory("ipgraph-eval");
			EmbeddedNeo4j server = EmbeddedNeo4j
				.start(new EmbeddedNeo4j.Settings(dir, "127.0.0.1:0", "", "256m", Duration.ofMinutes(10), Map.of()));
			Driver driver = GraphDatabase.driver(server.boltUri(),
					AuthTokens.basic(server.username(), server.password()));
			new SchemaMigrations(driver).apply();
			return new ScratchGraph(dir, server, driver);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Driver driver() {
		return this.driver;
	}

	public Neo4jClient client() {
		return Neo4jClient.create(this.driver);
	}

	/**
	 * Removes all data, keeping the schema.
	 */
	public void clear() {
		try (var session = this.driver.session()) {
			session.run("""
					MATCH (n) WHERE NOT n:__Neo4jMigration
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
					""").consume();
		}
	}

	@Override
	public void close() {
		this.driver.close();
		this.server.close();
		FileSystemUtils.deleteRecursively(this.dir.toFile());
	}

}
