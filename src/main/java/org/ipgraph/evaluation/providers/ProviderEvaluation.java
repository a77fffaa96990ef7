package org.ipgraph.evaluation.providers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.evaluation.Evaluation;
import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.evaluation.Metrics;
import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.SharedData;
import org.ipgraph.providers.ProviderReport;
import org.ipgraph.providers.ProviderService;
import org.ipgraph.providers.ProvidersProperties;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * {@code ipgraph evaluate providers}: for each case filed on or after a cut date, the
 * providers are ranked for litigation defense in the case's CPC area and court from what
 * the graph held before the cut, and the ranking is scored on whether the firms and
 * attorneys that actually represented the accused side are in the top 10 (hit@10, P@10,
 * MRR), beside a popularity baseline (most cases before the cut). Nothing is tuned on the
 * test cases: the weights are fixed in the service.
 * <ul>
 * <li>Real: the shared data's litigation records (PTAB proceedings and assignment records
 * in {@code uspto-api-response-fixtures}), plus an OCE docket release when one is named
 * with {@code --option oce=DIR}. Counts are reported whatever they are.</li>
 * <li>Synthetic: the demo ecosystem with {@link SyntheticCounsel} (labelled
 * synthetic).</li>
 * </ul>
 */
@Component
class ProviderEvaluation implements Evaluation {

	static final String CUT = "2019-01-01";

	static final String SYNTHETIC_CUT = "2016-01-01";

	private static final int K = 10;

	private static final String TEST_CASES = """
			MATCH (c:LitigationCase)-[r:REPRESENTED_BY]->(p:Provider)
			WHERE c.filedOn >= $cut AND r.side IN ['defendant', 'petitioner']
			WITH c, collect(DISTINCT p.id) AS counsel
			RETURN c.id AS id, c.court AS court, counsel,
			       COLLECT { MATCH (c)<-[:ASSERTED_IN]-(:Patent)-[:CLASSIFIED_AS]->(t:Technology)
			                 WITH left(t.symbol, 4) AS area, count(*) AS n ORDER BY n DESC, area LIMIT 1
			                 RETURN area } AS area
			ORDER BY id
			""";

	private static final String SEEN = """
			MATCH (c:LitigationCase)-[r:REPRESENTED_BY]->(p:Provider)
			WHERE c.filedOn < $cut
			RETURN count(DISTINCT c) AS cases, collect(DISTINCT p.id) AS providers
			""";

	private final IngestService ingest;

	private final DemoLoader demo;

	ProviderEvaluation(IngestService ingest, DemoLoader demo) {
		this.ingest = ingest;
		this.demo = demo;
	}

	@Override
	public String name() {
		return "providers";
	}

	@Override
	public String description() {
		return "provider ranking held out by time: is the accused side's actual counsel in the top 10, against a "
				+ "popularity baseline (real litigation records of the shared data, and the demo with synthetic counsel)";
	}

	@Override
	public EvaluationReport run(Map<String, String> options) {
		EvaluationReport.Builder report = EvaluationReport.builder(name());
		ProvidersProperties properties = new ProvidersProperties(null, false, K, null);
		real(report, options, properties);
		if (!"false".equals(options.get("synthetic"))) {
			synthetic(report, options, properties);
		}
		return report.build();
	}

	private void real(EvaluationReport.Builder report, Map<String, String> options, ProvidersProperties properties) {
		LocalDate cut = LocalDate.parse(options.getOrDefault("cut", CUT));
		List<Path> files = new ArrayList<>();
		SharedData.root(options.get("shared"), "uspto-api-response-fixtures")
			.ifPresent(root -> files.add(root.resolve("uspto-api-response-fixtures")));
		if (options.get("oce") != null) {
			files.add(Path.of(options.get("oce")));
		}
		if (files.isEmpty()) {
			report.note("Real: no litigation records found (shared data uspto-api-response-fixtures absent and no "
					+ "--option oce=DIR): no real figure.");
			return;
		}
		try (ScratchGraph scratch = ScratchGraph.start()) {
			IngestReport read = this.ingest.on(scratch.driver()).ingest("auto", files, IngestListener.NONE);
			String task = "real: accused side's counsel, cases filed from " + cut;
			int tested = score(report, task, scratch.client(), properties, cut);
			report.note("Real: ingested " + files + " (" + read.getRejected() + " records rejected) into a scratch "
					+ "graph; cut " + cut + " fixed before looking at the records. " + tested
					+ " test cases with accused-side counsel. The shared data holds one PTAB proceeding with counsel "
					+ "and no OCE docket tables, so without --option oce=DIR (the USPTO OCE Patent Litigation Docket "
					+ "Reports release) there is no real figure worth the name; the counts say so.");
		}
	}

	private void synthetic(EvaluationReport.Builder report, Map<String, String> options,
			ProvidersProperties properties) {
		int patents = Integer.parseInt(options.getOrDefault("patents", "3000"));
		long seed = Long.parseLong(options.getOrDefault("seed", "" + DemoParameters.DEFAULT_SEED));
		LocalDate cut = LocalDate.parse(options.getOrDefault("syntheticCut", SYNTHETIC_CUT));
		try (ScratchGraph scratch = ScratchGraph.start()) {
			this.demo.on(scratch.driver()).load(new DemoParameters(patents, seed, 0.1), DemoProgress.NONE);
			int added = SyntheticCounsel.attach(scratch.client(), seed);
			String task = "synthetic demo (" + patents + " patents, seed " + seed + "): accused side's counsel, cases "
					+ "filed from " + cut;
			int tested = score(report, task, scratch.client(), properties, cut);
			report.note("Synthetic: the demo ecosystem with " + added + " synthetic REPRESENTED_BY (a party keeps its "
					+ "firm, chosen with the court for the accused side, four times in five); " + tested
					+ " test cases. This shows the ranking runs end to end, not that it is good.");
		}
	}

	/**
	 * Scores the ranking and the baseline on the cases filed from {@code cut}.
	 * @return the number of test cases
	 */
	private static int score(EvaluationReport.Builder report, String task, Neo4jClient client,
			ProvidersProperties properties, LocalDate cut) {
		ProviderService service = ProviderService.over(client, properties);
		Map<String, Object> seen = client.query(SEEN).bind(cut).to("cut").fetch().one().orElseThrow();
		Set<String> known = new HashSet<>();
		((List<?>) seen.get("providers")).forEach(p -> known.add((String) p));
		List<String> popular = service.popular(K, cut);
		List<double[]> model = new ArrayList<>();
		List<double[]> baseline = new ArrayList<>();
		int reachable = 0;
		for (Map<String, Object> c : client.query(TEST_CASES).bind(cut).to("cut").fetch().all()) {
			Set<String> relevant = new HashSet<>();
			((List<?>) c.get("counsel")).forEach(p -> relevant.add((String) p));
			if (relevant.stream().anyMatch(known::contains)) {
				reachable++;
			}
			List<?> area = (List<?>) c.get("area");
			ProviderReport ranked = service.rank("litigation-defense", area.isEmpty() ? null : (String) area.get(0),
					(String) c.get("court"), K, cut, true);
			List<String> ids = ranked.providers().stream().map(ProviderReport.RankedProvider::id).toList();
			model.add(figures(ids, relevant));
			baseline.add(figures(popular, relevant));
		}
		put(report, task, "provider ranking", model);
		put(report, task, "baseline: popularity (most cases before the cut)", baseline);
		report.figure(task, "data", "test_cases", model.size());
		report.figure(task, "data", "test_cases_with_counsel_seen_before_cut", reachable);
		report.figure(task, "data", "train_cases", ((Number) seen.get("cases")).intValue());
		report.figure(task, "data", "providers_before_cut", known.size());
		return model.size();
	}

	private static double[] figures(List<String> ranked, Set<String> relevant) {
		return new double[] { Metrics.recallAt(K, ranked, relevant) > 0 ? 1 : 0,
				Metrics.precisionAt(K, ranked, relevant), Metrics.reciprocalRank(ranked, relevant) };
	}

	private static void put(EvaluationReport.Builder report, String task, String model, List<double[]> figures) {
		String[] metrics = { "hit_at_10", "p_at_10", "mrr" };
		for (int m = 0; m < metrics.length; m++) {
			int i = m;
			double[] values = figures.stream().mapToDouble(f -> f[i]).toArray();
			report.figure(task, model, metrics[m],
					values.length == 0 ? null : Math.round(Metrics.mean(values) * 10_000) / 10_000.0);
		}
	}

}
