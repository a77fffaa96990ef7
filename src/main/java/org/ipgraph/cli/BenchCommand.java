package org.ipgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ipgraph.bench.ScaleBenchmark;
import org.ipgraph.bench.ScaleReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ipgraph bench}: benchmarks of the whole service (each service's own benchmark is
 * under its verb, e.g. {@code ipgraph partners bench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		subcommands = { BenchCommand.Scale.class, IngestBenchCommand.class },
		description = "Benchmarks of the whole service; see `ipgraph bench scale --help` and "
				+ "`ipgraph bench ingest --help`.")
class BenchCommand {

	@Command(name = "scale", mixinStandardHelpOptions = true,
			description = { "The service at several graph sizes, each in its own JVM with -Xmx HEAP: builds (bulk "
					+ "importer, SYNTHETIC demo ecosystem) or reuses a store per size under --data-dir, starts "
					+ "`serve` on it, and reports the time until readiness is UP, the heap after warm-up (after a full "
					+ "collection, by jcmd), p50/p95 of every read endpoint over HTTP on loopback (sequential, bearer "
					+ "token), and the time until the snapshots that read patents were rebuilt after an ingest of synthetic "
					+ "patents. " + "A failure is reported where it happened and the run goes on. Uses $IPGRAPH_PORT, "
					+ "$IPGRAPH_BOLT_ADDRESS and $IPGRAPH_NEO4J_HTTP_ADDRESS for the service. Each run adds "
					+ "--ingest patents to the reused stores.", "Example:",
					"  ipgraph bench scale --patents 3000,100000,1000000 --data-dir /tmp/scale --json" })
	static class Scale extends IpgraphCommand {

		/** The demo's default seed: the stores are the demo ecosystem of each size. */
		static final long DEMO_SEED = 42;

		@Option(names = "--patents", split = ",", defaultValue = "3000,100000",
				description = "Store sizes (default ${DEFAULT-VALUE}).")
		List<Integer> sizes;

		@Option(names = "--data-dir", required = true, paramLabel = "DIR",
				description = "Where the stores (store-N) and the service logs are kept; reused when present.")
		Path dataDir;

		@Option(names = "--heap", defaultValue = "4g",
				description = "The service's -Xmx (default ${DEFAULT-VALUE}); the store build gets the same.")
		String heap;

		@Option(names = "--requests", defaultValue = "50",
				description = "Timed requests per endpoint (default ${DEFAULT-VALUE}).")
		int requests;

		@Option(names = "--warm-up", defaultValue = "5",
				description = "Untimed requests per endpoint before (default ${DEFAULT-VALUE}).")
		int warmUp;

		/** Seconds each wait may take, by name, and their defaults. */
		static final Map<String, Integer> TIMEOUTS = Map.of("ready", 900, "request", 130, "endpoint", 180, "refresh",
				600);

		@Option(names = "--timeouts", split = ",", paramLabel = "NAME=SECONDS",
				description = "Longest waits, in seconds: ready (for readiness, default 900), request (for one answer, "
						+ "130), endpoint (timed requests of one endpoint; those made by then count, 180), refresh "
						+ "(for the snapshots after the ingest, 600). E.g. --timeouts ready=600,endpoint=60.")
		Map<String, Integer> timeouts = Map.of();

		@Option(names = "--ingest", defaultValue = "1000",
				description = "Synthetic patents ingested before the refresh is timed (default ${DEFAULT-VALUE}; 0 "
						+ "skips the ingest and the refresh).")
		int ingest;

		@Option(names = "--refreshed", split = ",", defaultValue = "partners,experts,valuation",
				description = "Snapshots the ingest must refresh: those that read patents (default ${DEFAULT-VALUE}; "
						+ "providers count only provider facts).")
		List<String> refreshed;

		@Option(names = "--endpoints", split = ",", paramLabel = "NAME",
				description = "Time only these endpoints (default: all of partners, partners_for_demand, "
						+ "experts_topic, experts_patent, pools_cpc, pools_topic, risk_npe, exposure, patent, evidence, "
						+ "organizations_search, stats).")
		List<String> endpoints = List.of();

		@Option(names = "--set", paramLabel = "NAME=VALUE",
				description = "An application property for the service, repeatable, e.g. --set "
						+ "ipgraph.partners.warm-up=false (readiness then waits only for the snapshots warmed).")
		List<String> properties = List.of();

		@Option(names = "--service-builds",
				description = "Do not run `ipgraph snapshots build` before each start: the service builds every "
						+ "snapshot itself after it starts (by default the batch job runs first, as after an import, "
						+ "and its time is reported as snapshots_s).")
		boolean serviceBuilds;

		@Option(names = "--json", description = "Print JSON.")
		boolean json;

		@Override
		int execute() throws Exception {
			ScaleBenchmark.Settings settings = new ScaleBenchmark.Settings(javaCommand(), this.dataDir, this.sizes,
					DEMO_SEED, this.heap, this.requests, this.warmUp, timeout("ready"), timeout("request"),
					timeout("endpoint"), this.ingest, timeout("refresh"), port(),
					env("IPGRAPH_BOLT_ADDRESS", "127.0.0.1:7687"), env("IPGRAPH_NEO4J_HTTP_ADDRESS", "127.0.0.1:7474"),
					Set.copyOf(this.refreshed), Set.copyOf(this.endpoints), this.properties, !this.serviceBuilds);
			ScaleReport report = new ScaleBenchmark(settings, System.err).run();
			if (this.json) {
				Output.json(System.out, report);
			}
			else {
				print(report, System.out);
			}
			return report.sizes().stream().allMatch(s -> s.failures().isEmpty()) ? OK : FAILED;
		}

		private Duration timeout(String name) {
			this.timeouts.keySet().forEach(key -> {
				if (!TIMEOUTS.containsKey(key)) {
					throw new IllegalArgumentException(
							"--timeouts names ready, request, endpoint and refresh, not " + key);
				}
			});
			int seconds = this.timeouts.getOrDefault(name, TIMEOUTS.get(name));
			if (seconds < 1) {
				throw new IllegalArgumentException("--timeouts " + name + " must be at least 1 second");
			}
			return Duration.ofSeconds(seconds);
		}

		private static int port() {
			return Integer.parseInt(env("IPGRAPH_PORT", "8080"));
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return value == null || value.isBlank() ? fallback : value;
		}

		/**
		 * This JVM's java and the ipgraph jar it runs from, with bin/ipgraph's options.
		 */
		private static List<String> javaCommand() {
			// started with -jar, the class path is the jar
			Path jar = Path.of(System.getProperty("java.class.path", "")).toAbsolutePath();
			if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
				throw new IllegalArgumentException("bench scale runs the service from the ipgraph jar; run it "
						+ "through bin/ipgraph (it builds target/ipgraph.jar), not from " + jar);
			}
			String java = ProcessHandle.current()
				.info()
				.command()
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
					"--sun-misc-unsafe-memory-access=allow", "-XX:+UseG1GC"));
			String home = System.getProperty("ipgraph.home");
			if (home != null) {
				command.add("-Dipgraph.home=" + home);
			}
			command.addAll(List.of("-jar", jar.toString()));
			return command;
		}

		static void print(ScaleReport report, PrintStream out) {
			out.printf("%s; service -Xmx%s; %d timed requests per endpoint after %d warm-up%n", report.machine(),
					report.serviceHeap(), report.requests(), report.warmUp());
			for (ScaleReport.Size size : report.sizes()) {
				out.printf(Locale.ROOT,
						"%n%,d patents (%s): snapshots batch %s s, ready %s s, heap %s MB, ingest %s s, refresh %s s%n",
						size.patents(),
						size.reused() ? "reused store" : "built in " + figure(size.buildSeconds()) + " s",
						figure(size.snapshotsSeconds()), figure(size.readySeconds()), figure(size.heapMb()),
						figure(size.ingestSeconds()), figure(size.refreshSeconds()));
				out.printf("  %-22s %8s %8s %8s %8s %7s%n", "endpoint", "requests", "p50 ms", "p95 ms", "max ms",
						"errors");
				for (Map.Entry<String, ScaleReport.Endpoint> e : size.endpoints().entrySet()) {
					ScaleReport.Endpoint s = e.getValue();
					out.printf("  %-22s %8d %8s %8s %8s %7d%n", e.getKey(), s.requests(), figure(s.p50Ms()),
							figure(s.p95Ms()), figure(s.maxMs()), s.errors());
				}
				size.failures().forEach(f -> out.println("  FAILED " + f));
			}
		}

		private static String figure(Double value) {
			return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
		}

	}

}
