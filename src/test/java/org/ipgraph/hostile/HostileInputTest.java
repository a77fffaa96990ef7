package org.ipgraph.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.Socket;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.ipgraph.security.Role;
import org.ipgraph.security.UserService;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input suite (issue 12): the whole service on a random port, attacked as a
 * careless user or an attacker would, one test class per kind of attack. Every test
 * checks the status, the problem detail's reason, that the graph holds what it held
 * (unless the attack is a file whose good records must be stored) and that memory stayed
 * bounded. All classes share this configuration, so they share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ipgraph.security.requests-per-minute=100000", "ipgraph.nlp.max-document-time=3s",
				"ipgraph.bulkheads.heavy-concurrency=1", "ipgraph.bulkheads.heavy-queue=2",
				"ipgraph.bulkheads.heavy-wait=1s", "ipgraph.experts.warm-up=false", "ipgraph.partners.warm-up=false" })
@ContextConfiguration(initializers = TestNeo4j.Initializer.class)
abstract class HostileInputTest {

	static final String PASSWORD = "hostile input password";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	UserService users;

	/** The users of every test: an admin, an analyst, two organizers and a user. */
	static final Map<String, Role> USERS = Map.of("root", Role.ADMIN, "anna", Role.ANALYST, "olga", Role.ORGANIZER,
			"oscar", Role.ORGANIZER, "ursula", Role.USER);

	@BeforeEach
	void users() {
		TestNeo4j.clear();
		USERS.forEach((name, role) -> this.users.create(name, PASSWORD, EnumSet.of(role), null));
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user)).GET());
	}

	HttpResponse<String> json(String user, String method, String path, String body)
			throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * A request with a bearer token, as {@code POST /api/v1/auth/tokens} answered it.
	 */
	HttpResponse<String> bearer(JsonNode token, String method, String path, String body)
			throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + token.path("token").asString())
			.header("Content-Type", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * A multipart upload to the ingest endpoint: the field {@code file} once per file.
	 */
	HttpResponse<String> upload(String user, String format, Map<String, byte[]> files)
			throws IOException, InterruptedException {
		String boundary = "hostile" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			body.writeBytes(
					("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getKey()
							+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
						.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.getValue());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri("/api/v1/ingest?format=" + format))
			.header("Authorization", basic(user))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A request written byte for byte, for what an HTTP client library refuses to send;
	 * the answer's status line and body.
	 */
	Raw raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(response.substring(9, 12));
			int body = response.indexOf("\r\n\r\n");
			String headers = response.substring(0, Math.max(0, body));
			String content = body < 0 ? "" : response.substring(body + 4);
			if (headers.toLowerCase().contains("transfer-encoding: chunked")) {
				content = dechunk(content);
			}
			return new Raw(status, headers, content);
		}
	}

	private static String dechunk(String chunked) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < chunked.length()) {
			int eol = chunked.indexOf("\r\n", i);
			if (eol < 0) {
				break;
			}
			int size = Integer.parseInt(chunked.substring(i, eol).strip(), 16);
			if (size == 0) {
				break;
			}
			out.append(chunked, eol + 2, eol + 2 + size);
			i = eol + 2 + size + 2;
		}
		return out.toString();
	}

	record Raw(int status, String headers, String body) {
	}

	/**
	 * Asserts an RFC 9457 problem detail with the status and a reason that says what.
	 */
	static JsonNode assertProblem(int status, String contentType, String body, int expected, String reason) {
		assertThat(status).as(body).isEqualTo(expected);
		assertThat(contentType).as("content type").startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(body);
		assertThat(problem.path("status").asInt()).isEqualTo(expected);
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).containsIgnoringCase(reason)
			.doesNotContain("Exception")
			.doesNotContain("org.")
			.doesNotContain("\tat ");
		return problem;
	}

	static JsonNode assertProblem(HttpResponse<String> response, int expected, String reason) {
		return assertProblem(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body(), expected, reason);
	}

	static JsonNode assertProblem(Raw response, int expected, String reason) {
		String type = response.headers()
			.lines()
			.filter(l -> l.toLowerCase().startsWith("content-type:"))
			.map(l -> l.substring("content-type:".length()).strip())
			.findFirst()
			.orElse("");
		return assertProblem(response.status(), type, response.body(), expected, reason);
	}

	/**
	 * Nodes per label and relationships per type, without the service's own records
	 * (users, tokens, audit events), which requests may add.
	 */
	static Map<String, Long> counts() {
		Map<String, Long> counts = new TreeMap<>();
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (n) WHERE NOT n:User AND NOT n:ApiToken AND NOT n:AuditEvent AND NOT n:__Neo4jMigration
					UNWIND labels(n) AS label RETURN label, count(*) AS n""")
				.forEachRemaining(r -> counts.put(r.get("label").asString(), r.get("n").asLong()));
			session.run("""
					MATCH (a)-[r]->(b) WHERE NOT a:User AND NOT a:ApiToken
					RETURN type(r) AS type, count(*) AS n""")
				.forEachRemaining(r -> counts.put(r.get("type").asString(), r.get("n").asLong()));
		}
		return counts;
	}

	/**
	 * Removes what the IP graph holds, keeping users, tokens and audit events.
	 */
	static void clearGraph() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (n) WHERE NOT n:User AND NOT n:ApiToken AND NOT n:AuditEvent AND NOT n:__Neo4jMigration
					DETACH DELETE n""").consume();
		}
	}

	static long count(String cypher) {
		try (var session = TestNeo4j.driver().session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	/**
	 * The most heap that was live while the work ran, in MB: the largest heap occupancy
	 * after any garbage collection during the work, and after one forced when it ends
	 * (after a full collection before it starts). (The peaks of the heap pools would
	 * count garbage not yet collected, and other test contexts in this JVM leave plenty;
	 * they made this bound flaky.)
	 */
	static long peakHeapMb(ThrowingRunnable work) throws Exception {
		return heap(work).peakMb();
	}

	/**
	 * Heap occupancy around the work, in MB.
	 *
	 * @param beforeMb after a full collection before the work
	 * @param peakMb the largest after any collection during the work (see
	 * {@link #peakHeapMb})
	 * @param afterMb after a full collection when the work has ended: what it kept
	 */
	record Heap(long beforeMb, long peakMb, long afterMb) {
	}

	static Heap heap(ThrowingRunnable work) throws Exception {
		AtomicLong most = new AtomicLong();
		AtomicLong last = new AtomicLong();
		AtomicLong collections = new AtomicLong();
		NotificationListener listener = (notification, handback) -> {
			if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				return;
			}
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long used = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
				if (pool.getType() == MemoryType.HEAP && after != null) {
					used += after.getUsed();
				}
			}
			most.accumulateAndGet(used, Math::max);
			last.set(used);
			collections.incrementAndGet();
		};
		long before;
		long after;
		List<NotificationEmitter> emitters = new ArrayList<>();
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(listener, null, null);
				emitters.add(emitter);
			}
		}
		try {
			// a full collection first: what earlier tests in this JVM left (and garbage
			// already promoted) must not count as the work's
			System.gc();
			awaitNotification(collections, 0);
			before = last.get();
			most.set(0);
			work.run();
			long seen = collections.get();
			System.gc();
			awaitNotification(collections, seen);
			after = last.get();
		}
		finally {
			for (NotificationEmitter emitter : emitters) {
				emitter.removeNotificationListener(listener);
			}
		}
		Heap heap = new Heap(before / (1024 * 1024), most.get() / (1024 * 1024), after / (1024 * 1024));
		System.out.println("live heap during the work: " + heap.peakMb() + " MB (before " + heap.beforeMb()
				+ " MB, after " + heap.afterMb() + " MB)");
		return heap;
	}

	private static void awaitNotification(AtomicLong collections, long seen) throws InterruptedException {
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (collections.get() == seen && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(collections.get()).as("garbage collections seen").isGreaterThan(seen);
	}

	@FunctionalInterface
	interface ThrowingRunnable {

		void run() throws Exception;

	}

}
