package org.ipgraph;

import java.time.Duration;
import java.util.EnumSet;

import org.ipgraph.security.Role;
import org.ipgraph.security.UserService;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a random port: API, documentation and health answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestNeo4j.Initializer.class)
class ApplicationSmokeTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	UserService users;

	@Test
	void servesTheApiItsDocumentationAndHealth() throws InterruptedException {
		TestNeo4j.clear();
		this.users.create("smoke", "smoke test password", EnumSet.of(Role.USER), null);
		RestClient http = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultHeaders(h -> h.setBasicAuth("smoke", "smoke test password"))
			.build();
		assertThat(http.get().uri("/actuator/health/liveness").retrieve().body(String.class)).contains("\"UP\"");
		// readiness is DOWN, with the reason, until every precomputation is built
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (http.get().uri("/actuator/health/readiness").exchange((request, response) -> {
			int status = response.getStatusCode().value();
			assertThat(status).isIn(200, 503);
			return status;
		}) != 200 && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		assertThat(http.get().uri("/actuator/health/readiness").retrieve().body(String.class)).contains("\"UP\"")
			.contains("\"partners\"");
		assertThat(http.get().uri("/actuator/health").retrieve().body(String.class)).contains("\"UP\"");
		assertThat(http.get().uri("/v3/api-docs").retrieve().body(String.class)).contains("/api/v1/patents/{number}")
			.contains("/api/v1/organizations")
			.contains("/api/v1/stats");
		assertThat(http.get().uri("/swagger-ui/index.html").retrieve().toBodilessEntity().getStatusCode())
			.isEqualTo(HttpStatusCode.valueOf(200));
		assertThat(http.get().uri("/api/v1/stats").retrieve().body(String.class)).contains("\"labels\"");
	}

	@Test
	void servesTheBrowserGuideAndStyleToBrowsersOnOtherOrigins() {
		RestClient http = RestClient.create("http://127.0.0.1:" + this.port);
		var guide = http.get()
			.uri("/browser-guide/ipgraph-guide.md")
			.header("Origin", "http://localhost:7474")
			.retrieve()
			.toEntity(String.class);
		assertThat(guide.getBody()).contains("```cypher").contains("citation-flows-between-owners.cypher");
		assertThat(guide.getHeaders().getAccessControlAllowOrigin()).isEqualTo("*");
		// Browser asks with no-cache headers, which needs a preflight
		var preflight = http.options()
			.uri("/browser-guide/ipgraph.grass")
			.header("Origin", "http://db.example:7474")
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "pragma,cache-control")
			.retrieve()
			.toBodilessEntity();
		assertThat(preflight.getStatusCode()).isEqualTo(HttpStatusCode.valueOf(200));
		assertThat(preflight.getHeaders().getAccessControlAllowHeaders()).isNotEmpty();
		assertThat(http.get().uri("/browser-guide/ipgraph.grass").retrieve().body(String.class))
			.contains("node.Patent");
	}

}
