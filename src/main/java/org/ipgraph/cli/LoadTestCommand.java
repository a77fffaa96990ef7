package org.ipgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ipgraph.bench.LoadTest;
import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.lens.LensExport;
import org.ipgraph.security.IssuedToken;
import org.ipgraph.security.Role;
import org.ipgraph.security.UserService;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * {@code ipgraph loadtest}: the whole service on a throwaway store with the demo graph, N
 * clients on the recommendation endpoints for a fixed time, and ingests running beside
 * them; then a check that every ingested record is in the graph exactly once.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
		description = "Bounded load test on loopback: starts ipgraph on a throwaway store with the demo graph "
				+ "(never your data directory), sends N concurrent clients at the partner, expert, pool, risk and "
				+ "lookup endpoints for a fixed time while files are ingested, then checks that no write was lost. "
				+ "Reports throughput, p50/p95/p99 and errors per endpoint. The per-user rate limit is lifted for the run.")
class LoadTestCommand extends IpgraphCommand {

	static final int FIRST_NUMBER = 39_000_000;

	@Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
	int clients;

	@Option(names = "--duration", defaultValue = "60", description = "Seconds to run (default ${DEFAULT-VALUE}).")
	int seconds;

	@Option(names = "--patents", defaultValue = "3000",
			description = "Size of the demo graph served (default ${DEFAULT-VALUE}).")
	int patents;

	@Option(names = "--ingest-files", defaultValue = "20",
			description = "Files ingested during the run, two at a time (0 for none; default ${DEFAULT-VALUE}).")
	int ingestFiles;

	@Option(names = "--ingest-records", defaultValue = "200",
			description = "Patents per ingested file (default ${DEFAULT-VALUE}).")
	int ingestRecords;

	@Option(names = "--json", description = "Print JSON.")
	boolean json;

	@Override
	int execute() throws Exception {
		Path work = Files.createTempDirectory("ipgraph-loadtest-");
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("ipgraph.neo4j.data-dir", work.resolve("store").toString());
		properties.put("server.address", "127.0.0.1");
		properties.put("server.port", 0);
		properties.put("ipgraph.neo4j.http-address", "");
		properties.put("ipgraph.neo4j.bolt-address", "127.0.0.1:0");
		properties.put("ipgraph.demo.on-empty", "true");
		properties.put("ipgraph.demo.patents", this.patents);
		properties.put("ipgraph.security.bootstrap-admin", "false");
		properties.put("ipgraph.security.requests-per-minute", 10_000_000);
		properties.put("logging.level.org.ipgraph", "WARN");
		System.err
			.println("Starting ipgraph on a throwaway store in " + work + " with " + this.patents + " demo patents...");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(this.source)
			.run(Application.arguments(properties))) {
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			UserService users = context.getBean(UserService.class);
			users.create("loadtest", Passwords.generate(), EnumSet.of(Role.ANALYST), null);
			IssuedToken token = users.issueToken("loadtest", "loadtest", Duration.ofHours(2));
			Driver driver = context.getBean(Driver.class);
			List<String> paths = paths(driver);
			List<Path> files = ingestFiles(work.resolve("ingest"), cpcOf(driver));
			double warmUp = warmUp(port, token.token(), paths);
			System.err.printf(Locale.ROOT, "Warm-up: one request per URL in %.1f s (profiles and indexes built)%n",
					warmUp);
			LoadTest test = new LoadTest(URI.create("http://127.0.0.1:" + port), "Bearer " + token.token(),
					this.clients, Duration.ofSeconds(this.seconds), paths);
			System.err.printf("%d clients for %d s on %d URLs; %d files of %d patents ingested meanwhile%n",
					this.clients, this.seconds, paths.size(), files.size(), this.ingestRecords);
			IngestService ingest = context.getBean(IngestService.class);
			List<IngestReport> reports = new ArrayList<>();
			long ingestStart = System.nanoTime();
			LoadTest.Result result;
			try (ExecutorService writers = Executors.newFixedThreadPool(2)) {
				List<Future<IngestReport>> futures = new ArrayList<>();
				for (Path file : files) {
					futures.add(writers.submit(() -> ingest.ingest("lens-csv", List.of(file), IngestListener.NONE)));
				}
				result = test.run();
				for (Future<IngestReport> f : futures) {
					reports.add(f.get());
				}
			}
			double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
			Writes writes = writes(driver, reports, files.size() * this.ingestRecords, ingestSeconds);
			Report report = new Report(this.patents, paths, result, writes);
			if (this.json) {
				Output.json(System.out, report);
			}
			else {
				print(report);
			}
			return result.overall().errors() == 0 && writes.lost() == 0 && writes.duplicates() == 0 ? 0 : 3;
		}
		finally {
			FileSystemUtils.deleteRecursively(work.toFile());
		}
	}

	/**
	 * One request per URL, one after the other, before the clock starts: the first
	 * requests wait for the profiles and indexes a new server builds once.
	 */
	private static double warmUp(int port, String token, List<String> paths) throws Exception {
		long start = System.nanoTime();
		new LoadTest(URI.create("http://127.0.0.1:" + port), "Bearer " + token, 1, Duration.ofSeconds(1), paths)
			.runOnce();
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * Requests built from what the demo graph holds, so that each one has an answer.
	 */
	private static List<String> paths(Driver driver) {
		List<String> organizations = list(driver, """
				MATCH (o:Organization)-[:OWNS]->(p:Patent)
				WITH o, count(p) AS patents ORDER BY patents DESC, o.id LIMIT 4
				RETURN o.id AS v
				""");
		List<String> numbers = list(driver, """
				MATCH (p:Patent) WHERE p.title IS NOT NULL
				RETURN p.number AS v ORDER BY p.number LIMIT 4
				""");
		List<String> groups = list(driver, """
				MATCH (p:Patent)-[:CLASSIFIED_AS]->(t:Technology) WHERE size(split(t.symbol, '/')) > 1
				WITH split(t.symbol, '/')[0] AS g, count(p) AS n ORDER BY n DESC, g LIMIT 2
				RETURN g AS v
				""");
		List<String> paths = new ArrayList<>();
		for (String o : organizations) {
			paths.add("/api/v1/partners?organization=" + encode(o));
			paths.add("/api/v1/risk/exposure?organization=" + encode(o));
			paths.add("/api/v1/risk/npe?organization=" + encode(o));
			paths.add("/api/v1/organizations/" + encode(o));
		}
		for (String g : groups) {
			paths.add("/api/v1/pools?cpc=" + encode(g));
		}
		List<String> titles = list(driver, """
				MATCH (p:Patent) WHERE p.title IS NOT NULL
				RETURN p.title AS v ORDER BY p.number DESC LIMIT 3
				""");
		for (String t : titles) {
			paths.add("/api/v1/experts?topic=" + encode(t));
		}
		for (String n : numbers) {
			paths.add("/api/v1/experts?patent=" + encode(n));
			paths.add("/api/v1/patents/" + encode(n));
			paths.add("/api/v1/risk/patent/" + encode(n));
		}
		paths.add("/api/v1/organizations?q=" + encode("wireless"));
		paths.add("/api/v1/stats");
		return paths;
	}

	private static String cpcOf(Driver driver) {
		List<String> symbols = list(driver, """
				MATCH (p:Patent)-[:CLASSIFIED_AS]->(t:Technology) WHERE size(split(t.symbol, '/')) > 1
				RETURN t.symbol AS v ORDER BY t.symbol LIMIT 1
				""");
		return symbols.isEmpty() ? "G06F16/00" : symbols.get(0);
	}

	/**
	 * Lens CSV files of new patents, each with its own numbers, shared applicants and
	 * inventors.
	 */
	private List<Path> ingestFiles(Path dir, String cpc) throws IOException {
		Files.createDirectories(dir);
		List<Path> files = new ArrayList<>();
		for (int f = 0; f < this.ingestFiles; f++) {
			StringBuilder csv = new StringBuilder(LensExport.HEADER).append('\n');
			for (int r = 0; r < this.ingestRecords; r++) {
				int i = f * this.ingestRecords + r;
				csv.append(
						LensExport.grantedUs(i + 1, FIRST_NUMBER + i, LocalDate.of(2019, 5, 7), "Load test patent " + i,
								"LOADTEST ORGANIZATION " + (i % 50) + ";;LOADTEST ORGANIZATION " + ((i + 7) % 50),
								"LOADTEST INVENTOR " + (i % 300), cpc))
					.append('\n');
			}
			Path file = dir.resolve(String.format(Locale.ROOT, "loadtest-%03d.csv", f));
			Files.writeString(file, csv, StandardCharsets.UTF_8);
			files.add(file);
		}
		return files;
	}

	private static Writes writes(Driver driver, List<IngestReport> reports, int expected, double seconds) {
		long stored = reports.stream().mapToLong(IngestReport::getRecordsStored).sum();
		long rejected = reports.stream().mapToLong(IngestReport::getRejected).sum();
		try (var session = driver.session()) {
			Record r = session.run("""
					MATCH (p:Patent) WHERE p.number >= $first AND p.number < $last AND p.title STARTS WITH 'Load test'
					WITH p.number AS number, count(*) AS copies
					RETURN count(number) AS distinct, sum(copies) AS nodes
					""", Map.of("first", "US" + FIRST_NUMBER, "last", "US" + (FIRST_NUMBER + expected))).single();
			long distinct = r.get("distinct").asLong();
			long nodes = r.get("nodes").asLong();
			return new Writes(expected, stored, rejected, distinct, expected - distinct, nodes - distinct,
					expected == 0 ? 0 : expected / seconds);
		}
	}

	private static List<String> list(Driver driver, String cypher) {
		try (var session = driver.session()) {
			return session.run(cypher).list(r -> r.get("v").asString());
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Could not read the demo graph: " + ex.getMessage(), ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static void print(Report report) {
		LoadTest.Result r = report.result();
		System.out.printf(Locale.ROOT, "%d clients, %.0f s, demo graph of %d patents%n", r.clients(), r.seconds(),
				report.demoPatents());
		System.out.printf("%-36s %8s %7s %8s %8s %8s %8s %8s%n", "endpoint", "requests", "errors", "req/s", "p50 ms",
				"p95 ms", "p99 ms", "max ms");
		r.endpoints().forEach((path, s) -> row(path, s));
		r.classes().forEach((name, s) -> row(name, s));
		row("all", r.overall());
		System.out.println("HTTP statuses: " + r.statuses());
		Writes w = report.writes();
		System.out.printf(Locale.ROOT,
				"Ingest meanwhile: %d patents expected, %d stored, %d rejected, %d in the graph, %d lost, %d duplicated "
						+ "(%.0f patents/s)%n",
				w.expected(), w.stored(), w.rejected(), w.inGraph(), w.lost(), w.duplicates(), w.patentsPerSecond());
	}

	private static void row(String name, LoadTest.Summary s) {
		System.out.printf(Locale.ROOT, "%-36s %8d %7d %8.1f %8.1f %8.1f %8.1f %8.1f%n", name, s.requests(), s.errors(),
				s.throughput(), s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs());
	}

	/**
	 * @param expected patents in the ingested files
	 * @param stored records the ingests reported stored
	 * @param rejected records the ingests rejected
	 * @param inGraph distinct ingested patent numbers found in the graph afterwards
	 * @param lost expected minus found
	 * @param duplicates extra nodes with a number already present
	 * @param patentsPerSecond ingest rate under load
	 */
	record Writes(long expected, long stored, long rejected, long inGraph, long lost, long duplicates,
			double patentsPerSecond) {
	}

	record Report(int demoPatents, List<String> urls, LoadTest.Result result, Writes writes) {
	}

}
