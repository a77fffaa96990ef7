package org.ipgraph.db;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/**
 * Starts a second in-process server, with HTTP, in its own data directory.
 */
class GraphConnectionTest {

	@Test
	void servesNeo4jBrowserAndAttachesALaterProcessToTheRunningServer(@TempDir Path dir) throws Exception {
		DatabaseProperties properties = new DatabaseProperties("", "neo4j", "", dir, "127.0.0.1:0", "127.0.0.1:0",
				"64m", Duration.ofSeconds(30), Map.of());
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		try (GraphConnection first = GraphConnection.open(properties, new PrintStream(console, true))) {
			assertThat(first.mode()).isEqualTo(GraphConnection.Mode.EMBEDDED);
			String printed = console.toString(StandardCharsets.UTF_8);
			String password = Files.readString(dir.resolve(InitialPassword.FILE_NAME)).strip();
			assertThat(printed).contains("Neo4j password: " + password).contains("shown once");

			URI http = first.embedded().orElseThrow().httpUri().orElseThrow();
			assertThat(http.getHost()).isEqualTo("127.0.0.1");
			HttpClient client = HttpClient.newHttpClient();
			HttpResponse<String> browser = client.send(HttpRequest.newBuilder(http.resolve("/browser/")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(browser.statusCode()).isEqualTo(200);
			assertThat(browser.body()).contains("<title>Neo4j Browser</title>");
			// served from the zip in the data directory, as in the packaged application
			assertThat(dir.resolve("web/neo4j-browser.zip")).isRegularFile();
			HttpResponse<String> discovery = client.send(
					HttpRequest.newBuilder(http).header("Accept", "application/json").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(discovery.body()).contains("\"bolt_direct\":\"" + first.uri() + "\"");

			ByteArrayOutputStream secondConsole = new ByteArrayOutputStream();
			try (GraphConnection second = GraphConnection.open(properties, new PrintStream(secondConsole, true))) {
				assertThat(second.mode()).isEqualTo(GraphConnection.Mode.ATTACHED);
				assertThat(second.uri()).isEqualTo(first.uri());
				try (var driver = GraphDatabase.driver(second.uri(),
						AuthTokens.basic(second.username(), second.password()))) {
					driver.verifyConnectivity();
				}
			}
			assertThat(secondConsole.toString(StandardCharsets.UTF_8)).doesNotContain("password");
		}
		assertThat(dir.resolve(RunningServer.FILE_NAME)).doesNotExist();
	}

	@Test
	void anExternalServerWithoutAPasswordIsRefused(@TempDir Path dir) {
		DatabaseProperties properties = new DatabaseProperties("bolt://db.example:7687", "neo4j", "", dir,
				"127.0.0.1:0", "", "64m", Duration.ofSeconds(30), Map.of());
		assertThatThrownBy(() -> GraphConnection.open(properties, System.out))
			.isInstanceOf(DatabaseStartException.class)
			.hasMessageContaining("NEO4J_PASSWORD is not");
	}

}
