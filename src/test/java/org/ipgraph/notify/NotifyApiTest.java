package org.ipgraph.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ipgraph.security.Role;
import org.ipgraph.security.UserService;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery API on a real server: the alert stream (only the caller's alerts, resumed
 * after Last-Event-ID, heartbeats), webhooks (secret shown once, SSRF rule, owners only)
 * and the digest address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ipgraph.notify.stream.poll-interval=100ms", "ipgraph.notify.stream.heartbeat=500ms",
				"ipgraph.security.requests-per-minute=100000", "ipgraph.security.bootstrap-admin=false" })
@ContextConfiguration(initializers = TestNeo4j.Initializer.class)
class NotifyApiTest {

	static final String PASSWORD = "correct horse battery";

	@Value("${local.server.port}")
	int port;

	@Autowired
	UserService users;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void graph() {
		TestNeo4j.clear();
		this.users.create("ana", PASSWORD, EnumSet.of(Role.USER), null);
		this.users.create("bob", PASSWORD, EnumSet.of(Role.USER), null);
	}

	@Test
	void streamResumesAfterLastEventIdWithOnlyTheCallersAlerts() throws Exception {
		AlertFixtures.alert("ana", 1, false);
		AlertFixtures.alert("ana", 2, false);
		AlertFixtures.alert("bob", 3, false);
		AlertFixtures.alert("ana", 4, false);
		try (Events events = stream("ana", "1")) {
			assertThat(events.next()).isEqualTo("2");
			assertThat(events.next()).isEqualTo("4");
			AlertFixtures.alert("bob", 5, false);
			AlertFixtures.alert("ana", 6, true);
			AlertFixtures.alert("ana", 7, false);
			assertThat(events.next()).as("not bob's, not a restricted one").isEqualTo("7");
			assertThat(events.heartbeat()).isTrue();
			assertThat(events.data()).anySatisfy(d -> assertThat(d).contains("\"key\":\"ownership_change:US1234567:7\"")
				.contains("\"title\":\"Alert number 7\""));
		}
		// without Last-Event-ID the stream starts with the next alert
		try (Events events = stream("ana", null)) {
			events.opened();
			AlertFixtures.alert("ana", 8, false);
			assertThat(events.next()).isEqualTo("8");
		}
		assertThat(get("ana", "/api/v1/alerts/stream", "Last-Event-ID", "seven").statusCode()).isEqualTo(400);
	}

	@Test
	void webhookSecretIsShownOnceAndOnlyItsOwnerSeesIt() throws Exception {
		HttpResponse<String> refused = send("ana", "POST", "/api/v1/webhooks",
				"{\"url\": \"http://127.0.0.1:9/hook\"}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("internal address");
		assertThat(send("ana", "POST", "/api/v1/webhooks", "{\"url\": \"ftp://93.184.215.14/hook\"}").statusCode())
			.isEqualTo(400);

		HttpResponse<String> created = send("ana", "POST", "/api/v1/webhooks",
				"{\"url\": \"https://93.184.215.14/hook\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"secret\":\"whsec_");
		String location = created.headers().firstValue("Location").orElseThrow();
		String secret = created.body().replaceAll(".*\"secret\":\"(whsec_[^\"]+)\".*", "$1");

		HttpResponse<String> listed = get("ana", "/api/v1/webhooks");
		assertThat(listed.body()).contains("https://93.184.215.14/hook")
			.doesNotContain(secret)
			.doesNotContain("secret");
		assertThat(get("ana", location).body()).doesNotContain(secret);
		assertThat(get("ana", location + "/deliveries").body()).contains("\"items\":[]");
		assertThat(get("bob", location).statusCode()).isEqualTo(404);
		assertThat(get("bob", "/api/v1/webhooks").body()).isEqualTo("[]");
		assertThat(send("bob", "DELETE", location, null).statusCode()).isEqualTo(404);
		assertThat(send("ana", "DELETE", location, null).statusCode()).isEqualTo(204);
		assertThat(get("ana", location).statusCode()).isEqualTo(404);
	}

	@Test
	void callerSetsAndRemovesTheDigestAddress() throws Exception {
		AlertFixtures.alert("ana", 1, false);
		assertThat(get("ana", "/api/v1/notify/email").body()).contains("\"email\":null");
		assertThat(send("ana", "PUT", "/api/v1/notify/email", "{\"email\": \"not an address\"}").statusCode())
			.isEqualTo(400);
		HttpResponse<String> set = send("ana", "PUT", "/api/v1/notify/email", "{\"email\": \"ana@example.org\"}");
		assertThat(set.statusCode()).isEqualTo(200);
		assertThat(set.body()).contains("\"email\":\"ana@example.org\"").contains("\"cursor\":1");
		assertThat(get("bob", "/api/v1/notify/email").body()).contains("\"email\":null");
		assertThat(send("ana", "DELETE", "/api/v1/notify/email", null).body()).contains("\"email\":null");
	}

	private HttpResponse<String> get(String user, String path, String... headers) throws Exception {
		HttpRequest.Builder request = request(user, path).GET();
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
		HttpRequest.Builder request = request(user, path).header("Content-Type", "application/json")
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String user, String path) {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + credentials);
	}

	private Events stream(String user, String lastEventId) throws Exception {
		HttpRequest.Builder request = request(user, "/api/v1/alerts/stream").header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
		return new Events(response.body());
	}

	/**
	 * The lines of an event stream, read on a thread of their own.
	 */
	static final class Events implements AutoCloseable {

		private final Stream<String> lines;

		private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();

		private final List<String> seen = new ArrayList<>();

		Events(Stream<String> lines) {
			this.lines = lines;
			Thread.ofVirtual().start(() -> {
				try {
					lines.forEach(this.queue::add);
				}
				catch (RuntimeException ex) {
					// closed
				}
			});
		}

		private String line() throws InterruptedException {
			String line = this.queue.poll(20, TimeUnit.SECONDS);
			assertThat(line).as("a line of the stream within 20 s").isNotNull();
			this.seen.add(line);
			return line;
		}

		/** The id of the next event. */
		String next() throws InterruptedException {
			while (true) {
				String line = line();
				if (line.startsWith("id:")) {
					return line.substring(3).strip();
				}
			}
		}

		/** Waits for the stream's first comment. */
		void opened() throws InterruptedException {
			while (!line().startsWith(":")) {
				// skip the retry line
			}
		}

		boolean heartbeat() throws InterruptedException {
			while (true) {
				if (line().startsWith(":heartbeat")) {
					return true;
				}
			}
		}

		List<String> data() {
			return this.seen.stream().filter(l -> l.startsWith("data:")).toList();
		}

		@Override
		public void close() {
			this.lines.close();
		}

	}

}
