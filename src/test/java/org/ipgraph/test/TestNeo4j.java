package org.ipgraph.test;

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

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * One in-process Neo4j for the whole test JVM, on a free port, with GDS. Spring contexts
 * connect to it as to an external server, so a context (re)start costs no database start.
 */
public final class TestNeo4j {

	private static EmbeddedNeo4j server;

	private static Driver driver;

	private TestNeo4j() {
	}

	public static synchronized EmbeddedNeo4j server() {
		if (server == null) {
			try {
				Path dir = Files.createTempDirectory("ipgraph-test-neo4j");
				server = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(dir, "127.0.0.1:0", "127.0.0.1:0", "256m",
						Duration.ofSeconds(120), Map.of()));
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					if (driver != null) {
						driver.close();
					}
					server.close();
					FileSystemUtils.deleteRecursively(dir.toFile());
				}));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return server;
	}

	public static synchronized Driver driver() {
		if (driver == null) {
			EmbeddedNeo4j s = server();
			driver = GraphDatabase.driver(s.boltUri(), AuthTokens.basic(s.username(), s.password()));
			new SchemaMigrations(driver).apply();
		}
		return driver;
	}

	/**
	 * Removes all data, keeping the schema and the migration records.
	 */
	/**
	 * Runs a statement on the test graph, e.g. to seed it.
	 */
	public static void run(String cypher) {
		try (var session = driver().session()) {
			session.run(cypher).consume();
		}
	}

	public static void clear() {
		try (var session = driver().session()) {
			session.run("""
					MATCH (n) WHERE NOT n:__Neo4jMigration
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
					""").consume();
		}
	}

	/**
	 * Points a Spring context at the test server.
	 */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			EmbeddedNeo4j s = server();
			TestPropertyValues
				.of("ipgraph.neo4j.uri=" + s.boltUri(), "ipgraph.neo4j.username=" + s.username(),
						"ipgraph.neo4j.password=" + s.password(), "ipgraph.demo.on-empty=false",
						// tests derive alerts themselves: no server thread marks change
						// sets
						"ipgraph.watch.interval=0s", "ipgraph.watch.sweep-interval=0s")
				.applyTo(context);
		}

	}

}
