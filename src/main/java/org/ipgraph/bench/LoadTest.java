package org.ipgraph.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * N clients send requests round-robin over a list of URLs for a fixed time, then stop.
 * Only loopback addresses are accepted, so the test can never load someone else's server.
 */
public final class LoadTest {

	private final URI base;

	private final String authorization;

	private final int clients;

	private final Duration duration;

	private final List<String> paths;

	public LoadTest(URI base, String authorization, int clients, Duration duration, List<String> paths) {
		this.base = requireLoopback(base);
		if (clients < 1 || clients > 256) {
			throw new IllegalArgumentException("clients must be between 1 and 256");
		}
		if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(1)) > 0) {
			throw new IllegalArgumentException("duration must be between 1 s and 1 h");
		}
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("no URLs to request");
		}
		this.authorization = authorization;
		this.clients = clients;
		this.duration = duration;
		this.paths = List.copyOf(paths);
	}

	static URI requireLoopback(URI base) {
		try {
			if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
				throw new IllegalArgumentException("The load test only targets loopback addresses, not " + base);
			}
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("The load test only targets loopback addresses; cannot resolve " + base,
					ex);
		}
		return base;
	}

	/**
	 * Sends each URL once, in order (a warm-up); fails on a response other than 2xx.
	 */
	public void runOnce() throws java.io.IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		for (String path : this.paths) {
			HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
				.timeout(Duration.ofMinutes(5))
				.GET();
			if (this.authorization != null) {
				request.header("Authorization", this.authorization);
			}
			int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status < 200 || status >= 300) {
				throw new IllegalStateException("Warm-up request " + path + " answered " + status);
			}
		}
	}

	public Result run() throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + this.duration.toNanos();
		Map<String, Recorder> byPath = new ConcurrentHashMap<>();
		Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
		AtomicLong next = new AtomicLong();
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < this.clients; c++) {
				pool.submit(() -> {
					while (System.nanoTime() < deadline) {
						String path = this.paths.get((int) (next.getAndIncrement() % this.paths.size()));
						HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
							.timeout(Duration.ofSeconds(60))
							.GET();
						if (this.authorization != null) {
							request.header("Authorization", this.authorization);
						}
						long t0 = System.nanoTime();
						int status;
						try {
							status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
						}
						catch (Exception ex) {
							status = -1;
						}
						long micros = (System.nanoTime() - t0) / 1000;
						byPath.computeIfAbsent(endpoint(path), p -> new Recorder()).add(micros, status);
						statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
					}
					return null;
				});
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<String, Summary> endpoints = new LinkedHashMap<>();
		byPath.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> endpoints.put(e.getKey(), e.getValue().summary(seconds)));
		Recorder all = new Recorder();
		byPath.values().forEach(all::addAll);
		Map<String, Recorder> byClass = new LinkedHashMap<>();
		byPath.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> byClass.computeIfAbsent(costClass(e.getKey()), c -> new Recorder()).addAll(e.getValue()));
		Map<String, Summary> classes = new LinkedHashMap<>();
		byClass.forEach((name, recorder) -> classes.put(name, recorder.summary(seconds)));
		Map<Integer, Long> counts = new LinkedHashMap<>();
		statuses.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> counts.put(e.getKey(), e.getValue().sum()));
		return new Result(this.clients, seconds, all.summary(seconds), endpoints, counts, classes);
	}

	/**
	 * {@code lookups} for single entities, searches and stats, {@code heavy} for the
	 * recommendations, pools and risk reports: the service's cost classes.
	 */
	static String costClass(String endpoint) {
		return endpoint.startsWith("/api/v1/organizations") || endpoint.startsWith("/api/v1/patents")
				|| endpoint.startsWith("/api/v1/stats") ? "lookups" : "heavy";
	}

	private static String endpoint(String path) {
		int query = path.indexOf('?');
		return query < 0 ? path : path.substring(0, query);
	}

	/**
	 * @param clients concurrent clients
	 * @param seconds how long it ran
	 * @param overall all requests
	 * @param endpoints per endpoint path
	 * @param statuses responses per HTTP status, -1 for transport errors
	 * @param classes per cost class: lookups, heavy
	 */
	public record Result(int clients, double seconds, Summary overall, Map<String, Summary> endpoints,
			Map<Integer, Long> statuses, Map<String, Summary> classes) {
	}

	/**
	 * @param requests requests sent
	 * @param errors responses other than 2xx, and transport errors
	 * @param throughput requests per second
	 * @param p50Ms median latency
	 * @param p95Ms 95th percentile latency
	 * @param p99Ms 99th percentile latency
	 * @param maxMs slowest
	 */
	public record Summary(long requests, long errors, double throughput, double p50Ms, double p95Ms, double p99Ms,
			double maxMs) {
	}

	private static final class Recorder {

		private final List<long[]> samples = new ArrayList<>();

		synchronized void add(long micros, int status) {
			this.samples.add(new long[] { micros, status });
		}

		synchronized void addAll(Recorder other) {
			synchronized (other) {
				this.samples.addAll(other.samples);
			}
		}

		synchronized Summary summary(double seconds) {
			long[] latencies = this.samples.stream().mapToLong(s -> s[0]).sorted().toArray();
			long errors = this.samples.stream().filter(s -> s[1] < 200 || s[1] >= 300).count();
			return new Summary(latencies.length, errors, latencies.length / seconds, percentile(latencies, 50),
					percentile(latencies, 95), percentile(latencies, 99),
					latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1000.0);
		}

	}

	/**
	 * The nearest-rank percentile of sorted latencies in microseconds, in milliseconds (0
	 * when there are none).
	 */
	static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1000.0;
	}

	static List<String> split(String csv) {
		return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
