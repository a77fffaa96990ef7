package org.ipgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.security.Role;
import org.ipgraph.security.UserService;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Executes every notebook of {@code notebooks/} with Debian's Jupyter against the
 * application on a random port and the test Neo4j holding a small synthetic demo graph,
 * as an analyst would against {@code bin/ipgraph serve}, and checks what each one shows
 * and draws. It needs
 * {@code jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib} (CI's
 * {@code .ci/run} installs them): without them it fails, unless
 * {@code -Dipgraph.notebooks.skip=true} skips it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ipgraph.partners.check-interval=0s" })
@ContextConfiguration(initializers = TestNeo4j.Initializer.class)
class NotebookTest {

	static final String PYTHON = "/usr/bin/python3";

	static final String PACKAGES = "jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib";

	static final Path NOTEBOOKS = Path.of("notebooks");

	static final Path EXECUTED = Path.of("target", "notebooks");

	/** What each notebook must show (in its outputs) beyond running without error. */
	static final Map<String, List<String>> SHOWS = Map.of("explore-graph.ipynb",
			List.of("connected: True", "graph: synthetic demo data", "== top-owners-in-technology.cypher ("),
			"portfolio-landscape.ipynb", List.of(" owners, filed ", "<th>H04N</th>"), "citation-flows.ipynb",
			List.of(" citations between 12 owners", " mutual pairs"), "partner-candidates.ipynb",
			List.of("model ", "<th>textSimilarity</th>", "<th>cpcBroadSimilarity</th>", "Evidence for "),
			"pool-concentration.ipynb",
			List.of("HHI recomputed from the licensors' patents matches the API", "<th>hhi recomputed</th>"),
			"npe-exposure.ipynb", List.of("NPE-held patents ranked", "<td>plaintiffSuits</td>", "<th>assertion</th>"));

	static final List<String> FIGURES = List.of("portfolio-by-year.png", "portfolio-cpc.png", "portfolio-cpc-trend.png",
			"citation-flows-matrix.png", "citation-net-flow.png", "citation-flows-organization.png",
			"partner-components.png", "pool-concentration.png", "npe-exposure.png", "npe-signals.png");

	@Value("${local.server.port}")
	int port;

	@Autowired
	DemoLoader demo;

	@Autowired
	UserService users;

	@Test
	void everyNotebookRunsOnTheDemoGraphShowsItsAnswersAndSavesItsFigures(@TempDir Path figures) throws Exception {
		requireJupyter();
		TestNeo4j.clear();
		this.demo.load(new DemoParameters(1000, 42, 0.1), DemoProgress.NONE);
		this.users.create("notebook", "notebook user password", EnumSet.of(Role.USER), null);
		this.users.create("notebook-legal", "notebook legal password", EnumSet.of(Role.LEGAL), null);
		List<Path> notebooks;
		try (Stream<Path> files = Files.list(NOTEBOOKS)) {
			notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
		}
		assertThat(notebooks).extracting(n -> n.getFileName().toString())
			.containsExactlyInAnyOrderElementsOf(SHOWS.keySet());

		Files.createDirectories(EXECUTED);
		Path log = EXECUTED.resolve("nbconvert.log");
		List<String> command = new ArrayList<>(List.of(PYTHON, "-Xfrozen_modules=off", "-m", "nbconvert", "--to",
				"notebook", "--execute", "--ExecutePreprocessor.timeout=120",
				"--ExecutePreprocessor.kernel_name=python3", "--output-dir", EXECUTED.toString()));
		notebooks.forEach(notebook -> command.add(notebook.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		var server = TestNeo4j.server();
		builder.environment()
			.putAll(Map.of("NEO4J_HTTP", server.httpUri().orElseThrow().toString(), "NEO4J_PASSWORD", server.password(),
					"IPGRAPH_API", "http://127.0.0.1:" + this.port, "IPGRAPH_TOKEN",
					this.users.issueToken("notebook", "notebooks", null).token(), "IPGRAPH_LEGAL_TOKEN",
					this.users.issueToken("notebook-legal", "notebooks", null).token(), "IPGRAPH_FIGURES",
					figures.toString(), "IPGRAPH_HOME", Path.of("").toAbsolutePath().toString(),
					"PYDEVD_DISABLE_FILE_VALIDATION", "1"));
		long started = System.nanoTime();
		Process process = builder.start();
		if (!process.waitFor(4, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail("The notebooks did not finish in 4 minutes:\n" + Files.readString(log));
		}
		assertThat(process.exitValue()).as(Files.readString(log)).isZero();
		System.out.printf("%d notebooks executed in %.1f s%n", notebooks.size(),
				Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);

		for (var shows : SHOWS.entrySet()) {
			String outputs = outputs(EXECUTED.resolve(shows.getKey()));
			assertThat(outputs).as(shows.getKey()).contains(shows.getValue());
		}
		assertThat(outputs(EXECUTED.resolve("pool-concentration.ipynb")))
			.containsPattern("matches the API within [0-9.]+ for all [1-9][0-9]* candidates");
		assertThat(outputs(EXECUTED.resolve("partner-candidates.ipynb"))).containsPattern("; [1-9][0-9]* candidates");
		for (String figure : FIGURES) {
			Path png = figures.resolve(figure);
			assertThat(png).as(figure).exists();
			assertThat(Files.size(png)).as(figure).isGreaterThan(10_000);
			assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
		}
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (e:AuditEvent {user: 'notebook-legal'}) RETURN count(e) AS n")
				.single()
				.get("n")
				.asLong()).as("the NPE notebook's reads are audited").isGreaterThanOrEqualTo(2);
		}
	}

	// every output of every cell as text: streams, plain text and HTML; errors fail
	private static String outputs(Path notebook) throws IOException {
		assertThat(notebook).exists();
		JsonNode cells = JsonMapper.builder().build().readTree(notebook.toFile()).get("cells");
		StringBuilder text = new StringBuilder();
		for (JsonNode cell : cells) {
			for (JsonNode output : cell.path("outputs")) {
				assertThat(output.path("output_type").asString()).as(notebook + ": " + output).isNotEqualTo("error");
				joined(text, output.path("text"));
				joined(text, output.path("data").path("text/plain"));
				joined(text, output.path("data").path("text/html"));
			}
		}
		return text.toString();
	}

	private static void joined(StringBuilder text, JsonNode lines) {
		if (lines.isArray()) {
			lines.forEach(line -> text.append(line.asString()));
		}
		else if (lines.isString()) {
			text.append(lines.asString());
		}
		text.append('\n');
	}

	static void requireJupyter() throws InterruptedException {
		boolean skip = Boolean.getBoolean("ipgraph.notebooks.skip");
		String missing;
		try {
			Process check = new ProcessBuilder(PYTHON, "-c", "import nbconvert, ipykernel, pandas, matplotlib")
				.redirectErrorStream(true)
				.start();
			String output = new String(check.getInputStream().readAllBytes());
			missing = check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0 ? null : output.strip();
		}
		catch (IOException ex) {
			missing = ex.getMessage();
		}
		if (missing != null) {
			String message = "The notebooks need Debian's " + PACKAGES + " (" + missing + "). Install them with "
					+ "`sudo apt-get install -y " + PACKAGES + "` (.ci/run does), or skip this test with "
					+ "-Dipgraph.notebooks.skip=true";
			Assumptions.assumeFalse(skip, message);
			fail(message);
		}
	}

}
