package org.ipgraph.pools;

import java.util.EnumSet;
import java.util.Map;

import org.ipgraph.security.Role;
import org.ipgraph.security.UserService;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Saved pool work through the full filter chain with real users: any user reads,
 * organizers and admins write; a save becomes a Pool with its members, licensors and
 * standard.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestNeo4j.Initializer.class)
class SavedPoolsTest {

	static final String PASSWORD = "correct horse battery";

	static final String BODY = """
			{"name": "Subpicture pool", "standard": "DEMO-VC 9", "members": ["US 1", "US2", "US3", "US4", "US5"],
			 "note": "first draft", "candidateId": "pool-0123456789ab"}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@BeforeEach
	void graph() {
		TestNeo4j.clear();
		try (var session = TestNeo4j.driver().session()) {
			session.run(PoolServiceTest.GRAPH).consume();
			session.run("CREATE (:Pool {id: 'imported', name: 'A real pool'})").consume();
		}
		this.users.create("ursula", PASSWORD, EnumSet.of(Role.USER), null);
		this.users.create("olga", PASSWORD, EnumSet.of(Role.ORGANIZER), null);
	}

	@Test
	void organizersSaveListAndDeletePublicPoolsThatEveryUserCanRead() throws Exception {
		this.mvc
			.perform(post("/api/v1/pools/saved").with(httpBasic("ursula", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY))
			.andExpect(status().isForbidden());
		String location = this.mvc
			.perform(post("/api/v1/pools/saved").with(httpBasic("olga", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY.replaceFirst("\\{", "{\"visibility\": \"public\", ")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.visibility").value("public"))
			.andExpect(jsonPath("$.members.length()").value(5))
			.andExpect(jsonPath("$.licensors[0].group").value("a"))
			.andExpect(jsonPath("$.licensors[0].share").value(0.4))
			.andExpect(jsonPath("$.standard").value("DEMO-VC 9"))
			.andExpect(jsonPath("$.hhi").value(3600.0))
			.andExpect(jsonPath("$.createdBy").value("olga"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get("/api/v1/pools/saved").with(httpBasic("ursula", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].name").value("Subpicture pool"));
		try (var session = TestNeo4j.driver().session()) {
			Map<String, Object> pool = session.run("""
					MATCH (pool:Pool {candidate: true})
					RETURN COUNT { (:Patent)-[:MEMBER_OF]->(pool) } AS members,
					       [(o)-[r:LICENSOR_OF]->(pool) | o.id + ':' + toString(r.share)] AS licensors,
					       [(pool)-[:FOR_STANDARD]->(s) | s.id] AS standards
					""").single().asMap();
			assertThat(pool).containsEntry("members", 5L);
			assertThat(pool.get("licensors")).asList().containsExactlyInAnyOrder("a:0.4", "b:0.4", "c:0.2");
			assertThat(pool.get("standards")).asList().containsExactly("DEMO-VC 9");
			assertThat(session.run("MATCH (e:AuditEvent {action: 'pools.save', user: 'olga'}) RETURN count(e) AS n")
				.single()
				.get("n")
				.asLong()).isOne();
		}
		this.mvc.perform(delete(location).with(httpBasic("ursula", PASSWORD))).andExpect(status().isForbidden());
		this.mvc.perform(delete(location).with(httpBasic("olga", PASSWORD))).andExpect(status().isNoContent());
		this.mvc.perform(get(location).with(httpBasic("ursula", PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void onlyCandidatePoolsCanBeDeletedAndUnknownPatentsAreRefused() throws Exception {
		this.mvc.perform(delete("/api/v1/pools/saved/imported").with(httpBasic("olga", PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", "application/problem+json"));
		this.mvc
			.perform(post("/api/v1/pools/saved").with(httpBasic("olga", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"x\", \"members\": [\"US1\", \"US404\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("not in the graph: US404"));
		this.mvc
			.perform(post("/api/v1/pools/saved").with(httpBasic("olga", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"\", \"members\": []}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void everyUserMayAskForCandidates() throws Exception {
		this.mvc.perform(get("/api/v1/pools").param("standard", "DEMO-VC 9").with(httpBasic("ursula", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].standard").value("DEMO-VC 9"))
			.andExpect(jsonPath("$.items[0].licensors.length()").value(3));
		this.mvc.perform(get("/api/v1/pools").param("cpc", "H04N19")).andExpect(status().isUnauthorized());
	}

}
