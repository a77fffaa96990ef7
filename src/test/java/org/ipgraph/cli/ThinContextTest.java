package org.ipgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ipgraph.db.EmbeddedNeo4j;
import org.ipgraph.graph.GraphStats;
import org.ipgraph.graph.GraphStatsService;
import org.ipgraph.graph.HiddenPersons;
import org.ipgraph.patents.PatentService;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick path of the read-only commands: it starts only when a running server holds
 * the data directory, and then answers as the full application does.
 */
class ThinContextTest {

	@TempDir
	Path dataDir;

	@Test
	void withoutARunningServerTheCommandStartsTheFullApplication() {
		assertThat(ThinContext.open(Map.of("ipgraph.neo4j.data-dir", this.dataDir.toString()),
				List.of(GraphStatsService.class)))
			.isEmpty();
	}

	@Test
	void aRunningServerIsReachedWithItsPasswordFileAndAnswersAsTheGraphSays() throws IOException {
		EmbeddedNeo4j server = TestNeo4j.server();
		TestNeo4j.clear();
		TestNeo4j.driver()
			.executableQuery(
					"CREATE (:Patent {number: 'US1'}), (:Patent {number: 'US2'})-[:OWNED_BY_TEST]->(:Organization {id: 'o'})")
			.execute();
		// as a running ipgraph leaves them in its data directory
		Files.writeString(this.dataDir.resolve("ipgraph-server.properties"),
				"pid=" + ProcessHandle.current().pid() + "\nbolt=" + server.boltUri() + "\nhttp=\n",
				StandardCharsets.UTF_8);
		Files.writeString(this.dataDir.resolve("neo4j-password"), server.password() + "\n", StandardCharsets.UTF_8);
		Optional<ConfigurableApplicationContext> thin = ThinContext.open(
				Map.of("ipgraph.neo4j.data-dir", this.dataDir.toString()),
				List.of(GraphStatsService.class, PatentService.class, HiddenPersons.class));
		assertThat(thin).isPresent();
		try (ConfigurableApplicationContext context = thin.get()) {
			GraphStats stats = context.getBean(GraphStatsService.class).stats();
			assertThat(stats.labels()).containsEntry("Patent", 2L).containsEntry("Organization", 1L);
			assertThat(stats.relationshipTypes()).containsEntry("OWNED_BY_TEST", 1L);
			assertThat(context.getBean(PatentService.class).find("US2")).isPresent();
			assertThat(context.getBeanDefinitionNames()).hasSizeLessThan(20);
		}
		finally {
			TestNeo4j.clear();
		}
	}

	@Test
	void aRunFileOfAServerThatIsGoneIsNotUsed() throws IOException {
		Files.writeString(this.dataDir.resolve("ipgraph-server.properties"),
				"pid=" + ProcessHandle.current().pid() + "\nbolt=bolt://127.0.0.1:1\nhttp=\n", StandardCharsets.UTF_8);
		Files.writeString(this.dataDir.resolve("neo4j-password"), "x\n", StandardCharsets.UTF_8);
		assertThat(ThinContext.open(Map.of("ipgraph.neo4j.data-dir", this.dataDir.toString()),
				List.of(GraphStatsService.class)))
			.isEmpty();
	}

	@Test
	void theDatabaseSettingsAreBoundAsTheApplicationBindsThem() {
		assertThat(ThinContext.database(Map.of("ipgraph.neo4j.data-dir", this.dataDir.toString())).dataDir())
			.isEqualTo(this.dataDir);
		assertThat(ThinContext.database(Map.of()).username()).isNotBlank();
	}

	@Test
	void theLocalApiIsLookedForInTheDataDirectoryAsTheApplicationBindsIt() {
		// whether or not this JVM's settings send the lookup to Spring's binding, the
		// answer is the same
		assertThat(LocalApi.dataDir(Map.of("ipgraph.neo4j.data-dir", this.dataDir.toString()),
				p -> ThinContext.database(p).dataDir().toAbsolutePath().normalize()))
			.isEqualTo(this.dataDir.toAbsolutePath().normalize());
		assertThat(LocalApi.dataDir(Map.of(), p -> ThinContext.database(p).dataDir().toAbsolutePath().normalize()))
			.isEqualTo(ThinContext.database(Map.of()).dataDir().toAbsolutePath().normalize());
		// a graph on an external server has no local API
		assertThat(LocalApi.dataDir(Map.of("ipgraph.neo4j.uri", "neo4j://db.example:7687", "ipgraph.neo4j.data-dir",
				this.dataDir.toString()), p -> null))
			.isNull();
	}

	@Test
	void theReadVerbsRootParsesAndHelpsAsTheFullRoot() {
		picocli.CommandLine full = new picocli.CommandLine(new IpgraphCli());
		picocli.CommandLine read = null;
		for (String verb : IpgraphCli.ReadRoot.VERBS.keySet()) {
			read = IpgraphCli.commandLine(null, verb, "--help");
			assertThat(read.getCommandSpec().userObject()).isInstanceOf(IpgraphCli.ReadRoot.class);
			assertThat(read.getSubcommands().keySet()).containsExactly(verb);
			picocli.CommandLine readVerb = read.getSubcommands().get(verb);
			picocli.CommandLine fullVerb = full.getSubcommands().get(verb);
			assertThat(readVerb.getCommandSpec().userObject().getClass())
				.isEqualTo(fullVerb.getCommandSpec().userObject().getClass());
			assertThat(readVerb.getUsageMessage()).isEqualTo(fullVerb.getUsageMessage());
			assertThat(readVerb.getSubcommands().keySet()).isEqualTo(fullVerb.getSubcommands().keySet());
			readVerb.getSubcommands()
				.forEach((name, sub) -> assertThat(sub.getUsageMessage()).as(verb + " " + name)
					.isEqualTo(fullVerb.getSubcommands().get(name).getUsageMessage()));
		}
		assertThat(IpgraphCli.commandLine(null, "ingest").getCommandSpec().userObject()).isInstanceOf(IpgraphCli.class);
		assertThat(IpgraphCli.commandLine(null).getCommandSpec().userObject()).isInstanceOf(IpgraphCli.class);
		assertThat(read.getCommandSpec().version()).isEqualTo(full.getCommandSpec().version());
		assertThat(read.getCommandSpec().resourceBundleBaseName())
			.isEqualTo(full.getCommandSpec().resourceBundleBaseName());
	}

	@Test
	void theReadOnlyCommandsTakeTheQuickPath() {
		assertThat(new StatsCommand().thinBeans()).containsExactly(GraphStatsService.class);
		assertThat(new PatentCommand().thinBeans()).contains(PatentService.class, HiddenPersons.class);
		assertThat(new IngestCommand().thinBeans()).isEmpty();
		assertThat(new StatsCommand().apiRequest().path()).isEqualTo("/api/v1/stats");
		PatentCommand patent = new PatentCommand();
		patent.number = "US 8,090,141 B2";
		assertThat(patent.apiRequest().path()).isEqualTo("/api/v1/patents/US%208%2C090%2C141%20B2");
		EntitiesCommand entities = new EntitiesCommand();
		entities.type = "Organization";
		entities.query = "acme & co";
		entities.limit = 5;
		assertThat(entities.apiRequest().path())
			.isEqualTo("/api/v1/entities?type=Organization&query=acme%20%26%20co&limit=5");
		entities.type = "Nothing";
		assertThat(entities.apiRequest()).isNull();
		EvidenceCommand evidence = new EvidenceCommand();
		evidence.limit = 50;
		evidence.entity = "ONR";
		assertThat(evidence.apiRequest().path()).isEqualTo("/api/v1/evidence?entity=ONR&limit=50");
		evidence.type = "FUNDED_BY";
		// an entity and a relationship at once: the application path says what is wrong
		assertThat(evidence.apiRequest()).isNull();
	}

}
