package org.ipgraph.risk;

import java.util.EnumSet;

import org.ipgraph.ingest.csv.Counts;
import org.ipgraph.security.Role;
import org.ipgraph.security.UserService;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The risk endpoints through the whole filter chain, with real users and the real audit
 * log.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestNeo4j.Initializer.class)
class RiskSecurityTest {

	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@BeforeEach
	void graphAndUsers() {
		RiskGraph.create();
		this.users.create("lena", PASSWORD, EnumSet.of(Role.LEGAL), null);
		this.users.create("ursula", PASSWORD, EnumSet.of(Role.USER), null);
	}

	@Test
	void aLegalUserReadsEveryReportAndEachReadIsAudited() throws Exception {
		this.mvc
			.perform(get("/api/v1/risk/npe").param("organization", "acme licensing").with(httpBasic("lena", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score.npe").value(true));
		this.mvc
			.perform(get("/api/v1/risk/exposure").param("organization", "globex")
				.param("asOf", "2024-01-01")
				.with(httpBasic("lena", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.patents.items[0].number").value("US1000001"))
			.andExpect(jsonPath("$.patents.items[0].reasons").isNotEmpty());
		this.mvc.perform(get("/api/v1/risk/patent/US1000001").with(httpBasic("lena", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.owners[0].organization.id").value("acme licensing"));
		assertThat(Counts.of("""
				MATCH (e:AuditEvent {user: 'lena'}) WHERE e.action IN ['risk.npe', 'risk.exposure', 'risk.patent']
				RETURN count(DISTINCT e.action)""")).isEqualTo(3);
		assertThat(
				Counts.single("MATCH (e:AuditEvent {action: 'risk.npe'}) RETURN e.target AS target, e.parameters AS p"))
			.containsEntry("target", "acme licensing")
			.containsEntry("p", "{\"organization\":\"acme licensing\"}");
	}

	@Test
	void aPlainUserIsForbiddenAndNothingIsAudited() throws Exception {
		this.mvc
			.perform(
					get("/api/v1/risk/npe").param("organization", "acme licensing").with(httpBasic("ursula", PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/risk/exposure").param("organization", "globex").with(httpBasic("ursula", PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/risk/patent/US1000001").with(httpBasic("ursula", PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(Counts.of("MATCH (e:AuditEvent) WHERE e.action STARTS WITH 'risk.' RETURN count(e)")).isZero();
	}

	@Test
	void anAnonymousCallerMustAuthenticate() throws Exception {
		this.mvc.perform(get("/api/v1/risk/npe").param("organization", "acme licensing"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/risk/patent/US1000001")).andExpect(status().isUnauthorized());
	}

}
