package org.ipgraph.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.experts.ExpertService;
import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.lens.LensExport;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile names go through every read endpoint and through an importer as data: the graph
 * keeps every node and relationship it had (reads add only audit events and the Demand a
 * stated demand is kept as), and nothing answers 5xx.
 */
@SpringBootTest(properties = "ipgraph.security.requests-per-minute=100000")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestNeo4j.Initializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionTest {

	static final List<String> HOSTILE = List.of("O'Brien \"Quoted\" Holdings", "`Backtick` Corp`) DETACH DELETE n //",
			"x'}) DETACH DELETE n //", "\"}) MATCH (n) DETACH DELETE n RETURN 1 //", "acme' OR 1=1 --",
			"*:* OR name:* AND ((( ~ ^2 \\", "${jndi:ldap://127.0.0.1/a} {{7*7}} $param",
			"Ａｃｍｅ\u202eevil\u200b\u0301 Ltd", "CALL dbms.killQueries([]) YIELD x", "a".repeat(290), "路由器 株式会社 🚀",
			"\\u0027 \\' \\\\ ; DROP CONSTRAINT x");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLoader demo;

	@Autowired
	IngestService ingest;

	@Autowired
	ExpertService experts;

	@BeforeAll
	void graph() {
		TestNeo4j.clear();
		this.demo.load(new DemoParameters(DemoParameters.MIN_PATENTS, 5, 0.1), DemoProgress.NONE);
	}

	@Test
	void hostileParametersAreDataToEveryEndpoint() throws Exception {
		// the expert profiles (and what they persist: resolved identities, the handle
		// key) are
		// built before counting, not by a background rebuild during the requests
		this.experts.rebuildProfiles();
		this.mvc.perform(get("/api/v1/experts").param("topic", "sensor").with(user("admin").roles("ADMIN")));
		Map<String, Long> before = counts();
		List<String> failures = new ArrayList<>();
		for (String value : HOSTILE) {
			String json = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
			List<MockHttpServletRequestBuilder> calls = List.of(get("/api/v1/organizations").param("q", value),
					get("/api/v1/organizations/{id}", value), get("/api/v1/patents/{number}", value),
					get("/api/v1/evidence").param("entity", value),
					get("/api/v1/partners").param("organization", value),
					get("/api/v1/partners").param("organization", "acme").param("excludeCompetitor", value),
					post("/api/v1/partners/for-demand").contentType(MediaType.APPLICATION_JSON)
						.content("{\"text\": " + json + "}"),
					get("/api/v1/pools").param("topic", value), get("/api/v1/pools").param("standard", value),
					get("/api/v1/pools").param("cpc", value),
					post("/api/v1/pools/from-patents").contentType(MediaType.APPLICATION_JSON)
						.content("{\"patents\": [" + json + ", \"US40000001\", \"US40000002\"]}"),
					get("/api/v1/pools/saved/{id}", value), get("/api/v1/risk/npe").param("organization", value),
					get("/api/v1/risk/exposure").param("organization", value),
					get("/api/v1/risk/patent/{number}", value), get("/api/v1/audit").param("user", value),
					get("/api/v1/experts").param("topic", value), get("/api/v1/experts").param("patent", value),
					get("/api/v1/experts").param("topic", "sensor").param("exclude", value),
					post("/api/v1/experts/for-demand").contentType(MediaType.APPLICATION_JSON)
						.content("{\"text\": " + json + "}"));
			for (MockHttpServletRequestBuilder call : calls) {
				var response = this.mvc.perform(call.with(user("admin").roles("ADMIN"))).andReturn().getResponse();
				if (response.getStatus() >= 500) {
					failures.add(response.getStatus() + " for " + value + ": " + response.getContentAsString());
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(counts()).isEqualTo(before);
		// a stated demand is kept (as a Demand node): the hostile texts are stored as
		// written
		try (var session = TestNeo4j.driver().session()) {
			for (String value : HOSTILE) {
				long demands = session
					.run("MATCH (d:Demand) WHERE d.text = $text RETURN count(d) AS c", Map.of("text", value))
					.single()
					.get("c")
					.asLong();
				assertThat(demands).as(value).isEqualTo(1);
			}
		}
	}

	@Test
	void hostileNamesInAFileAreStoredAsWritten(@TempDir Path dir) throws Exception {
		Map<String, Long> before = counts();
		StringBuilder csv = new StringBuilder(LensExport.HEADER).append('\n');
		for (int i = 0; i < HOSTILE.size(); i++) {
			String name = HOSTILE.get(i);
			csv.append(LensExport.grantedUs(i + 1, 900000 + i, LocalDate.of(2015, 1, 1), name, name, "DOE JOHN",
					"H04N19/00"))
				.append('\n');
		}
		Path file = dir.resolve("hostile.csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		IngestReport report = this.ingest.ingest("lens-csv", List.of(file), IngestListener.NONE);
		assertThat(report.getRejections()).isEmpty();
		try (var session = TestNeo4j.driver().session()) {
			for (String name : HOSTILE) {
				long titled = session
					.run("MATCH (p:Patent) WHERE p.title = $name RETURN count(p) AS c", Map.of("name", name))
					.single()
					.get("c")
					.asLong();
				assertThat(titled).as(name).isEqualTo(1);
			}
		}
		Map<String, Long> after = counts();
		assertThat(after.get("synthetic")).isEqualTo(before.get("synthetic"));
		assertThat(after.get("nodes")).isGreaterThan(before.get("nodes"));
		assertThat(this.ingest.ingest("lens-csv", List.of(file), IngestListener.NONE).getNodesCreated()).isZero();
	}

	private static Map<String, Long> counts() {
		try (var session = TestNeo4j.driver().session()) {
			var r = session.run("""
					MATCH (n) WHERE NOT n:AuditEvent AND NOT n:User AND NOT n:ApiToken AND NOT n:Demand
					WITH count(n) AS nodes
					MATCH ()-[r]->() WHERE NOT startNode(r):AuditEvent AND NOT endNode(r):AuditEvent
					  AND NOT startNode(r):User AND NOT endNode(r):User AND NOT startNode(r):Demand
					WITH nodes, count(r) AS relationships
					MATCH (s {synthetic: true})
					RETURN nodes, relationships, count(s) AS synthetic
					""").single();
			return Map.of("nodes", r.get("nodes").asLong(), "relationships", r.get("relationships").asLong(),
					"synthetic", r.get("synthetic").asLong());
		}
	}

}
