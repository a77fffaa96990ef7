package org.ipgraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.ipgraph.web.PageRequest;
import org.ipgraph.partners.PartnerSnapshots;
import org.ipgraph.snapshot.GraphSnapshot;
import org.ipgraph.partners.PartnerSnapshot;
import org.ipgraph.partners.PartnerService;
import org.ipgraph.partners.PartnerQuery;
import org.ipgraph.partners.DemandQuery;

import org.springframework.stereotype.Component;

/**
 * {@code ipgraph partners bench}: the latency of both endpoints' service calls on the
 * current graph, after the snapshot (profiles, models, indexes) is built once. Requesters
 * are the largest owners and a seeded sample of the others; demands are titles of seeded
 * random patents plus one fixed wearables demand.
 */
@Component
public class PartnerBenchmark {

	static final String WEARABLES = "We need a low-power gait sensor for elderly-care wearables";

	private final PartnerService service;

	private final PartnerSnapshots snapshots;

	PartnerBenchmark(PartnerService service, PartnerSnapshots snapshots) {
		this.service = service;
		this.snapshots = snapshots;
	}

	public Report run(int requests, int warmUp, Consumer<String> progress) {
		long heapBefore = usedHeapAfterGc();
		long start = System.nanoTime();
		GraphSnapshot.Current<PartnerSnapshot> current = this.snapshots.refresh(true);
		double build = (System.nanoTime() - start) / 1e9;
		PartnerSnapshot s = current.value();
		long heapAfter = usedHeapAfterGc();

		List<String> requesters = requesters(s, requests);
		List<String> demands = demands(s, requests);
		progress.accept(String.format(java.util.Locale.ROOT, "snapshot built in %.1f s (%s); %d requests per call",
				build, s.graph, requests));
		Map<String, Latency> latencies = new LinkedHashMap<>();
		for (String role : List.of("any", "licensor")) {
			latencies.put("GET /partners role=" + role,
					measure(requesters, warmUp, id -> this.service.recommend(query(id, role, false))));
		}
		// side by side: every patent counted, as before in-force filtering (the first
		// call
		// builds those profiles, in the warm-up)
		latencies.put("GET /partners role=any includeExpired",
				measure(requesters, warmUp, id -> this.service.recommend(query(id, "any", true))));
		progress.accept(effect(requesters));
		latencies.put("POST /partners/for-demand",
				measure(demands, warmUp, text -> this.service.forDemand(DemandQuery.of(text))));
		Map<String, Double> steps = new LinkedHashMap<>(s.timings);
		steps.put("total", build);
		return new Report(s.graph.patents(), s.graph.organizations(), steps, heapBefore >> 20, heapAfter >> 20,
				latencies);
	}

	private static PartnerQuery query(String id, String role, boolean includeExpired) {
		return new PartnerQuery(id, role, null, null, null, null, List.of(), null, PageRequest.of(0, 20),
				includeExpired);
	}

	// How many requesters' top 10 change when ended patents no longer count
	private String effect(List<String> requesters) {
		List<String> distinct = requesters.stream().distinct().limit(50).toList();
		int differ = 0;
		int replaced = 0;
		for (String id : distinct) {
			List<String> live = top(id, false);
			List<String> all = top(id, true);
			differ += live.equals(all) ? 0 : 1;
			replaced += (int) all.stream().filter(o -> !live.contains(o)).count();
		}
		return String.format(java.util.Locale.ROOT,
				"in force (default) against includeExpired, role any, top 10 of %d requesters: %d differ, "
						+ "%.2f of 10 candidates replaced on average",
				distinct.size(), differ, distinct.isEmpty() ? 0.0 : replaced / (double) distinct.size());
	}

	private List<String> top(String id, boolean includeExpired) {
		return this.service.recommend(query(id, "any", includeExpired))
			.candidates()
			.items()
			.stream()
			.limit(10)
			.map(c -> c.organization().id())
			.toList();
	}

	private static List<String> requesters(PartnerSnapshot s, int n) {
		Integer[] owners = java.util.stream.IntStream.range(0, s.graph.organizations())
			.filter(o -> s.profiles.patentCount[o] > 0)
			.boxed()
			.sorted((a, b) -> s.profiles.patentCount[b] != s.profiles.patentCount[a]
					? Integer.compare(s.profiles.patentCount[b], s.profiles.patentCount[a])
					: s.graph.orgIds[a].compareTo(s.graph.orgIds[b]))
			.toArray(Integer[]::new);
		List<String> ids = new ArrayList<>();
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < n && owners.length > 0; i++) {
			int o = i < n / 2 ? owners[i % owners.length] : owners[random.nextInt(owners.length)];
			ids.add(s.graph.orgIds[o]);
		}
		return ids;
	}

	private static List<String> demands(PartnerSnapshot s, int n) {
		List<String> texts = new ArrayList<>();
		texts.add(WEARABLES);
		SplittableRandom random = new SplittableRandom(11);
		for (int tries = 0; texts.size() < n && tries < 100 * n && s.graph.patents() > 0; tries++) {
			String title = s.graph.patentTitles[random.nextInt(s.graph.patents())];
			if (title != null && !title.isBlank()) {
				texts.add("We need " + title.toLowerCase(java.util.Locale.ROOT));
			}
		}
		return texts;
	}

	private static Latency measure(List<String> inputs, int warmUp, Consumer<String> call) {
		for (int i = 0; i < Math.min(warmUp, inputs.size()); i++) {
			call.accept(inputs.get(i));
		}
		double[] millis = new double[inputs.size()];
		for (int i = 0; i < inputs.size(); i++) {
			long t = System.nanoTime();
			call.accept(inputs.get(i));
			millis[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(millis);
		return new Latency(millis.length, percentile(millis, 50), percentile(millis, 95), millis[millis.length - 1]);
	}

	// what the snapshot retains: the heap in use once garbage is collected
	private static long usedHeapAfterGc() {
		for (int i = 0; i < 2; i++) {
			System.gc();
		}
		return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	static double percentile(double[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	/**
	 * @param patents patents in the graph
	 * @param organizations organizations in the graph
	 * @param buildSeconds seconds per snapshot build step
	 * @param heapBeforeMb heap in use after a full collection before the build
	 * @param heapAfterMb the same holding the snapshot: the difference is what it retains
	 * @param latencies per call
	 */
	public record Report(int patents, int organizations, Map<String, Double> buildSeconds, long heapBeforeMb,
			long heapAfterMb, Map<String, Latency> latencies) {
	}

	/**
	 * @param calls measured calls
	 * @param p50 median milliseconds
	 * @param p95 95th percentile milliseconds
	 * @param max slowest milliseconds
	 */
	public record Latency(int calls, double p50, double p95, double max) {
	}

}
