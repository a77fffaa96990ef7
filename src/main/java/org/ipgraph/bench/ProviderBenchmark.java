package org.ipgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ipgraph.evaluation.providers.SyntheticCounsel;
import org.ipgraph.providers.ProviderService;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Measures provider ranking on the graph the application runs against: each need without
 * an area, in each of the most litigated CPC subclasses, and in each court; one warm-up
 * (which reads the track records), then timed rounds. Latency per request, as the
 * endpoint answers it.
 */
@Component
public record ProviderBenchmark(ProviderService providers, Neo4jClient neo4j) {

	static final List<String> NEEDS = List.of("litigation-defense", "prosecution", "valuation", "licensing");

	/**
	 * @param need the need
	 * @param requests timed requests
	 * @param p50 median latency, ms
	 * @param p95 95th percentile, ms
	 * @param max slowest, ms
	 */
	public record Result(String need, int requests, double p50, double p95, double max) {
	}

	/**
	 * @param patents patents in the graph
	 * @param cases litigation cases
	 * @param representations {@code REPRESENTED_BY} relationships
	 * @param added synthetic ones added by this run
	 * @param providers providers in the graph
	 * @param buildSeconds the first request: reading every track record
	 * @param results per need, then all
	 */
	public record Report(long patents, long cases, long representations, int added, long providers, double buildSeconds,
			List<Result> results) {
	}

	private static final String AREAS = """
			MATCH (:LitigationCase)<-[:ASSERTED_IN]-(:Patent)-[:CLASSIFIED_AS]->(t:Technology)
			WITH left(t.symbol, 4) AS area, count(*) AS n ORDER BY n DESC, area LIMIT $limit
			RETURN area
			""";

	private static final String COURTS = """
			MATCH (c:LitigationCase) WHERE c.court IS NOT NULL
			RETURN DISTINCT c.court AS court ORDER BY court LIMIT 20
			""";

	private static final String COUNTS = """
			RETURN COUNT { (:Patent) } AS patents, COUNT { (:LitigationCase) } AS cases,
			       COUNT { ()-[:REPRESENTED_BY]->() } AS representations, COUNT { (:Provider) } AS providers
			""";

	public Report run(boolean syntheticCounsel, int areas, int repeats) {
		int added = syntheticCounsel ? SyntheticCounsel.attach(this.neo4j, 42) : 0;
		Map<String, Object> counts = this.neo4j.query(COUNTS).fetch().one().orElseThrow();
		long start = System.nanoTime();
		this.providers.rank(NEEDS.get(0), null, null, 10);
		double build = (System.nanoTime() - start) / 1e9;
		List<String> cpc = new ArrayList<>(this.neo4j.query(AREAS).bind(areas).to("limit").fetchAs(String.class).all());
		List<String> courts = List.copyOf(this.neo4j.query(COURTS).fetchAs(String.class).all());
		Map<String, List<Runnable>> calls = new java.util.LinkedHashMap<>();
		for (String need : NEEDS) {
			List<Runnable> these = new ArrayList<>();
			these.add(() -> this.providers.rank(need, null, null, 10));
			cpc.forEach(area -> these.add(() -> this.providers.rank(need, area, null, 10)));
			for (int i = 0; i < courts.size(); i++) {
				String court = courts.get(i);
				String area = cpc.isEmpty() ? null : cpc.get(i % cpc.size());
				these.add(() -> this.providers.rank(need, area, court, 10));
			}
			calls.put(need, these);
		}
		// every call once before any is timed, so no need pays for the others' warm-up
		calls.values().forEach(these -> these.forEach(Runnable::run));
		List<Result> results = new ArrayList<>();
		List<Double> all = new ArrayList<>();
		calls.forEach((need, these) -> {
			List<Double> millis = time(these, repeats);
			all.addAll(millis);
			results.add(result(need, millis));
		});
		results.add(result("all", all));
		return new Report(number(counts, "patents"), number(counts, "cases"), number(counts, "representations"), added,
				number(counts, "providers"), build, results);
	}

	private static long number(Map<String, Object> counts, String key) {
		return ((Number) counts.get(key)).longValue();
	}

	private static List<Double> time(List<Runnable> calls, int repeats) {
		List<Double> millis = new ArrayList<>(calls.size() * repeats);
		for (int round = 0; round < repeats; round++) {
			calls.forEach(call -> {
				long t = System.nanoTime();
				call.run();
				millis.add((System.nanoTime() - t) / 1e6);
			});
		}
		return millis;
	}

	private static Result result(String need, List<Double> millis) {
		double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return new Result(need, sorted.length, round(PartnerBenchmark.percentile(sorted, 50)),
				round(PartnerBenchmark.percentile(sorted, 95)), round(sorted[sorted.length - 1]));
	}

	private static double round(double millis) {
		return Math.round(millis * 10) / 10.0;
	}

}
