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
import org.springframework.web.servlet.resource.ResourceUrlProvider;

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

	@Autowired
	ResourceUrlProvider resources;

	@BeforeAll
	void graph() {
		TestNeo4j.clear();
		this.users.create("console-user", "a long enough password", EnumSet.of(Role.USER), null);
	}

	static Stream<Arguments> pages() {
		return Stream.of(row("/console", ALL), row("/console/organizations", ALL), row("/console/partners", ALL),
				row("/console/demand", ALL), row("/console/experts", ALL), row("/console/pools", ALL),
				row("/console/pools/saved", ALL), row("/console/evidence", ALL), row("/console/account", ALL),
				row("/console/watches", ALL), row("/console/risk", RISK),
				row("/console/risk/npe?organization=nobody", RISK),
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
	void theConsolesFilesAndWebJarsAreServedWithoutSignInAndNothingElseIsAFile() throws Exception {
		for (String path : List.of("/console/assets/console.css", "/console/assets/console.js",
				"/webjars/htmx.org/dist/htmx.min.js", "/webjars/cytoscape/dist/cytoscape.min.js")) {
			MvcResult result = this.mvc.perform(get(path)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
			assertThat(result.getResponse().getContentAsByteArray()).as(path).isNotEmpty();
		}
		// the class path's static files are not served under any other path
		assertThat(this.mvc.perform(get("/console.css")).andReturn().getResponse().getStatus()).isNotEqualTo(200);
		assertThat(this.mvc.perform(get("/console/assets/missing.css")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		// every link a page builds is matched against these patterns: a catch-all would
		// look
		// each one up on the class path (most of a big page's render time)
		assertThat(this.resources.getHandlerMap().keySet()).contains("/webjars/**", "/console/assets/**")
			.doesNotContain("/**");
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
				"/console/admin/users", "/console/logout", "/console/watches", "/console/watches/read")) {
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

	@Test
	void aUserWatchesAnOrganizationFromTheConsoleSeesItsAlertsAndMarksThemRead() throws Exception {
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MERGE (o:Organization {id: 'console watched co'}) SET o.name = 'Console Watched Co'
					WITH o MATCH (u:User {username: 'console-user'})
					MERGE (a:Alert {key: 'new_patent:US777:console-user'})
					SET a.seq = 900001, a.kind = 'new_patent', a.title = 'Console Watched Co filed US777',
					    a.summary = 'A new patent in H01M.', a.evidence = ['uspto-grant:US777'],
					    a.createdAt = datetime(), a.read = false, a.restricted = false
					MERGE (a)-[:ALERT_FOR]->(u)
					""").consume();
		}
		RequestPostProcessor as = user("console-user").roles("USER");
		String added = this.mvc
			.perform(post("/console/watches").param("kind", "organization")
				.param("target", "Console Watched Co")
				.with(as)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(added).contains("Watching organization")
			.contains("id=\"watch-list\"")
			.contains("Console Watched Co");
		String page = this.mvc.perform(get("/console/watches").with(as)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Console Watched Co filed US777").contains("uspto-grant:US777").contains("unread");
		String read = this.mvc.perform(post("/console/watches/read").param("upTo", "900001").with(as).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(read).contains("1 alert marked read.");
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (a:Alert {key: 'new_patent:US777:console-user'}) RETURN a.read AS r")
				.single()
				.get("r")
				.asBoolean()).isTrue();
			assertThat(session.run(
					"MATCH (:User {username: 'console-user'})-[:WATCHES]->(w:Watch {kind: 'organization'}) RETURN count(w) AS n")
				.single()
				.get("n")
				.asLong()).isEqualTo(1);
		}
		String unknown = this.mvc.perform(
				post("/console/watches").param("kind", "patent").param("target", "not a number").with(as).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknown).contains("class=\"error\"");
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
