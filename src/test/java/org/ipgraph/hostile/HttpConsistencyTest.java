package org.ipgraph.hostile;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 7: the smaller inconsistencies, each answered with the right status as
 * an RFC 9457 problem detail whose reason says what is wrong, the graph untouched.
 */
class HttpConsistencyTest extends HostileInputTest {

	Map<String, Long> before;

	@BeforeEach
	void countsBefore() {
		this.before = counts();
	}

	@AfterEach
	void graphUntouched() {
		assertThat(counts()).isEqualTo(this.before);
	}

	@Test
	void aChunkedBodyOverTheLimitIs413() throws Exception {
		String big = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens"))
			.header("Authorization", basic("ursula"))
			.header("Content-Type", "application/json")
			// a publisher of unknown length: the client sends it chunked
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
		assertProblem(response, 413, "limited to 1048576 bytes");
	}

	@Test
	void fiftyOneFilesAreTooMany() throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (int i = 0; i < 51; i++) {
			files.put("f" + i + ".txt", "A line.".getBytes(StandardCharsets.UTF_8));
		}
		HttpResponse<String> response = upload("anna", "text", files);
		assertProblem(response, response.statusCode() == 413 ? 413 : 400, "at most 50 files");
	}

	@Test
	void theErrorPageIsNotFoundNotAFailure() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/error")).GET());
		assertProblem(response, 404, "No endpoint at this path");
	}

	@Test
	void malformedUrlsAreProblemDetails() throws Exception {
		assertProblem(raw("GET /api/v1/patents/US1%2F2 HTTP/1.1\r\nHost: x\r\nAuthorization: " + basic("ursula")
				+ "\r\nConnection: close\r\n\r\n"), 400, "malformed");
		assertProblem(raw("GET /api/v1/patents/US1%00 HTTP/1.1\r\nHost: x\r\nAuthorization: " + basic("ursula")
				+ "\r\nConnection: close\r\n\r\n"), 400, "malformed");
		assertProblem(
				raw("GET /api/v1/patents/" + "9".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
				400, "");
	}

	@Test
	void bodyValidationNamesTheField() throws Exception {
		HttpResponse<String> response = json("root", "POST", "/api/v1/users",
				"{\"username\": \"lena\", \"password\": \"short\", \"roles\": []}");
		JsonNode problem = assertProblem(response, 400, "password:");
		assertThat(problem.path("detail").asString()).contains("roles:");
		assertProblem(
				json("root", "POST", "/api/v1/users",
						"{\"username\": \"lena\", \"password\": \"a long enough secret\", \"roles\": [\"WIZARD\"]}"),
				400, "roles");
	}

	@Test
	void removingAnUnknownUserIsNotFound() throws Exception {
		assertProblem(json("root", "DELETE", "/api/v1/users/nosuchuser", null), 404, "User 'nosuchuser' not found");
	}

	@Test
	void headAndGetAgreeOnSavedPools() throws Exception {
		for (String user : new String[] { "ursula", "olga", "root" }) {
			int get = get(user, "/api/v1/pools/saved").statusCode();
			int head = send(HttpRequest.newBuilder(uri("/api/v1/pools/saved"))
				.header("Authorization", basic(user))
				.method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode();
			assertThat(head).as(user).isEqualTo(get).isEqualTo(200);
		}
	}

	@Test
	void analystsAreToldTheyMayNotChangeConsent() throws Exception {
		HttpResponse<String> response = json("anna", "PUT", "/api/v1/experts/person:x/consent", "{\"consent\": true}");
		JsonNode problem = assertProblem(response, 403, "Only admins or the person themself");
		assertThat(problem.path("detail").asString()).doesNotContainIgnoringCase("analyst");
		assertThat(get("root", "/v3/api-docs").body()).doesNotContain("analysts, admins, or the person");
	}

}
