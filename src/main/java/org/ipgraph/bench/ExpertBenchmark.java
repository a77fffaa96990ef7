package org.ipgraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ipgraph.web.PageRequest;
import org.ipgraph.experts.ExpertService;
import org.ipgraph.experts.ExpertIndexHolder;
import org.ipgraph.experts.ExpertIndex;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Latency of the expert service on the current graph: the index build once, then topic
 * queries (patent titles) and patent queries, each timed from the call to the returned
 * page as the REST endpoint runs it (ranking, conflict test, consent read, redaction),
 * after a warm-up.
 */
@Component
public record ExpertBenchmark(ExpertIndexHolder indexes, ExpertService experts, Neo4jClient neo4j) {

	private static final String SAMPLE = """
			MATCH (p:Patent) WHERE p.title IS NOT NULL AND EXISTS { (p)<-[:INVENTED]-() }
			WITH p ORDER BY p.number
			WITH collect(p) AS patents
			UNWIND range(0, $n - 1) AS i
			WITH patents[(i * $stride + $offset) % size(patents)] AS p
			RETURN p.number AS number, p.title AS title
			""";

	/**
	 * Latencies in milliseconds.
	 */
	public record Latency(String query, int runs, double p50, double p95, double max) {
	}

	/**
	 * The results.
	 */
	public record Result(int patents, int people, double buildSeconds, double retainedMb, List<Latency> latencies) {
	}

	public Result run(int queries, long seed, List<String> exclude, Consumer<String> progress) {
		long before = heapAfterCollection();
		long start = System.nanoTime();
		ExpertIndex index = this.indexes.refresh();
		double build = (System.nanoTime() - start) / 1e9;
		double retained = (heapAfterCollection() - before) / 1e6;
		List<Map<String, Object>> sample = List.copyOf(this.neo4j.query(SAMPLE)
			.bindAll(Map.of("n", queries, "stride", 7919, "offset", Math.floorMod(seed, 7919)))
			.fetch()
			.all());
		List<String> titles = sample.stream().map(r -> (String) r.get("title")).toList();
		List<String> numbers = sample.stream().map(r -> (String) r.get("number")).toList();
		PageRequest page = PageRequest.of(0, 20);
		progress.accept("warm-up");
		titles.stream().limit(20).forEach(t -> this.experts.forTopic(t, exclude, page));
		List<Latency> latencies = new ArrayList<>();
		progress.accept("topics");
		latencies.add(time("topic (a patent title), page of 20", titles, t -> this.experts.forTopic(t, exclude, page)));
		progress.accept("patents");
		latencies.add(time("patent number, page of 20", numbers, n -> this.experts.forPatent(n, exclude, page)));
		return new Result(index.corpus.size(), index.people(), build, retained, latencies);
	}

	/**
	 * Heap in use after full collections: what is live. The index the holder keeps
	 * accounts for the difference before and after its build (in a CLI process no other
	 * snapshot is built meanwhile).
	 */
	@SuppressWarnings("java:S1215")
	private static long heapAfterCollection() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static Latency time(String name, List<String> inputs, Consumer<String> call) {
		double[] millis = new double[inputs.size()];
		for (int i = 0; i < inputs.size(); i++) {
			long start = System.nanoTime();
			call.accept(inputs.get(i));
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return new Latency(name, millis.length, percentile(millis, 0.5), percentile(millis, 0.95),
				millis.length == 0 ? 0 : millis[millis.length - 1]);
	}

	private static double percentile(double[] sorted, double q) {
		return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
	}

}
