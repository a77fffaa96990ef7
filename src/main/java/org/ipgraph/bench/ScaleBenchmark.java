package org.ipgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ipgraph.demo.DemoGenerator;
import org.ipgraph.ingest.lens.LensExport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service at several graph sizes, each in its own JVM with the configured heap:
 * a store per size (built with the bulk importer, or reused), the time until readiness
 * says UP, the live heap after warm-up, the latency of every read endpoint over HTTP on
 * loopback (sequential requests with a bearer token), and the time the snapshots take to
 * catch up after an ingest of synthetic patents. A failure (a snapshot out of memory, an
 * endpoint that does not answer) is recorded where it happened and the run goes on.
 */
public final class ScaleBenchmark {

	/** The user the bench creates in each store for its token. */
	static final String USER = "scale-bench";

	/** Numbers of the ingested synthetic patents start here (the demo's are lower). */
	static final long FIRST_INGEST_NUMBER = 41_000_000;

	private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Settings settings;

	private final PrintStream log;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI base;

	/**
	 * @param javaCommand how to run ipgraph in a new JVM: the java executable, its
	 * options, {@code -jar} and the jar (the heap is added per process)
	 * @param dataDir where the stores and logs are kept
	 * @param sizes patents per store
	 * @param seed the demo's seed
	 * @param serviceHeap {@code -Xmx} of the service, e.g. {@code 4g}
	 * @param requests timed requests per endpoint
	 * @param warmUp untimed requests per endpoint first
	 * @param readyTimeout longest wait for readiness
	 * @param requestTimeout longest wait for one answer
	 * @param endpointBudget longest time spent on one endpoint's timed requests (the
	 * requests made by then count)
	 * @param ingestPatents synthetic patents ingested before the refresh is timed
	 * @param refreshTimeout longest wait for the snapshots after the ingest
	 * @param port the service's HTTP port
	 * @param boltAddress its Bolt address
	 * @param neo4jHttpAddress its Neo4j Browser address
	 * @param refreshed the snapshots a patent ingest must refresh (those whose
	 * fingerprint counts patents)
	 * @param endpoints the endpoints to time, by name ({@link #ENDPOINTS}); empty for all
	 * @param properties application properties given to the service, {@code name=value}
	 * (e.g. {@code ipgraph.experts.warm-up=false})
	 * @param snapshotsFirst run the batch job {@code ipgraph snapshots build} on the
	 * store before the service starts (as a deployment does after an import), so that the
	 * start reads the snapshot files; else the service builds them
	 */
	public record Settings(List<String> javaCommand, Path dataDir, List<Integer> sizes, long seed, String serviceHeap,
			int requests, int warmUp, Duration readyTimeout, Duration requestTimeout, Duration endpointBudget,
			int ingestPatents, Duration refreshTimeout, int port, String boltAddress, String neo4jHttpAddress,
			Set<String> refreshed, Set<String> endpoints, List<String> properties, boolean snapshotsFirst) {

		public Settings {
			if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 100)) {
				throw new IllegalArgumentException("give store sizes of at least 100 patents");
			}
			if (!serviceHeap.matches("[1-9][0-9]*[mMgG]")) {
				throw new IllegalArgumentException("the heap is a size such as 4g or 2048m, not " + serviceHeap);
			}
			if (requests < 1 || warmUp < 0 || ingestPatents < 0 || ingestPatents > 100_000) {
				throw new IllegalArgumentException(
						"requests must be at least 1, warm-up at least 0, ingested patents 0 to 100,000");
			}
			for (String endpoint : endpoints) {
				if (!ENDPOINTS.contains(endpoint)) {
					throw new IllegalArgumentException(
							"unknown endpoint '" + endpoint + "'; known: " + String.join(", ", ENDPOINTS));
				}
			}
			for (String property : properties) {
				if (!property.matches("[a-zA-Z][a-zA-Z0-9._\\[\\]-]*=.*")) {
					throw new IllegalArgumentException(
							"a service property is name=value, e.g. ipgraph.experts.warm-up=false, not " + property);
				}
			}
			endpoints = Set.copyOf(endpoints);
			properties = List.copyOf(properties);
		}

	}

	/**
	 * The service's snapshots, each warmed up unless {@code ipgraph.NAME.warm-up=false}.
	 */
	static final List<String> SNAPSHOTS = List.of("experts", "partners", "providers", "valuation", "risk");

	/**
	 * The snapshots the service warms up with these properties: the batch job builds only
	 * those.
	 */
	static List<String> warmedSnapshots(List<String> properties) {
		return SNAPSHOTS.stream().filter(name -> !properties.contains("ipgraph." + name + ".warm-up=false")).toList();
	}

	/** The endpoints the bench times, in its order. */
	public static final List<String> ENDPOINTS = List.of("partners", "partners_for_demand", "experts_topic",
			"experts_patent", "pools_cpc", "pools_topic", "risk_npe", "exposure", "patent", "evidence",
			"organizations_search", "stats");

	public ScaleBenchmark(Settings settings, PrintStream log) {
		this.settings = settings;
		this.log = log;
		this.base = LoadTest.requireLoopback(URI.create("http://127.0.0.1:" + settings.port()));
	}

	/**
	 * Runs every size, one after the other (one service at a time).
	 */
	public ScaleReport run() throws IOException, InterruptedException {
		Files.createDirectories(this.settings.dataDir());
		List<ScaleReport.Size> sizes = new ArrayList<>();
		for (int patents : this.settings.sizes()) {
			sizes.add(size(patents));
		}
		return new ScaleReport(
				String.format(Locale.ROOT, "Java %s, %d cores", Runtime.version(),
						Runtime.getRuntime().availableProcessors()),
				this.settings.serviceHeap(), this.settings.requests(), this.settings.warmUp(), sizes);
	}

	private ScaleReport.Size size(int patents) throws IOException, InterruptedException {
		Path store = this.settings.dataDir().resolve("store-" + patents).toAbsolutePath();
		List<String> failures = new ArrayList<>();
		boolean reused = Files.isDirectory(store.resolve("data"));
		Double buildSeconds = null;
		if (reused) {
			this.log.printf("%,d patents: reusing the store in %s%n", patents, store);
		}
		else {
			this.log.printf("%,d patents: building a store in %s with the bulk importer...%n", patents, store);
			long t0 = System.nanoTime();
			Helper built = helper(this.settings.serviceHeap(), Duration.ofHours(2), "demo", "--bulk", "--overwrite",
					"--data-dir", store.toString(), "--patents", String.valueOf(patents), "--seed",
					String.valueOf(this.settings.seed()));
			if (built.exit() != 0) {
				failures.add("build: exit " + built.exit() + ": " + tail(built.output()));
				return new ScaleReport.Size(patents, store.toString(), false, null, null, null, false, null, Map.of(),
						null, null, Map.of(), failures);
			}
			buildSeconds = seconds(t0);
		}
		Double snapshotsSeconds = null;
		if (this.settings.snapshotsFirst()) {
			this.log.printf("Bringing the snapshots up to date (ipgraph snapshots build)...%n");
			long t0 = System.nanoTime();
			List<String> command = new ArrayList<>(List.of("snapshots", "build", "--data-dir", store.toString()));
			List<String> warmed = warmedSnapshots(this.settings.properties());
			if (warmed.size() < SNAPSHOTS.size()) {
				command.addAll(List.of("--only", String.join(",", warmed)));
			}
			Helper snapshots = helper(this.settings.serviceHeap(), Duration.ofHours(3), command.toArray(String[]::new));
			if (snapshots.exit() != 0) {
				failures.add("snapshots build: exit " + snapshots.exit() + ": " + tail(snapshots.output()));
			}
			else {
				snapshotsSeconds = seconds(t0);
				this.log.print(snapshots.output()
					.lines()
					.filter(l -> l.startsWith("["))
					.map(l -> "  " + l + System.lineSeparator())
					.reduce("", String::concat));
			}
		}
		Path logFile = this.settings.dataDir().resolve("service-" + patents + ".log");
		this.log.printf("Starting the service (-Xmx%s, log %s)...%n", this.settings.serviceHeap(), logFile);
		long start = System.nanoTime();
		Process service = service(store, logFile);
		Thread stopper = new Thread(() -> stop(service));
		Runtime.getRuntime().addShutdownHook(stopper);
		try {
			return measure(patents, store, reused, buildSeconds, snapshotsSeconds, service, start, failures);
		}
		finally {
			stop(service);
			Runtime.getRuntime().removeShutdownHook(stopper);
		}
	}

	private ScaleReport.Size measure(int patents, Path store, boolean reused, Double buildSeconds,
			Double snapshotsSeconds, Process service, long start, List<String> failures)
			throws IOException, InterruptedException {
		Readiness readiness = awaitReady(service, start, failures);
		this.log.println(readiness.seconds() == null ? "Not ready: " + failures
				: String.format(Locale.ROOT, "Ready in %.1f s", readiness.seconds()));
		if (!service.isAlive()) {
			failures.add("the service exited with code " + service.exitValue() + " (see its log)");
			return new ScaleReport.Size(patents, store.toString(), reused, buildSeconds, snapshotsSeconds, null,
					readiness.wasDown(), null, Map.of(), null, null, Map.of(), failures);
		}
		String token = token(store);
		Requests requests = requests(token, patents);
		Map<String, List<Request>> endpoints = requests.byEndpoint();
		if (!this.settings.endpoints().isEmpty()) {
			endpoints.keySet().retainAll(this.settings.endpoints());
		}
		this.log.printf("Warm-up: %d requests per endpoint%n", this.settings.warmUp());
		for (List<Request> urls : endpoints.values()) {
			for (int i = 0; i < this.settings.warmUp(); i++) {
				send(urls.get(i % urls.size()), token);
			}
		}
		Double heap = heapMb(service.pid(), failures);
		this.log.printf(Locale.ROOT, "Heap after warm-up: %s MB%n", heap == null ? "?" : String.format("%.0f", heap));
		Map<String, ScaleReport.Endpoint> timed = new LinkedHashMap<>();
		for (Map.Entry<String, List<Request>> e : endpoints.entrySet()) {
			ScaleReport.Endpoint result = time(e.getValue(), token);
			timed.put(e.getKey(), result);
			this.log.printf(Locale.ROOT, "  %-22s p50 %s ms, p95 %s ms, %d/%d errors%s%n", e.getKey(),
					ms(result.p50Ms()), ms(result.p95Ms()), result.errors(), result.requests(),
					result.error() == null ? "" : " (" + result.error() + ")");
			if (result.error() != null) {
				failures.add(e.getKey() + ": " + result.error());
			}
		}
		Refresh refresh = this.settings.ingestPatents() == 0 ? new Refresh(null, null, Map.of())
				: refresh(token, requests, failures);
		return new ScaleReport.Size(patents, store.toString(), reused, buildSeconds, snapshotsSeconds,
				readiness.seconds(), readiness.wasDown(), heap, timed, refresh.ingestSeconds(), refresh.seconds(),
				refresh.snapshots(), failures);
	}

	private Process service(Path store, Path logFile) throws IOException {
		List<String> command = new ArrayList<>(this.settings.javaCommand());
		command.add(1, "-Xmx" + this.settings.serviceHeap());
		command.addAll(List.of("serve", "--no-demo", "--data-dir", store.toString(), "--port=" + this.settings.port(),
				"--ipgraph.security.requests-per-minute=100000000", "--ipgraph.security.bootstrap-admin=false"));
		this.settings.properties().forEach(p -> command.add("--" + p));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
		environment(builder);
		return builder.start();
	}

	private void environment(ProcessBuilder builder) {
		builder.environment().put("IPGRAPH_PORT", String.valueOf(this.settings.port()));
		builder.environment().put("IPGRAPH_BOLT_ADDRESS", this.settings.boltAddress());
		builder.environment().put("IPGRAPH_NEO4J_HTTP_ADDRESS", this.settings.neo4jHttpAddress());
	}

	private static void stop(Process process) {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(90, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * @param seconds from start to readiness UP, or {@code null}
	 * @param wasDown whether it answered otherwise before
	 */
	record Readiness(Double seconds, boolean wasDown) {
	}

	private Readiness awaitReady(Process service, long start, List<String> failures) throws InterruptedException {
		long deadline = start + this.settings.readyTimeout().toNanos();
		boolean down = false;
		String last = "no answer";
		while (System.nanoTime() < deadline && service.isAlive()) {
			try {
				HttpResponse<String> r = this.http.send(
						HttpRequest.newBuilder(this.base.resolve(READINESS)).timeout(Duration.ofSeconds(10)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200) {
					return new Readiness(seconds(start), down);
				}
				down = true;
				last = "readiness " + r.statusCode() + ": " + r.body();
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(1000);
		}
		if (service.isAlive()) {
			failures.add("not ready within " + this.settings.readyTimeout().toSeconds() + " s; " + last);
		}
		return new Readiness(null, down);
	}

	private static final String READINESS = "/actuator/health/readiness";

	/**
	 * A user for the bench and a bearer token, made with the CLI attached to the running
	 * service (HTTP Basic would add a bcrypt check to every timed request).
	 */
	private String token(Path store) throws IOException, InterruptedException {
		Helper added = helper("1g", Duration.ofMinutes(5), "users", "add", USER, "--role", "ANALYST", "--data-dir",
				store.toString());
		if (added.exit() != 0 && !added.output().contains("exists")) {
			throw new IllegalStateException("Cannot add the bench user: " + tail(added.output()));
		}
		Helper issued = helper("1g", Duration.ofMinutes(5), "users", "token", USER, "--name", "bench scale", "--days",
				"1", "--data-dir", store.toString());
		List<String> lines = issued.output().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		if (issued.exit() != 0 || lines.isEmpty()) {
			throw new IllegalStateException("Cannot issue a token: " + tail(issued.output()));
		}
		return lines.get(lines.size() - 1);
	}

	record Helper(int exit, String output) {
	}

	private Helper helper(String heap, Duration timeout, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(this.settings.javaCommand());
		command.add(1, "-Xmx" + heap);
		command.addAll(List.of(arguments));
		Path output = Files.createTempFile(this.settings.dataDir(), "helper-", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile());
			environment(builder);
			Process process = builder.start();
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				stop(process);
				return new Helper(-1, "no end within " + timeout.toSeconds() + " s: " + String.join(" ", arguments));
			}
			return new Helper(process.exitValue(), Files.readString(output));
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	/**
	 * Heap used after a full collection ({@code jcmd GC.run}), as {@code GC.heap_info}
	 * reports it.
	 */
	private Double heapMb(long pid, List<String> failures) throws IOException, InterruptedException {
		Path jcmd = Path.of(this.settings.javaCommand().get(0)).resolveSibling("jcmd");
		try {
			output(List.of(jcmd.toString(), String.valueOf(pid), "GC.run"));
			Matcher used = HEAP_USED.matcher(output(List.of(jcmd.toString(), String.valueOf(pid), "GC.heap_info")));
			if (used.find()) {
				return Long.parseLong(used.group(1)) / 1024.0;
			}
			failures.add("heap: jcmd GC.heap_info gave no 'used' figure");
		}
		catch (IOException ex) {
			failures.add("heap: " + ex.getMessage());
		}
		return null;
	}

	private static String output(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(2, TimeUnit.MINUTES);
		return output;
	}

	/**
	 * One request of an endpoint.
	 *
	 * @param path path and query
	 * @param jsonBody a JSON body to POST, or {@code null} for GET
	 */
	record Request(String path, String jsonBody) {
	}

	/**
	 * What the requests are about, read through the API from patents of the demo's
	 * numbering spread over the store.
	 */
	record Requests(List<String> numbers, List<String> organizations, List<String> names, List<String> titles,
			List<String> groups) {

		Map<String, List<Request>> byEndpoint() {
			Map<String, List<Request>> endpoints = new LinkedHashMap<>();
			endpoints.put("partners", get(this.organizations, "/api/v1/partners?organization="));
			endpoints.put("partners_for_demand",
					this.titles.stream()
						.map(t -> new Request("/api/v1/partners/for-demand", "{\"text\":" + quote(t) + "}"))
						.toList());
			endpoints.put("experts_topic", get(this.titles, "/api/v1/experts?topic="));
			endpoints.put("experts_patent", get(this.numbers, "/api/v1/experts?patent="));
			endpoints.put("pools_cpc", get(this.groups, "/api/v1/pools?cpc="));
			endpoints.put("pools_topic",
					get(this.titles.stream().map(Requests::firstWords).toList(), "/api/v1/pools?topic="));
			endpoints.put("risk_npe", get(this.organizations, "/api/v1/risk/npe?organization="));
			endpoints.put("exposure", get(this.organizations, "/api/v1/risk/exposure?organization="));
			endpoints.put("patent", get(this.numbers, "/api/v1/patents/"));
			endpoints.put("evidence", get(this.organizations, "/api/v1/evidence?entity="));
			endpoints.put("organizations_search", get(this.names, "/api/v1/organizations?q="));
			endpoints.put("stats", List.of(new Request("/api/v1/stats", null)));
			return endpoints;
		}

		private static List<Request> get(List<String> values, String prefix) {
			return values.stream().map(v -> new Request(prefix + encode(v), null)).toList();
		}

		private static String firstWords(String title) {
			String[] words = title.split("\\s+");
			return String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
		}

		private static String quote(String text) {
			return JSON.writeValueAsString(text);
		}

	}

	private Requests requests(String token, int patents) throws InterruptedException {
		Set<String> numbers = new LinkedHashSet<>();
		Set<String> organizations = new LinkedHashSet<>();
		Set<String> names = new LinkedHashSet<>();
		Set<String> titles = new LinkedHashSet<>();
		Map<String, Integer> groups = new LinkedHashMap<>();
		int samples = 40;
		for (int k = 0; k < samples; k++) {
			String number = DemoGenerator.patentNumber((int) ((long) k * patents / samples) + 1);
			JsonNode patent = getJson("/api/v1/patents/" + encode(number), token);
			if (patent == null) {
				continue;
			}
			numbers.add(number);
			titles.add(patent.path("title").asString(""));
			for (JsonNode owner : patent.path("owners")) {
				String id = owner.path("id").asString("");
				// current holders only: a former owner holds no current patent to
				// compare with, and exposure rightly answers it with a 400
				if (!id.isBlank() && !owner.hasNonNull("to")) {
					organizations.add(id);
				}
				String word = owner.path("name").asString("").split("\\s+")[0];
				if (word.length() > 3) {
					names.add(word.toLowerCase(Locale.ROOT));
				}
			}
			for (JsonNode c : patent.path("classifications")) {
				String symbol = c.path("symbol").asString("");
				if (symbol.contains("/")) {
					groups.merge(symbol.substring(0, symbol.indexOf('/')), 1, Integer::sum);
				}
			}
		}
		titles.remove("");
		if (numbers.isEmpty() || organizations.isEmpty()) {
			throw new IllegalStateException("No demo patent found through the API: is this a demo store?");
		}
		List<String> topGroups = groups.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(3)
			.map(Map.Entry::getKey)
			.toList();
		return new Requests(first(numbers, 10), first(organizations, 10), first(names, 5), first(titles, 10),
				topGroups);
	}

	private static List<String> first(Set<String> values, int n) {
		return values.stream().limit(n).toList();
	}

	private JsonNode getJson(String path, String token) throws InterruptedException {
		try {
			HttpResponse<String> r = this.http.send(authorized(path, token).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private HttpRequest.Builder authorized(String path, String token) {
		return HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(this.settings.requestTimeout())
			.header("Authorization", "Bearer " + token);
	}

	/**
	 * Sends a request.
	 * @return the status, -1 when there was no answer, and a short reason when it was not
	 * 2xx
	 */
	private Sent send(Request request, String token) throws InterruptedException {
		HttpRequest.Builder builder = authorized(request.path(), token);
		if (request.jsonBody() != null) {
			builder.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(request.jsonBody()));
		}
		long t0 = System.nanoTime();
		try {
			HttpResponse<String> r = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			long micros = (System.nanoTime() - t0) / 1000;
			boolean ok = r.statusCode() >= 200 && r.statusCode() < 300;
			return new Sent(r.statusCode(), micros, ok ? null : r.statusCode() + " " + tail(r.body()));
		}
		catch (IOException ex) {
			return new Sent(-1, (System.nanoTime() - t0) / 1000, "no answer: " + ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : " " + ex.getMessage()));
		}
	}

	record Sent(int status, long micros, String error) {
	}

	private ScaleReport.Endpoint time(List<Request> urls, String token) throws InterruptedException {
		long deadline = System.nanoTime() + this.settings.endpointBudget().toNanos();
		List<Long> micros = new ArrayList<>();
		List<Integer> statuses = new ArrayList<>();
		String error = null;
		for (int i = 0; i < this.settings.requests() && (i == 0 || System.nanoTime() < deadline); i++) {
			Sent sent = send(urls.get(i % urls.size()), token);
			statuses.add(sent.status());
			if (sent.error() == null) {
				micros.add(sent.micros());
			}
			else if (error == null) {
				error = sent.error();
			}
		}
		return ScaleReport.Endpoint.of(urls.size(), micros.stream().mapToLong(Long::longValue).toArray(), statuses,
				error);
	}

	/**
	 * @param ingestSeconds the upload
	 * @param seconds until the last snapshot was rebuilt, or {@code null}
	 * @param snapshots per snapshot
	 */
	record Refresh(Double ingestSeconds, Double seconds, Map<String, Double> snapshots) {
	}

	/**
	 * Ingests synthetic patents through the API, then sends a request to each service
	 * every two seconds (snapshots check the graph when they are used) until every
	 * snapshot named in the settings has been rebuilt from the graph after the ingest: a
	 * build that started during the ingest (the watch loop, for one, uses the partner
	 * snapshot) saw only part of it and does not count.
	 */
	private Refresh refresh(String token, Requests requests, List<String> failures)
			throws IOException, InterruptedException {
		Set<String> expected = new LinkedHashSet<>(snapshotDetails().keySet());
		expected.retainAll(this.settings.refreshed());
		if (expected.isEmpty()) {
			failures.add("refresh: readiness reports none of the snapshots " + this.settings.refreshed());
			return new Refresh(null, null, Map.of());
		}
		long first = FIRST_INGEST_NUMBER;
		while (getJson("/api/v1/patents/US" + first, token) != null) {
			first += this.settings.ingestPatents();
		}
		byte[] csv = lensCsv(first, this.settings.ingestPatents(), requests);
		this.log.printf("Ingesting %,d synthetic patents (US%d...) through the API...%n", this.settings.ingestPatents(),
				first);
		long t0 = System.nanoTime();
		String boundary = "scale-bench-" + System.nanoTime();
		HttpResponse<String> r = this.http
			.send(authorized("/api/v1/ingest?format=lens-csv", token).timeout(Duration.ofMinutes(30))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "scale-bench.csv", csv)))
				.build(), HttpResponse.BodyHandlers.ofString());
		double ingestSeconds = seconds(t0);
		if (r.statusCode() != 200) {
			failures.add("ingest: " + r.statusCode() + " " + tail(r.body()));
			return new Refresh(ingestSeconds, null, Map.of());
		}
		Instant ingested = Instant.now();
		List<Request> touch = List.of(
				new Request("/api/v1/partners?organization=" + encode(requests.organizations().get(0)), null),
				new Request("/api/v1/experts?topic=" + encode(requests.titles().get(0)), null),
				new Request("/api/v1/patents/" + encode(requests.numbers().get(0)) + "/value", null));
		Map<String, Double> rebuilt = new LinkedHashMap<>();
		// how each was brought up to date: full or incremental (readiness' kind)
		Map<String, String> kinds = new LinkedHashMap<>();
		Instant deadline = ingested.plus(this.settings.refreshTimeout());
		while (rebuilt.size() < expected.size() && Instant.now().isBefore(deadline)) {
			for (Request request : touch) {
				send(request, token);
			}
			snapshotDetails().forEach((name, detail) -> {
				Double after = rebuiltAfter(detail, ingested);
				if (expected.contains(name) && after != null && rebuilt.putIfAbsent(name, after) == null) {
					kinds.put(name, detail.path("kind").asString("?"));
				}
			});
			Thread.sleep(2000);
		}
		Set<String> missing = new LinkedHashSet<>(expected);
		missing.removeAll(rebuilt.keySet());
		if (!missing.isEmpty()) {
			failures
				.add("refresh: not rebuilt within " + this.settings.refreshTimeout().toSeconds() + " s: " + missing);
		}
		Double seconds = missing.isEmpty()
				? rebuilt.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow() : null;
		this.log.printf(Locale.ROOT, "Ingest %.1f s; snapshots rebuilt after %s (kind %s)%n", ingestSeconds, rebuilt,
				kinds);
		return new Refresh(ingestSeconds, seconds, rebuilt);
	}

	/**
	 * Seconds from the end of the ingest to the end of a snapshot's build, when that
	 * build started after the ingest ended ({@code builtAt} minus {@code buildSeconds}:
	 * the graph's counts are read at its start); else {@code null}.
	 * @param detail the snapshot's readiness detail
	 * @param ingested when the ingest ended
	 */
	static Double rebuiltAfter(JsonNode detail, Instant ingested) {
		if (!detail.has("builtAt") || !detail.has("buildSeconds")) {
			return null;
		}
		Instant builtAt = Instant.parse(detail.path("builtAt").asString());
		Instant started = builtAt.minusMillis(Math.round(detail.path("buildSeconds").asDouble() * 1000));
		return started.isBefore(ingested) ? null : Duration.between(ingested, builtAt).toMillis() / 1000.0;
	}

	/**
	 * Each built snapshot's readiness detail (version, builtAt, buildSeconds...) by name;
	 * empty when readiness does not answer.
	 */
	private Map<String, JsonNode> snapshotDetails() throws InterruptedException {
		Map<String, JsonNode> details = new LinkedHashMap<>();
		try {
			HttpResponse<String> r = this.http.send(
					HttpRequest.newBuilder(this.base.resolve(READINESS)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			JsonNode snapshots = JSON.readTree(r.body()).path("components").path("snapshot").path("details");
			for (Map.Entry<String, JsonNode> e : snapshots.properties()) {
				if (e.getValue().has("version")) {
					details.put(e.getKey(), e.getValue());
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// none this time: the loop asks again
		}
		return details;
	}

	/**
	 * A Lens export of new patents: applicants are the sampled organizations (so their
	 * profiles change) and new ones, inventors new people.
	 */
	static byte[] lensCsv(long first, int count, Requests requests) {
		StringBuilder csv = new StringBuilder(LensExport.HEADER).append('\n');
		List<String> titles = requests.titles();
		for (int i = 0; i < count; i++) {
			String applicants = "SCALE BENCH ORGANIZATION " + (i % 100) + ";;"
					+ requests.names().get(i % requests.names().size()).toUpperCase(Locale.ROOT) + " SCALE HOLDINGS";
			csv.append(LensExport.grantedUs(i + 1, first + i, LocalDate.of(2024, 1, 2).plusDays(i % 300),
					titles.get(i % titles.size()) + " variant " + i, applicants, "SCALE BENCH INVENTOR " + (i % 700),
					"H04N19/50"))
				.append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] multipart(String boundary, String fileName, byte[] content) {
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return body;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static double seconds(long since) {
		return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
	}

	private static String ms(Double value) {
		return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
	}

	/** The end of a text, on one line, for a reason. */
	static String tail(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		return line.length() <= 300 ? line : "..." + line.substring(line.length() - 300);
	}

}
