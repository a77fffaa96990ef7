package org.ipgraph.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.experts.ExpertService;
import org.ipgraph.partners.DemandQuery;
import org.ipgraph.partners.PartnerQuery;
import org.ipgraph.partners.PartnerService;
import org.ipgraph.providers.ProviderService;
import org.ipgraph.risk.ExposureService;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.ipgraph.valuation.ValueService;
import org.ipgraph.web.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the five snapshots (experts, partners, risk, valuation, providers) built on a
 * small demo graph with a few providers, written to its file, then dropped as by a
 * restart and read back from the file: the services answer exactly as they did with the
 * built values.
 */
@GraphTest
class SnapshotRoundTripTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PROVIDERS = """
			MATCH (p:Patent) WITH p ORDER BY p.number LIMIT 2
			WITH collect(p) AS ps
			WITH ps[0] AS p1, ps[1] AS p2
			CREATE (c1:LitigationCase {id: 'txed:1', court: 'txed', caseType: 'civil', filedOn: date('2021-01-01'),
			                           outcome: 'judgment for defendant'}),
			       (c2:LitigationCase {id: 'ded:2', court: 'ded', caseType: 'civil', filedOn: date('2022-01-01')}),
			       (p1)-[:ASSERTED_IN]->(c1), (p2)-[:ASSERTED_IN]->(c2),
			       (roe:Organization:Provider {id: 'roe', name: 'Roe LLP', serviceType: 'law_firm', providerKinds: ['law_firm']}),
			       (doe:Organization:Provider {id: 'doe partners', name: 'Doe & Partners', serviceType: 'law_firm',
			                                   providerKinds: ['law_firm']}),
			       (c1)-[:REPRESENTED_BY {side: 'defendant', source: 'uspto-oce'}]->(roe),
			       (c2)-[:REPRESENTED_BY {side: 'defendant', source: 'uspto-oce'}]->(doe),
			       (c1)-[:REPRESENTED_BY {side: 'plaintiff', source: 'uspto-oce'}]->(doe)
			""";

	@Autowired
	GraphSnapshots snapshots;

	@Autowired
	SnapshotHealthIndicator health;

	@Autowired
	DemoLoader demo;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	PartnerService partners;

	@Autowired
	ExpertService experts;

	@Autowired
	ExposureService exposure;

	@Autowired
	ValueService values;

	@Autowired
	ProviderService providers;

	@TempDir
	Path dir;

	@Test
	@WithMockUser(roles = "USER")
	void everySnapshotReadBackFromItsFileAnswersAsTheBuiltOne() {
		TestNeo4j.clear();
		this.demo.load(new DemoParameters(300, 5, 0.1), DemoProgress.NONE);
		TestNeo4j.driver().executableQuery(PROVIDERS).execute();
		List<String> kept = List.of("experts", "partners", "risk", "valuation", "providers");
		List<GraphSnapshot<?>> all = this.snapshots.all().stream().filter(s -> kept.contains(s.name())).toList();
		assertThat(all).extracting(GraphSnapshot::name).containsExactlyInAnyOrderElementsOf(kept);
		this.snapshots.files(new SnapshotFiles(this.dir, this.snapshots::database));
		try {
			all.forEach(s -> s.refresh(true));
			for (GraphSnapshot<?> snapshot : all) {
				assertThat(this.dir.resolve(snapshot.name() + ".snap")).isNotEmptyFile();
				assertThat(snapshot.peek().loadedFrom()).isNull();
			}
			assertThat(this.health.health().getDetails().get("partners")).asString().contains("source=built");
			Map<String, String> built = answers();
			// answers with content, so that equal answers say something
			assertThat(built.get("partners")).contains("\"rank\":1,");
			assertThat(built.get("partners for demand")).contains("\"rank\":1,");
			assertThat(built.get("experts by topic")).contains("\"items\":[{");
			assertThat(built.get("portfolio")).contains("\"areas\":[{");
			assertThat(built.get("providers")).contains("doe partners");
			all.forEach(GraphSnapshot::restart);
			Map<String, String> loaded = answers();
			for (GraphSnapshot<?> snapshot : all) {
				assertThat(snapshot.peek().loadedFrom()).as(snapshot.name())
					.isEqualTo(this.dir.resolve(snapshot.name() + ".snap"));
			}
			assertThat(loaded).isEqualTo(built);
			@SuppressWarnings("unchecked")
			Map<String, Object> experts = (Map<String, Object>) this.health.health().getDetails().get("experts");
			assertThat(experts).containsEntry("source", "loaded")
				.containsEntry("file", this.dir.resolve("experts.snap").toString())
				.containsKeys("loadSeconds", "buildSeconds", "builtAt");
			// the batch job: after a restart every current file is only read; forced,
			// built
			all.forEach(GraphSnapshot::restart);
			List<String> progress = new java.util.ArrayList<>();
			List<GraphSnapshots.Brought> batch = this.snapshots.bringUpToDate(kept, false, progress::add);
			assertThat(batch).extracting(GraphSnapshots.Brought::name).containsExactlyInAnyOrderElementsOf(kept);
			assertThat(batch).allSatisfy(b -> assertThat(b.source()).as(b.name()).isEqualTo("current"));
			assertThat(progress).hasSize(2 * kept.size()).first().asString().startsWith("[1/5] ");
			List<GraphSnapshots.Brought> forced = this.snapshots.bringUpToDate(List.of("partners"), true, l -> {
			});
			assertThat(forced).singleElement().satisfies(b -> {
				assertThat(b.source()).isEqualTo("built");
				assertThat(b.file()).isEqualTo(this.dir.resolve("partners.snap").toString());
			});
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> this.snapshots.bringUpToDate(List.of("partner"), false, l -> {
				}))
				.hasMessageContaining("Unknown snapshot 'partner'")
				.hasMessageContaining("partners");
		}
		finally {
			this.snapshots.files(null);
			all.forEach(GraphSnapshot::restart);
		}
	}

	private Map<String, String> answers() {
		String organization = this.neo4j.query("""
				MATCH (o:Organization)-[:OWNS]->(p:Patent)
				WITH o, count(p) AS n ORDER BY n DESC, o.id LIMIT 1
				RETURN o.id""").fetchAs(String.class).one().orElseThrow();
		String number = this.neo4j.query("MATCH (p:Patent) RETURN p.number ORDER BY p.number LIMIT 1")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		String title = this.neo4j.query("MATCH (p:Patent {number: $number}) RETURN p.title")
			.bind(number)
			.to("number")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		PageRequest page = PageRequest.of(0, 10);
		Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
		calls.put("partners", () -> this.partners.recommend(PartnerQuery.of(organization, null)));
		calls.put("partners for demand", () -> this.partners.forDemand(DemandQuery.of(title)));
		calls.put("experts by topic", () -> this.experts.forTopic(title, null, page));
		calls.put("experts by patent", () -> this.experts.forPatent(number, null, page));
		calls.put("exposure", () -> this.exposure
			.exposure(new ExposureService.Request(organization, null, null, 0.0, LocalDate.of(2025, 1, 1)), page));
		calls.put("value", () -> this.values.value(number));
		calls.put("portfolio", () -> this.values.portfolio(organization));
		calls.put("providers", () -> this.providers.rank("litigation-defense", null, null, null));
		Map<String, String> answers = new LinkedHashMap<>();
		calls.forEach((name, call) -> answers.put(name, JSON.writeValueAsString(call.get())));
		return answers;
	}

}
