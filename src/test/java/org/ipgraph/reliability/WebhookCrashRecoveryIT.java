package org.ipgraph.reliability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.ipgraph.test.ForkedCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook outbox across {@code kill -9}: the server commits a delivery record for
 * each of N alerts while the receiver is down, is killed before any delivery got through,
 * and restarts with the receiver up; the receiver, counting, gets each alert exactly
 * once.
 */
class WebhookCrashRecoveryIT {

	private static final int ALERTS = 200;

	private static final String PASSWORD = "correct horse battery";

	private static final Pattern API_PASSWORD = Pattern.compile("ipgraph API password: (\\S+)");

	private static final Pattern ALERT_KEY = Pattern.compile("\"key\"\\s*:\\s*\"(test:\\d+)\"");

	private static final String LIVENESS = "/actuator/health/liveness";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void eachAlertDeliveredOnceAfterAKillBetweenCommitAndDelivery(@TempDir Path tmp) throws Exception {
		int port = freePort();
		int bolt = freePort();
		int hook = freePort();
		Path data = tmp.resolve("data");

		ForkedCli.Forked first = server(data, port, bolt);
		String admin;
		try {
			admin = first.waitFor(API_PASSWORD, Duration.ofMinutes(10));
			first.waitUntilUp(port, LIVENESS, Duration.ofMinutes(10));
			post(port, "admin:" + admin, "/api/v1/users",
					"{\"username\":\"ana\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"USER\"]}");
			post(port, "ana:" + PASSWORD, "/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:" + hook + "/hook\"}");
			try (Driver driver = driver(data, bolt); Session session = driver.session()) {
				// N alerts, as the derivation writes them; the receiver is down
				session.run("""
						MATCH (u:User {username: 'ana'})
						UNWIND range(1, $n) AS i
						CREATE (:Alert {key: 'test:' + i, seq: i, kind: 'new_patent', title: 'Alert ' + i, summary: '',
						                evidence: ['synthetic'], createdAt: datetime(), read: false, restricted: false})
						       -[:ALERT_FOR]->(u)""", Map.of("n", ALERTS)).consume();
				long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
				long records = 0;
				while (System.nanoTime() < deadline) {
					records = session.run("MATCH (d:WebhookDelivery) RETURN count(d) AS n").single().get("n").asLong();
					if (records == ALERTS) {
						break;
					}
					Thread.sleep(250);
				}
				assertThat(records)
					.as(() -> "delivery records committed before the kill; the server printed:\n" + first.output())
					.isEqualTo(ALERTS);
				assertThat(session.run("MATCH (d:WebhookDelivery) WHERE d.state = 'delivered' RETURN count(d) AS n")
					.single()
					.get("n")
					.asLong()).as("delivered before the kill").isZero();
			}
		}
		finally {
			first.kill();
		}

		List<String> deliveries = new CopyOnWriteArrayList<>();
		List<String> keys = new CopyOnWriteArrayList<>();
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", hook), 50);
		receiver.createContext("/hook", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			deliveries.add(exchange.getRequestHeaders().getFirst("X-Ipgraph-Delivery"));
			Matcher key = ALERT_KEY.matcher(body);
			keys.add(key.find() ? key.group(1) : "no key in " + body);
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		receiver.setExecutor(Executors.newFixedThreadPool(4));
		receiver.start();
		ForkedCli.Forked second = server(data, port, bolt);
		try {
			second.waitUntilUp(port, LIVENESS, Duration.ofMinutes(10));
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (deliveries.size() < ALERTS && System.nanoTime() < deadline) {
				Thread.sleep(250);
			}
			// anything sent twice would come within the retry back-off (1-2 s here)
			Thread.sleep(5_000);
		}
		finally {
			second.kill();
			receiver.stop(0);
		}

		assertThat(deliveries).as("requests received").hasSize(ALERTS);
		assertThat(new HashSet<>(deliveries)).as("distinct deliveries").hasSize(ALERTS);
		Set<String> expected = new HashSet<>();
		for (int i = 1; i <= ALERTS; i++) {
			expected.add("test:" + i);
		}
		assertThat(new HashSet<>(keys)).as("alerts received").isEqualTo(expected);
		assertThat(keys).as("each alert once").doesNotHaveDuplicates();
	}

	/** A server ({@code serve --no-demo}) in a JVM of its own, its output kept. */
	private static ForkedCli.Forked server(Path data, int port, int bolt) throws IOException {
		return ForkedCli.start("serve", "--no-demo", "--data-dir", data.toString(), "--server.port=" + port,
				"--ipgraph.neo4j.bolt-address=127.0.0.1:" + bolt, "--ipgraph.neo4j.http-address=",
				// the test classpath's config turns the delivery loop off for the suite
				"--ipgraph.notify.background=true", "--ipgraph.notify.webhooks.allow-private-networks=true",
				"--ipgraph.notify.webhooks.poll-interval=500ms", "--ipgraph.notify.webhooks.backoff-base=1s",
				"--ipgraph.notify.webhooks.backoff-max=2s", "--ipgraph.notify.webhooks.max-attempts=1000",
				"--ipgraph.watch.interval=0s");
	}

	private static void post(int port, String credentials, String path, String json) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
	}

	private static Driver driver(Path data, int bolt) throws IOException {
		String password = Files.readString(data.resolve("neo4j-password")).strip();
		return GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.basic("neo4j", password));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
