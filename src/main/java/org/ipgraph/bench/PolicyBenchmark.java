package org.ipgraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ipgraph.policies.DemandRequest;
import org.ipgraph.policies.PolicyService;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Measures policy matching on the graph the application runs against (a demo store with
 * policy texts ingested): the organizations with the most patents and a sample of the
 * rest, each matched once as a warm-up and then timed, and demands. Latency per request,
 * as the endpoints answer.
 */
@Component
public record PolicyBenchmark(PolicyService policies, Neo4jClient neo4j) {

	/**
	 * @param organizations organizations matched
	 * @param policies policies and funds judged per request
	 * @param kind organization or demand
	 * @param requests timed requests
	 * @param p50 median latency, ms
	 * @param p95 95th percentile, ms
	 * @param max slowest, ms
	 */
	public record Result(String kind, int organizations, int policies, int requests, double p50, double p95,
			double max) {
	}

	private static final String OWNERS = """
			MATCH (o:Organization) WHERE o.owner
			WITH o, COUNT { (o)-[:OWNS]->() } AS patents
			ORDER BY patents DESC, o.id
			WITH collect(o.id) AS ids
			UNWIND ids[..$top] + [i IN range($top, size(ids) - 1, $step) | ids[i]] AS id
			RETURN id
			""";

	public List<Result> run(int top, int sample, int repeats) {
		List<String> ids = List.copyOf(this.neo4j.query(OWNERS)
			.bindAll(Map.of("top", top, "step", Math.max(1, sample)))
			.fetchAs(String.class)
			.all());
		if (ids.isEmpty()) {
			throw new IllegalStateException("no patent owners in the graph: load a demo store first");
		}
		int judged = this.policies.match(ids.get(0), 1).policies();
		List<Result> results = new ArrayList<>();
		results.add(time("organization", ids.size(), judged, repeats,
				ids.stream().map(id -> (Runnable) () -> this.policies.match(id, 20)).toList()));
		List<Runnable> demands = List.of(
				() -> this.policies.match(new DemandRequest("semiconductor packaging for drones", null, "company", "DE",
						null, "small", 20)),
				() -> this.policies.match(new DemandRequest("a licence for medical device sensors", List.of("A61B5"),
						"university", "US", null, null, 20)));
		results.add(time("demand", 0, judged, repeats * Math.max(1, ids.size() / 2), demands));
		return results;
	}

	private static Result time(String kind, int organizations, int judged, int repeats, List<Runnable> calls) {
		calls.forEach(Runnable::run);
		List<Double> millis = new ArrayList<>();
		for (int r = 0; r < repeats; r++) {
			for (Runnable call : calls) {
				long start = System.nanoTime();
				call.run();
				millis.add((System.nanoTime() - start) / 1e6);
			}
		}
		double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		return new Result(kind, organizations, judged, sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.95),
				sorted[sorted.length - 1]);
	}

	private static double percentile(double[] sorted, double q) {
		int i = (int) Math.ceil(q * sorted.length) - 1;
		return Math.round(sorted[Math.max(0, i)] * 10) / 10.0;
	}

}
