package org.ipgraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the analyst notebook, cell by cell, against the test server's HTTP Query API.
 */
class NotebookTest {

	@Test
	void theExplorationNotebookRunsEveryAnalystQuery() throws Exception {
		Assumptions.assumeTrue(python(), "python3 is not installed");
		TestNeo4j.clear();
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					CREATE (a:Organization {id: 'acme', name: 'Acme'}), (b:Organization {id: 'beta', name: 'Beta'}),
					       (p:Patent {number: 'US1', filingDate: date('2015-01-01')}), (q:Patent {number: 'US2'}),
					       (t:Technology {symbol: 'H04N'}),
					       (a)-[:OWNS]->(p), (b)-[:OWNS]->(p), (b)-[:OWNS]->(q), (p)-[:CITES]->(q),
					       (p)-[:CLASSIFIED_AS]->(t), (d:Document {id: 'demo', synthetic: true})
					""").consume();
		}
		var server = TestNeo4j.server();
		ProcessBuilder builder = new ProcessBuilder("python3", "notebooks/run_notebook.py",
				"notebooks/explore-graph.ipynb")
			.redirectErrorStream(true);
		builder.environment().put("NEO4J_HTTP", server.httpUri().orElseThrow().toString());
		builder.environment().put("NEO4J_PASSWORD", server.password());
		builder.environment().put("IPGRAPH_HOME", Path.of("").toAbsolutePath().toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("connected: True")
			.contains("synthetic demo data: True")
			.contains("== top-owners-in-technology.cypher")
			.contains("organization: Beta (2 patents)")
			.contains("== co-ownership-network.cypher (1 rows)");
	}

	private static boolean python() {
		try {
			return new ProcessBuilder("python3", "--version").start().waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
