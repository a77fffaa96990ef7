package org.ipgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ipgraph.IpgraphApplication;
import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.market.MarketService;
import org.ipgraph.market.NewOffer;
import org.ipgraph.security.Callers;
import org.ipgraph.security.LocalApiToken;
import org.ipgraph.test.TestNeo4j;
import org.ipgraph.snapshot.GraphSnapshots;
import org.ipgraph.valuation.ValueService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read verb beyond {@code stats}, {@code patent}, {@code entities} and
 * {@code evidence} (which {@link LocalApiTest} compares with the Bolt path): answered by
 * the running server's API with its local token (an ANALYST), it prints what the verb
 * prints without a server, run on the same application as the local operator; the
 * variants the API does not answer alike (a POST, another caller's view) do not ask it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "ipgraph.security.requests-per-minute=100000")
@ContextConfiguration(initializers = TestNeo4j.Initializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalApiVerbsTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	LocalApiToken token;

	@Autowired
	ConfigurableApplicationContext context;

	@TempDir
	Path apiDir;

	String offer;

	// the two organizations owning the most patents, and two of the first's patents
	String org;

	String other;

	String patent;

	String patent2;

	List<String> valued;

	@BeforeAll
	void graph(@Autowired DemoLoader demo, @Autowired MarketService market, @Autowired ValueService values,
			@Autowired GraphSnapshots snapshots) {
		TestNeo4j.clear();
		demo.load(new DemoParameters(DemoParameters.MIN_PATENTS, 5, 0.1), DemoProgress.NONE);
		List<org.neo4j.driver.Record> owners = TestNeo4j.driver()
			.executableQuery("MATCH (o:Organization)-[:OWNS]->(p:Patent) WITH o, count(p) AS n "
					+ "RETURN o.id AS id ORDER BY n DESC, id LIMIT 2")
			.execute()
			.records();
		this.org = owners.get(0).get("id").asString();
		this.other = owners.get(1).get("id").asString();
		List<org.neo4j.driver.Record> patents = TestNeo4j.driver()
			.executableQuery("MATCH (:Organization {id: $id})-[:OWNS]->(p:Patent) "
					+ "RETURN p.number AS number ORDER BY number LIMIT 2")
			.withParameters(java.util.Map.of("id", this.org))
			.execute()
			.records();
		this.patent = patents.get(0).get("number").asString();
		this.patent2 = patents.get(1).get("number").asString();
		Callers.actAsOperator();
		try {
			this.offer = market
				.publish(new NewOffer(null, this.org, "licence", "Video coding package", "Motion vector prediction",
						List.of(this.patent, this.patent2), null, null, null, null, null, null, null))
				.item()
				.id();
		}
		finally {
			SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_THREADLOCAL);
			SecurityContextHolder.clearContext();
		}
		// the valuation of this graph, not of an earlier test class's (a snapshot
		// already built in the shared context is rebuilt only when asked or due)
		snapshots.refresh(List.of("valuation"));
		// patents with a value (the valuation leaves some out); the demo has no policy
		// with eligibility facts: `policies show` is only checked to leave a 404 to the
		// other path (below)
		this.valued = TestNeo4j.driver()
			.executableQuery("MATCH (p:Patent) RETURN p.number AS number ORDER BY number LIMIT 500")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("number").asString())
			.filter(number -> found(() -> values.value(number)))
			.limit(2)
			.toList();
		assertThat(this.valued).hasSize(2);
	}

	private static boolean found(Runnable lookup) {
		try {
			lookup.run();
			return true;
		}
		catch (org.ipgraph.web.NotFoundException ex) {
			return false;
		}
	}

	@AfterEach
	void operatorOff() {
		SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_THREADLOCAL);
		SecurityContextHolder.clearContext();
	}

	@AfterAll
	void removeTheNote() {
		this.token.remove();
		TestNeo4j.clear();
	}

	@Test
	void readVerbsPrintFromTheServersApiWhatTheyPrintWithoutIt() throws Exception {
		this.token.write(this.apiDir, ProcessHandle.current().pid(), "http://127.0.0.1:" + this.port);
		String org = this.org;
		String other = this.other;
		List<String[]> commands = List.of(new String[] { "partners", "--organization", org },
				new String[] { "partners", "--organization", other, "--role", "licensee", "--size", "3", "--json" },
				new String[] { "partners", "--organization", org, "--exclude-competitor", other, "--new-only",
						"--include-expired", "--page", "1", "--size", "2" },
				new String[] { "experts", "--topic", "video coding motion vector" },
				new String[] { "experts", "--patent", this.patent, "--exclude", other, "--json" },
				new String[] { "risk", "npe", org }, new String[] { "risk", "npe", other, "--json" },
				new String[] { "risk", "exposure", other, "--size", "3" },
				new String[] { "risk", "exposure", "--patents", this.patent + "," + this.patent2, "--include-expired",
						"--as-of", "2020-01-01", "--json" },
				new String[] { "risk", "patent", this.patent },
				new String[] { "risk", "patent", this.patent2, "--as-of", "2018-06-30", "--json" },
				new String[] { "pools", "--cpc", "H04N19" },
				new String[] { "pools", "--topic", "motion vector", "--include-expired", "--json" },
				new String[] { "policies", "match", org },
				new String[] { "policies", "match", other, "--limit", "3", "--json" },

				new String[] { "value", "patent", this.valued.get(0) },
				new String[] { "value", "patent", this.valued.get(1), "--json" },
				new String[] { "value", "portfolio", org }, new String[] { "providers", "--need", "licensing" },
				new String[] { "providers", "--need", "litigation-defense", "--limit", "3", "--json" },
				new String[] { "offers", "list" }, new String[] { "offers", "list", "--q", "video", "--json" },
				new String[] { "offers", "show", this.offer });
		List<String> failures = new ArrayList<>();
		for (String[] command : commands) {
			String label = String.join(" ", command);
			try {
				Answer api = viaApi(command);
				Answer direct = direct(command);
				if (api.code() == null) {
					failures.add(label + ": the API did not answer");
				}
				else if (!api.output().equals(direct.output()) || !api.code().equals(direct.code())
						|| direct.output().isBlank()) {
					failures.add(label + ": the API path printed\n" + api.output() + "\nthe direct path\n"
							+ direct.output());
				}
			}
			catch (Exception ex) {
				failures.add(label + ": " + ex);
			}
		}
		assertThat(failures).isEmpty();
		// the same through the command line's root of the read verbs
		assertThat(run("risk", "npe", org)).isEqualTo(direct("risk", "npe", org).output()).contains("NPE score");
		assertThat(run("offers", "show", this.offer)).contains("Video coding package");
	}

	@Test
	void variantsTheApiWouldAnswerOtherwiseDoNotAskIt() throws Exception {
		this.token.write(this.apiDir, ProcessHandle.current().pid(), "http://127.0.0.1:" + this.port);
		List<String[]> commands = List.of(new String[] { "partners", "--demand", "gait sensor" },
				new String[] { "experts", "--demand", "gait sensor" },
				new String[] { "experts", "--topic", "video", "--as-platform-user" },
				new String[] { "experts", "--topic", "video", "--size", "0" },
				new String[] { "pools", "--patents", this.patent + "," + this.patent2 },
				new String[] { "policies", "match", "--text", "robots" },
				new String[] { "risk", "exposure", "--product", "a camera, with a lens" },
				new String[] { "partners", "--organization", this.org, "--exclude-competitor", "Globex, Inc." },
				new String[] { "partners", "--organization", this.org, "--country", " " });
		List<String> asked = new ArrayList<>();
		for (String[] command : commands) {
			if (viaApi(command).code() != null) {
				asked.add(String.join(" ", command));
			}
		}
		assertThat(asked).isEmpty();
		// an answer the API refuses (a 404) leaves the command to its other path
		assertThat(viaApi("risk", "patent", "US1").code()).isNull();
		assertThat(viaApi("policies", "show", "policy:none").code()).isNull();
	}

	private record Answer(Integer code, String output) {
	}

	/** The verb's answer from the API only: a null code when it did not answer. */
	private Answer viaApi(String... command) throws Exception {
		ApplicationCommand verb = parse(command);
		return capture(() -> verb.answeredByServer());
	}

	/** The verb run on this test's application, as the CLI runs it without a server. */
	private Answer direct(String... command) throws Exception {
		ApplicationCommand verb = parse(command);
		List<org.neo4j.driver.Record> owners = TestNeo4j.driver()
			.executableQuery("MATCH (o:Organization)-[:OWNS]->(p:Patent) WITH o, count(p) AS n "
					+ "RETURN o.id AS id ORDER BY n DESC, id LIMIT 2")
			.execute()
			.records();
		this.org = owners.get(0).get("id").asString();
		this.other = owners.get(1).get("id").asString();
		List<org.neo4j.driver.Record> patents = TestNeo4j.driver()
			.executableQuery("MATCH (:Organization {id: $id})-[:OWNS]->(p:Patent) "
					+ "RETURN p.number AS number ORDER BY number LIMIT 2")
			.withParameters(java.util.Map.of("id", this.org))
			.execute()
			.records();
		this.patent = patents.get(0).get("number").asString();
		this.patent2 = patents.get(1).get("number").asString();
		Callers.actAsOperator();
		try {
			return capture(() -> verb.run(Application.over(this.context)));
		}
		finally {
			SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_THREADLOCAL);
			SecurityContextHolder.clearContext();
		}
	}

	private ApplicationCommand parse(String... command) {
		String[] args = withDataDir(command);
		CommandLine.ParseResult parsed = new CommandLine(new IpgraphCli()).parseArgs(args);
		while (parsed.hasSubcommand()) {
			parsed = parsed.subcommand();
		}
		return (ApplicationCommand) parsed.commandSpec().userObject();
	}

	private String[] withDataDir(String... command) {
		String[] args = new String[command.length + 2];
		System.arraycopy(command, 0, args, 0, command.length);
		args[command.length] = "--data-dir";
		args[command.length + 1] = this.apiDir.toString();
		return args;
	}

	private interface Call {

		Integer call() throws Exception;

	}

	private static Answer capture(Call call) throws Exception {
		PrintStream out = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			Integer code = call.call();
			return new Answer(code, captured.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
		}
	}

	private String run(String... command) {
		String[] args = withDataDir(command);
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
