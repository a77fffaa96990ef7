package org.ipgraph.security;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint, every role: the allowed roles get through (no 401, 403 or 5xx), every
 * other role gets 403, and no caller gets 401. The rows are the role matrix of
 * docs/SECURITY.md.
 */
@SpringBootTest(properties = "ipgraph.security.requests-per-minute=100000")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestNeo4j.Initializer.class)
class RoleMatrixTest {

	static final Set<Role> ALL = EnumSet.allOf(Role.class);

	static final Set<Role> RISK = EnumSet.of(Role.LEGAL, Role.ANALYST, Role.ADMIN);

	static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

	static final Set<Role> POOL_WORK = EnumSet.of(Role.ORGANIZER, Role.ADMIN);

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
	}

	static Stream<Arguments> endpoints() {
		return Stream.of(row("GET", "/api/v1/stats", null, ALL), row("GET", "/api/v1/patents/US7654321", null, ALL),
				row("GET", "/api/v1/organizations?q=acme", null, ALL),
				row("GET", "/api/v1/organizations/acme", null, ALL),
				row("GET", "/api/v1/organizations/acme/links", null, ALL),
				row("GET", "/api/v1/evidence?entity=acme", null, ALL),
				row("GET", "/api/v1/entities?type=Person", null, EnumSet.of(Role.ANALYST, Role.ADMIN)),
				row("GET", "/api/v1/partners?organization=acme", null, ALL),
				row("POST", "/api/v1/partners/for-demand", "{\"text\": \"low-power gait sensor for wearables\"}", ALL),
				row("GET", "/api/v1/pools?cpc=H04N19", null, ALL),
				row("POST", "/api/v1/pools/from-patents", "{\"patents\": [\"US7654321\"]}", ALL),
				row("GET", "/api/v1/pools/saved", null, ALL), row("GET", "/api/v1/pools/saved/candidate:x", null, ALL),
				row("POST", "/api/v1/pools/saved", "{\"name\": \"p\", \"members\": [\"US7654321\"]}", POOL_WORK),
				row("DELETE", "/api/v1/pools/saved/candidate:x", null, POOL_WORK),
				row("GET", "/api/v1/experts?topic=gait%20sensor", null, ALL),
				row("GET", "/api/v1/experts?patent=US7654321", null, ALL),
				row("POST", "/api/v1/experts/for-demand", "{\"text\": \"gait sensor for elderly care\"}", ALL),
				row("PUT", "/api/v1/experts/person:nobody@acme/consent", "{\"consent\": true}", ADMIN),
				row("GET", "/api/v1/risk/npe?organization=acme", null, RISK),
				row("GET", "/api/v1/risk/exposure?organization=acme", null, RISK),
				row("GET", "/api/v1/risk/patent/US7654321", null, RISK), row("GET", "/api/v1/users", null, ADMIN),
				row("POST", "/api/v1/users",
						"{\"username\": \"newcomer\", \"password\": \"a long enough password\", \"roles\": [\"USER\"]}",
						ADMIN),
				row("DELETE", "/api/v1/users/nobody", null, ADMIN), row("GET", "/api/v1/audit", null, ADMIN),
				row("GET", "/api/v1/auth/me", null, ALL), row("GET", "/api/v1/auth/tokens", null, ALL),
				row("DELETE", "/api/v1/auth/tokens/abcdef", null, ALL),
				row("POST", "/api/v1/watches", "{\"kind\": \"cpc\", \"target\": \"H04N\"}", ALL),
				row("POST", "/api/v1/watches",
						"{\"kind\": \"search\", \"search\": \"exposure\", \"parameters\": {\"organization\": \"acme\"}}",
						RISK),
				row("GET", "/api/v1/watches", null, ALL), row("DELETE", "/api/v1/watches/w-0", null, ALL),
				row("GET", "/api/v1/alerts?after=0&limit=5", null, ALL),
				row("POST", "/api/v1/alerts/read", "{\"upTo\": 3}", ALL));
	}

	static Arguments row(String method, String path, String body, Set<Role> allowed) {
		return Arguments.of(method, path, body, allowed);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("endpoints")
	void eachRoleGetsWhatTheMatrixSays(String method, String path, String body, Set<Role> allowed) throws Exception {
		for (Role role : Role.values()) {
			int status = this.mvc.perform(call(method, path, body).with(user("u-" + role).roles(role.name())))
				.andReturn()
				.getResponse()
				.getStatus();
			if (allowed.contains(role)) {
				assertThat(status).as("%s %s as %s", method, path, role).isNotIn(401, 403).isLessThan(500);
			}
			else {
				assertThat(status).as("%s %s as %s", method, path, role).isEqualTo(403);
			}
		}
		int anonymous = this.mvc.perform(call(method, path, body)).andReturn().getResponse().getStatus();
		assertThat(anonymous).as("%s %s without credentials", method, path).isEqualTo(401);
	}

	@Test
	void ingestIsForAnalystsAndAdmins() throws Exception {
		Set<Role> allowed = EnumSet.of(Role.ANALYST, Role.ADMIN);
		for (Role role : Role.values()) {
			int status = this.mvc.perform(upload().with(user("u-" + role).roles(role.name())))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as("ingest as %s", role).isEqualTo(allowed.contains(role) ? 200 : 403);
		}
		assertThat(this.mvc.perform(upload()).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void theMatrixCoversEveryRole() {
		Set<String> named = endpoints().flatMap(a -> ((Set<?>) a.get()[3]).stream())
			.map(Object::toString)
			.collect(Collectors.toSet());
		assertThat(named).containsAll(Arrays.stream(Role.values()).map(Role::name).toList());
	}

	private static MockMultipartHttpServletRequestBuilder upload() {
		MockMultipartFile file = new MockMultipartFile("file", "orgs.csv", "text/csv",
				"Number,Owner\nUS1,Acme\n".getBytes(StandardCharsets.UTF_8));
		return multipart("/api/v1/ingest").file(file).param("format", "lens-csv");
	}

	private static MockHttpServletRequestBuilder call(String method, String path, String body) {
		MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method), path);
		if (body != null) {
			builder.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return builder;
	}

}
