package org.ipgraph.console;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.ipgraph.security.Role;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The console's filter chain: every page for every role as AccessRules says (a refused
 * page is 403 with its reason, not a redirect), sign-in required, CSRF on every write, a
 * new session id at sign-in, and the REST API still stateless beside it.
 */
@SpringBootTest(
		properties = { "ipgraph.security.requests-per-minute=100000", "ipgraph.security.bootstrap-admin=false" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestNeo4j.Initializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// its own context: closed after the class rather than kept in the cache beside the rest
@DirtiesContext
class ConsoleSecurityTest {

	static final Set<Role> ALL = EnumSet.allOf(Role.class);

	static final Set<Role> RISK = EnumSet.of(Role.LEGAL, Role.ANALYST, Role.ADMIN);

	static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	org.ipgraph.security.UserService users;

	@BeforeAll
	void graph() {
		TestNeo4j.clear();
		this.users.create("console-user", "a long enough password", EnumSet.of(Role.USER), null);
	}

	static Stream<Arguments> pages() {
		return Stream.of(row("/console", ALL), row("/console/organizations", ALL), row("/console/partners", ALL),
				row("/console/demand", ALL), row("/console/experts", ALL), row("/console/pools", ALL),
				row("/console/pools/saved", ALL), row("/console/evidence", ALL), row("/console/account", ALL),
				row("/console/risk", RISK), row("/console/risk/npe?organization=nobody", RISK),
				row("/console/risk/exposure?organization=nobody", RISK), row("/console/risk/patent?number=US1", RISK),
				row("/console/admin", ADMIN), row("/console/admin/users", ADMIN), row("/console/admin/audit", ADMIN));
	}

	static Arguments row(String path, Set<Role> allowed) {
		return Arguments.of(path, allowed);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void eachRoleGetsThePagesAccessRulesAllow(String path, Set<Role> allowed) throws Exception {
		for (Role role : Role.values()) {
			RequestPostProcessor as = user("u-" + role).roles(role.name());
			MvcResult result = this.mvc.perform(get(path).with(as)).andReturn();
			int status = result.getResponse().getStatus();
			if (allowed.contains(role)) {
				// 404 for the organizations and patents these made-up keys name is an
				// answer
				assertThat(status).as("%s as %s", path, role).isIn(200, 404);
			}
			else {
				assertThat(status).as("%s as %s", path, role).isEqualTo(403);
				assertThat(refusal(result, path, as)).as("the reason is shown")
					.contains("Your roles (" + role.name() + ") do not allow");
			}
		}
		MvcResult anonymous = this.mvc.perform(get(path)).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/console/login");
	}

	@Test
	void theMenuOffersOnlyWhatTheRoleMayOpen() throws Exception {
		String asUser = this.mvc.perform(get("/console").with(user("u").roles("USER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(asUser).contains("href=\"/console/partners\"")
			.doesNotContain("href=\"/console/risk\"")
			.doesNotContain("href=\"/console/admin\"");
		String asLegal = this.mvc.perform(get("/console").with(user("l").roles("LEGAL")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(asLegal).contains("href=\"/console/risk\"").doesNotContain("href=\"/console/admin\"");
	}

	@Test
	void anHtmxRequestWithoutASessionIsSentToSignInAsAWhole() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/console/partners").param("organization", "x").header("HX-Request", "true"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getHeader("HX-Redirect")).isEqualTo("/console/login?expired");
	}

	@Test
	void writesWithoutTheCsrfTokenAreRefused() throws Exception {
		for (String path : List.of("/console/pools/saved", "/console/demand", "/console/account/tokens",
				"/console/admin/users", "/console/logout")) {
			int status = this.mvc.perform(post(path).param("name", "x").with(user("a").roles("ADMIN", "ORGANIZER")))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as("POST %s without a CSRF token", path).isEqualTo(403);
		}
		// the same write with the token gets through to the page (which then says what is
		// wrong with the input)
		int status = this.mvc
			.perform(post("/console/pools/saved").param("name", "x")
				.param("members", "US1")
				.with(user("a").roles("ORGANIZER"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(400);
	}

	@Test
	void aUserMayNotSavePoolsOrReachLegalPagesByUrl() throws Exception {
		assertThat(this.mvc
			.perform(post("/console/pools/saved").param("name", "x")
				.param("members", "US1")
				.with(user("u").roles("USER"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		RequestPostProcessor as = user("u").roles("USER");
		MvcResult risk = this.mvc.perform(get("/console/risk/npe").param("organization", "acme").with(as)).andReturn();
		assertThat(risk.getResponse().getStatus()).isEqualTo(403);
		assertThat(refusal(risk, "/console/risk/npe", as)).contains("Forbidden").contains("LEGAL");
	}

	/**
	 * The page a refused request shows: Spring Security forwards to it, and MockMvc does
	 * not follow forwards, so the test does, as the servlet container would.
	 */
	private String refusal(MvcResult result, String path, RequestPostProcessor as) throws Exception {
		String forward = result.getResponse().getForwardedUrl();
		if (forward == null) {
			return result.getResponse().getContentAsString();
		}
		return this.mvc.perform(get(forward).with(as).requestAttr("jakarta.servlet.forward.request_uri", path))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void signingInGivesANewSessionIdAndSigningOutEndsIt() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc.perform(get("/console/login"))
			.andReturn()
			.getRequest()
			.getSession();
		String before = session.getId();
		MvcResult login = this.mvc
			.perform(post("/console/login").session(session)
				.param("username", "console-user")
				.param("password", "a long enough password")
				.with(csrf()))
			.andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).endsWith("/console");
		String after = login.getRequest().getSession().getId();
		assertThat(after).as("session fixation: the id changes at sign-in").isNotEqualTo(before);
		assertThat(this.mvc.perform(get("/console/partners").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		this.mvc.perform(post("/console/logout").session(session).with(csrf())).andReturn();
		assertThat(this.mvc.perform(get("/console/partners").session(session)).andReturn().getResponse().getStatus())
			.as("signed out")
			.isEqualTo(302);
	}

	@Test
	void aWrongPasswordIsRefusedAndTheApiStaysStateless() throws Exception {
		MvcResult login = this.mvc
			.perform(post("/console/login").param("username", "console-user").param("password", "wrong").with(csrf()))
			.andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).endsWith("/console/login?error");
		// a console session does not authenticate the REST API: it needs Basic or a token
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/console/login").session(session)
			.param("username", "console-user")
			.param("password", "a long enough password")
			.with(csrf()));
		assertThat(this.mvc.perform(get("/api/v1/stats").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(401);
	}

}
