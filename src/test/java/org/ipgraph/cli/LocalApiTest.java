package org.ipgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.ipgraph.IpgraphApplication;
import org.ipgraph.db.EmbeddedNeo4j;
import org.ipgraph.security.LocalApiToken;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-only commands' fastest path: the running server's API, asked with the token it
 * leaves in its data directory. They print exactly what the Bolt path prints, and the
 * token reads, from loopback, and nothing else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestNeo4j.Initializer.class)
class LocalApiTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	LocalApiToken token;

	@TempDir
	Path apiDir;

	@TempDir
	Path boltDir;

	@AfterEach
	void removeTheNote() {
		this.token.remove();
		System.clearProperty("ipgraph.cli.api");
		TestNeo4j.clear();
		// the Bolt path acts as the operator (Callers.actAsOperator) on this thread
		SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_THREADLOCAL);
		SecurityContextHolder.clearContext();
	}

	@Test
	void readOnlyCommandsPrintFromTheServersApiWhatTheyPrintOverBolt() throws IOException {
		TestNeo4j.clear();
		TestNeo4j.driver().executableQuery("""
				CREATE (o:Organization {id: 'acme', name: 'Acme Robotics'}),
				       (p:Patent {number: 'US7000001', title: 'Gripper with a soft finger', kind: 'B2'}),
				       (q:Patent {number: 'US7000002', title: 'Another gripper'}),
				       (o)-[:OWNS {from: date('2010-01-05')}]->(p), (p)-[:CITES]->(q),
				       (f:Fund {id: 'fund:nsf', name: 'National Science Foundation'}),
				       (d:Document {id: 'doc:1', name: 'award.txt', path: '/texts/award.txt'}),
				       (o)-[:MENTIONED_IN {start: 0, end: 13, text: 'Acme Robotics', extractor: 'ner', confidence: 0.9,
				                           sentence: 'Acme Robotics was funded by the NSF.'}]->(d),
				       (o)-[:FUNDED_BY {confidence: 0.8}]->(f),
				       (e:Evidence {type: 'FUNDED_BY', start: 0, end: 36, extractor: 'rule', confidence: 0.8,
				                    sentence: 'Acme Robotics was funded by the NSF.'}),
				       (e)-[:SUBJECT]->(o), (e)-[:OBJECT]->(f), (e)-[:IN_DOCUMENT]->(d)
				""").execute();
		// the API path: only the server's note in the data directory
		this.token.write(this.apiDir, ProcessHandle.current().pid(), "http://127.0.0.1:" + this.port);
		assertThat(LocalApi.find(this.apiDir)).isPresent();
		// the Bolt path: the run file and the password, as ThinContextTest writes them
		EmbeddedNeo4j server = TestNeo4j.server();
		Files.writeString(this.boltDir.resolve("ipgraph-server.properties"),
				"pid=" + ProcessHandle.current().pid() + "\nbolt=" + server.boltUri() + "\nhttp=\n",
				StandardCharsets.UTF_8);
		Files.writeString(this.boltDir.resolve("neo4j-password"), server.password() + "\n", StandardCharsets.UTF_8);
		for (String[] command : new String[][] { { "stats" }, { "stats", "--json" }, { "patent", "US7000001" },
				{ "patent", "US 7,000,001", "--json" }, { "entities", "--type", "Organization" },
				{ "entities", "--type", "Patent", "--query", "soft gripper", "--limit", "5", "--json" },
				{ "evidence", "acme" }, { "evidence", "acme", "--json", "--limit", "3" },
				{ "evidence", "--from", "acme", "--type", "FUNDED_BY", "--to", "fund:nsf" } }) {
			String viaApi = run(this.apiDir, command);
			System.setProperty("ipgraph.cli.api", "false");
			String viaBolt = run(this.boltDir, command);
			System.clearProperty("ipgraph.cli.api");
			assertThat(viaApi).as(String.join(" ", command)).isEqualTo(viaBolt);
		}
		assertThat(run(this.apiDir, "stats")).contains("Organization").contains("CITES");
		assertThat(run(this.apiDir, "patent", "US7000001")).contains("Gripper with a soft finger")
			.contains("owner: Acme Robotics (since 2010-01-05)");
		assertThat(run(this.apiDir, "entities", "--type", "Patent")).contains("US7000001").contains("US7000002");
		assertThat(run(this.apiDir, "evidence", "--from", "acme", "--type", "FUNDED_BY", "--to", "fund:nsf"))
			.contains("Acme Robotics was funded by the NSF.");
	}

	@Test
	void theTokenReadsFromLoopbackAndNothingElseAndIsReadableByTheOwnerOnly() throws Exception {
		this.token.write(this.apiDir, ProcessHandle.current().pid(), "http://127.0.0.1:" + this.port);
		Path note = this.apiDir.resolve(LocalApiToken.FILE_NAME);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(note))).isEqualTo("rw-------");
		LocalApi api = LocalApi.find(this.apiDir).orElseThrow();
		assertThat(status("GET", "/api/v1/stats", api.token())).isEqualTo(200);
		assertThat(status("GET", "/api/v1/entities?type=Person", api.token())).isEqualTo(200);
		assertThat(status("GET", "/api/v1/stats", api.token() + "x")).isEqualTo(401);
		// reads only: a write with the token is refused
		assertThat(status("POST", "/api/v1/ingest?format=lens-csv", api.token())).isEqualTo(401);
		// a stopped server's token is refused, and its note is gone
		this.token.remove();
		assertThat(note).doesNotExist();
		assertThat(status("GET", "/api/v1/stats", api.token())).isEqualTo(401);
		assertThat(LocalApi.find(this.apiDir)).isEmpty();
	}

	@Test
	void aNoteOfAProcessThatIsGoneIsNotUsed() throws Exception {
		Process exited = new ProcessBuilder("true").start();
		exited.waitFor();
		long gone = exited.pid();
		this.token.write(this.apiDir, gone, "http://127.0.0.1:" + this.port);
		assertThat(LocalApi.find(this.apiDir)).isEmpty();
	}

	private int status(String method, String path, String bearer) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
					.header("Authorization", "Bearer " + bearer)
					.method(method, HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
	}

	private static String run(Path dataDir, String... command) {
		String[] args = new String[command.length + 2];
		System.arraycopy(command, 0, args, 0, command.length);
		args[command.length] = "--data-dir";
		args[command.length + 1] = dataDir.toString();
		PrintStream out = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			assertThat(IpgraphCli.run(IpgraphApplication.class, args)).as(String.join(" ", args)).isZero();
		}
		finally {
			System.setOut(out);
		}
		return captured.toString(StandardCharsets.UTF_8);
	}

}
