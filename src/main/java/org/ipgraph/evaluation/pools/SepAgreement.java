package org.ipgraph.evaluation.pools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.SharedData;
import org.ipgraph.web.PageRequest;
import org.ipgraph.pools.PoolService;
import org.ipgraph.pools.PoolResults;
import org.ipgraph.pools.PoolQuery;
import org.ipgraph.pools.PoolData;
import org.ipgraph.pools.PoolCandidate;

/**
 * On the real SEP declaration sample: patents declared to the same specification by
 * different companies should land in the same candidate. Counted over such pairs,
 * searching each specification by itself and all declared patents as one seed set, beside
 * the CPC-group baseline. A patent is in a candidate as a member or as a listed
 * substitute of one (family members of one declaration are one invention).
 */
record SepAgreement(PoolService service, IngestService ingest, ScratchGraph graph) {

	static final String FOLDER = "iplytics-sep-sample";

	private static final String PAIRS = """
			MATCH (p:Patent)-[d:DECLARED_ESSENTIAL_TO]->(s:Standard)<-[e:DECLARED_ESSENTIAL_TO]-(q:Patent)
			WHERE p.number < q.number AND d.declarant <> e.declarant
			RETURN s.id AS standard, p.number AS p, q.number AS q
			ORDER BY standard, p, q
			""";

	void run(EvaluationReport.Builder report) {
		String task = "SEP sample: pairs declared to one spec by different companies in one candidate";
		var folder = SharedData.find(FOLDER).orElse(null);
		if (folder == null) {
			report.note("SEP sample not found (set IPGRAPH_SHARED_DATA); skipped.");
			return;
		}
		this.graph.clear();
		this.ingest.ingest("sep-csv", List.of(folder), IngestListener.NONE);
		List<Map<String, Object>> pairs = new ArrayList<>(this.graph.client().query(PAIRS).fetch().all());
		Map<String, List<String[]>> byStandard = new TreeMap<>();
		Set<String> declared = new TreeSet<>();
		for (Map<String, Object> row : pairs) {
			String p = (String) row.get("p");
			String q = (String) row.get("q");
			byStandard.computeIfAbsent((String) row.get("standard"), k -> new ArrayList<>()).add(new String[] { p, q });
			declared.add(p);
			declared.add(q);
		}
		int together = 0;
		int candidates = 0;
		int declaredTogether = 0;
		int declaredPools = 0;
		for (Map.Entry<String, List<String[]>> entry : byStandard.entrySet()) {
			// agreement with declarations, whatever the patents' status now
			PoolQuery query = PoolQuery.standard(entry.getKey(), 3).includingExpired(true);
			List<String> notes = new ArrayList<>();
			PoolData scope = this.service.load(query, notes);
			List<PoolCandidate> found = this.service
				.search(query, scope, notes, PageRequest.of(0, PageRequest.MAX_SIZE), this.service.parameters())
				.items();
			candidates += found.size();
			together += together(entry.getValue(), found);
			List<PoolCandidate> declaredPool = Baselines.declared(scope, entry.getKey())
				.stream()
				.filter(c -> c.licensors().size() >= 3)
				.toList();
			declaredPools += declaredPool.size();
			declaredTogether += together(entry.getValue(), declaredPool);
		}
		List<String[]> all = byStandard.values().stream().flatMap(List::stream).toList();
		PoolQuery seeds = PoolQuery.patents(List.copyOf(declared), 3).includingExpired(true);
		PoolResults seeded = this.service.find(seeds, PageRequest.of(0, PageRequest.MAX_SIZE));
		PoolData data = this.service.load(seeds, new ArrayList<>());
		List<PoolCandidate> baseline = Baselines.cpcGroups(data, 3);
		figure(report, task, "leiden, each spec searched", together, all.size(), candidates);
		figure(report, task, "leiden, all declared as seeds", together(all, seeded.items()), all.size(),
				seeded.items().size());
		figure(report, task, "baseline: declared to the spec (3+ owners)", declaredTogether, all.size(), declaredPools);
		figure(report, task, "baseline: CPC main group", together(all, baseline), all.size(), baseline.size());
		long classified = data.patents().stream().filter(p -> !p.cpc().isEmpty()).count();
		Map<String, Set<String>> declarants = new HashMap<>();
		this.graph.client()
			.query("MATCH (o:Organization)-[:DECLARED]->(s:Standard) RETURN s.id AS s, o.id AS o")
			.fetch()
			.all()
			.forEach(r -> declarants.computeIfAbsent((String) r.get("s"), k -> new TreeSet<>())
				.add((String) r.get("o")));
		List<String> three = declarants.entrySet()
			.stream()
			.filter(e -> e.getValue().size() >= 3)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		report.note(String.format(Locale.ROOT,
				"SEP sample (%s): %d pairs of patents (family members counted apart) declared to one specification "
						+ "by different companies, over %d specifications; %d patents in scope, %d with a CPC "
						+ "classification (the sample has none, so the CPC baseline groups nothing). Only %s %s 3 "
						+ "or more declaring companies; for the other specifications a candidate of 3 independent "
						+ "owners exists only with the specifications their declared patents are also declared to. "
						+ "The sample is tiny (7 organizations), mostly family members of two Samsung filings: a "
						+ "sanity check of the declaration rules, not a quality estimate.",
				FOLDER, all.size(), byStandard.size(), data.patents().size(), classified,
				three.isEmpty() ? "no specification" : String.join(", ", three), three.size() == 1 ? "has" : "have"));
	}

	private static void figure(EvaluationReport.Builder report, String task, String model, int together, int pairs,
			int candidates) {
		report.figure(task, model, "pairs", (double) pairs);
		report.figure(task, model, "together", (double) together);
		report.figure(task, model, "share", pairs == 0 ? 0.0 : (double) together / pairs);
		report.figure(task, model, "candidates", (double) candidates);
	}

	static int together(List<String[]> pairs, List<PoolCandidate> candidates) {
		List<Set<String>> pools = candidates.stream().map(c -> {
			Set<String> in = new TreeSet<>();
			c.members().forEach(m -> in.add(m.number()));
			c.substitutes().forEach(s -> in.add(s.number()));
			return in;
		}).toList();
		int together = 0;
		for (String[] pair : pairs) {
			together += pools.stream().anyMatch(p -> p.contains(pair[0]) && p.contains(pair[1])) ? 1 : 0;
		}
		return together;
	}

}
