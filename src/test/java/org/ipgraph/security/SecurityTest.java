package org.ipgraph.security;

import java.util.EnumSet;
import java.util.Map;

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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestNeo4j.Initializer.class)
class SecurityTest {

	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	AuditLog audit;

	@BeforeEach
	void users() {
		TestNeo4j.clear();
		this.users.create("root", PASSWORD, EnumSet.of(Role.ADMIN), null);
		this.users.create("ursula", PASSWORD, EnumSet.of(Role.USER), null);
	}

	@Test
	void healthAndApiDocsArePublicTheApiIsNot() throws Exception {
		// liveness answers at once; readiness (and so /actuator/health) is DOWN until the
		// precomputations are built, which no request here has asked for
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().is(org.hamcrest.Matchers.oneOf(200, 503)));
		this.mvc.perform(get("/api/v1/stats"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void passwordsAreStoredOnlyAsBcryptHashes() {
		try (var session = TestNeo4j.driver().session()) {
			String hash = session.run("MATCH (u:User {username: 'root'}) RETURN u.passwordHash AS h")
				.single()
				.get("h")
				.asString();
			assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
		}
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		this.mvc.perform(get("/api/v1/stats").with(httpBasic("root", "wrong password!")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/stats").with(httpBasic("root", PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void aTokenWorksUntilItIsRevoked() throws Exception {
		IssuedToken token = this.users.issueToken("ursula", "laptop", null);
		this.mvc.perform(get("/api/v1/stats").header("Authorization", "Bearer " + token.token()))
			.andExpect(status().isOk());
		this.mvc.perform(delete("/api/v1/auth/tokens/" + token.id()).with(httpBasic("ursula", PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/stats").header("Authorization", "Bearer " + token.token()))
			.andExpect(status().isUnauthorized());
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (t:ApiToken) RETURN t.id AS id").single().get("id").asString())
				.isNotEqualTo(token.token())
				.hasSize(64);
		}
	}

	@Test
	void aMadeUpTokenIsRefused() throws Exception {
		this.mvc.perform(get("/api/v1/stats").header("Authorization", "Bearer ipg_notatoken"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void onlyAdminsManageUsersAndReadTheAuditLog() throws Exception {
		this.mvc.perform(get("/api/v1/users").with(httpBasic("ursula", PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		this.mvc.perform(get("/api/v1/audit").with(httpBasic("ursula", PASSWORD))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic("root", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"lena\",\"password\":\"a long enough secret\",\"roles\":[\"LEGAL\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.roles[0]").value("LEGAL"));
		this.mvc.perform(get("/api/v1/audit").with(httpBasic("root", PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void riskReportsAreForLegalAnalystsAndAdmins() throws Exception {
		this.users.create("lena", PASSWORD, EnumSet.of(Role.LEGAL), null);
		this.mvc.perform(get("/api/v1/risk/npe").param("organization", "x").with(httpBasic("ursula", PASSWORD)))
			.andExpect(status().isForbidden());
		// allowed through security; the endpoint itself may not exist yet (404), but it
		// is not 401/403
		int status = this.mvc
			.perform(get("/api/v1/risk/npe").param("organization", "x").with(httpBasic("lena", PASSWORD)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isNotIn(401, 403);
	}

	@Test
	void theLastAdminCannotBeRemoved() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.users.remove("root"))
			.hasMessageContaining("last admin");
	}

	@Test
	void theAuditLogRecordsWhoReadWhatNewestFirst() {
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken("lena", null,
					"ROLE_LEGAL"));
		try {
			this.audit.record("risk.npe", "acme", Map.of("organization", "acme"));
			this.audit.record("risk.exposure", "beta", Map.of("organization", "beta"));
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
		var events = this.audit.query("lena", null, null, org.ipgraph.web.PageRequest.of(0, 10)).items();
		assertThat(events).extracting(AuditEvent::action).containsExactly("risk.exposure", "risk.npe");
		assertThat(events.get(1).parameters()).isEqualTo("{\"organization\":\"acme\"}");
	}

	@Test
	void anOversizedBodyIsRefused() throws Exception {
		byte[] body = new byte[2 * 1024 * 1024];
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic("root", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isPayloadTooLarge());
	}

}
