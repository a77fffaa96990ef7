package org.ipgraph.evaluation.partners;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.demo.DemoTruth;
import org.ipgraph.evaluation.Evaluation;
import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.SharedData;
import org.ipgraph.ingest.SourceFormat;
import org.ipgraph.partners.PartnerProperties;
import org.ipgraph.partners.PartnerGraphLoader;
import org.ipgraph.partners.PartnerGraph;
import org.ipgraph.partners.LinkEvents;
import org.ipgraph.partners.LinearModel;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * {@code ipgraph evaluate partners}: temporal link prediction on the real Lens drones export and
 * recovery of the demo generator's planted partner pairs, the trained model beside
 * common-neighbours and Adamic-Adar (and single features and GDS rankers for reference). Runs in
 * a scratch graph; the user's graph is not touched.
 */
@Component
class PartnerEvaluation implements Evaluation {

	static final String LENS = "lens-drones-patents/drones_fulltext_families_5884.csv";

	private final IngestService ingest;

	private final DemoLoader demo;

	private final PartnerGraphLoader loader;

	private final SourceFormat lens;

	private final PartnerProperties properties;

	PartnerEvaluation(IngestService ingest, DemoLoader demo, PartnerGraphLoader loader, List<SourceFormat> formats,
			PartnerProperties properties) {
		this.ingest = ingest;
		this.demo = demo;
		this.loader = loader;
		this.lens = formats.stream().filter(f -> f.name().equals("lens-csv")).findFirst().orElseThrow();
		this.properties = properties;
	}

	@Override
	public String name() {
		return "partners";
	}

	@Override
	public String description() {
		return "Temporal partner prediction on the Lens drones export and the demo's planted pairs, against "
				+ "common-neighbours and Adamic-Adar";
	}

	@Override
	public EvaluationReport run(Map<String, String> options) {
		EvaluationReport.Builder report = EvaluationReport.builder(name());
		List<String> tasks = list(options.getOrDefault("tasks", "lens,demo"));
		boolean gds = Boolean.parseBoolean(options.getOrDefault("gds", "true"));
		try (ScratchGraph scratch = ScratchGraph.start()) {
			if (tasks.contains("lens")) {
				lens(scratch, options, gds, report);
			}
			if (tasks.contains("demo")) {
				demo(scratch, options, gds, report);
			}
		}
		return report.build();
	}

	private void lens(ScratchGraph scratch, Map<String, String> options, boolean gds, EvaluationReport.Builder report) {
		Path file = lensFile(options);
		if (file == null) {
			report.note("lens: " + LENS + " not found under the shared data (set IPGRAPH_SHARED_DATA or "
					+ "--option data=DIR); not measured");
			return;
		}
		LensSplit split = LensSplit.read(file, this.lens);
		PartnerGraph full = split.fullGraph();
		LinkEvents fullEvents = new LinkEvents(full);
		LensTemporalTask task = new LensTemporalTask(this.ingest, this.loader, this.properties.options(),
				this.properties.trainingWindows());
		Map<String, List<RankingEval.Figures>> pooled = new LinkedHashMap<>();
		Path tmp = tempDir();
		try {
			for (int cut : ints(options.getOrDefault("cuts", "2011,2012,2013"))) {
				LensTemporalTask.Result result = task.run(scratch, split, full, fullEvents, cut, tmp, gds);
				String name = "lens-drones cut " + cut;
				result.figures().forEach((model, f) -> {
					figures(report, name, model, f);
					pooled.computeIfAbsent(model, m -> new ArrayList<>()).add(f);
				});
				report.note(String.format(Locale.ROOT,
						"%s: %d families before the cut, %d organizations with patents, %d pairs first linked from %d "
								+ "on, %d query organizations; model %s (%d positive, %d negative training pairs, windows %s)",
						name, result.families(), result.organizations(), result.positives(), cut, result.queries(),
						result.model().training().method(), result.model().training().positives(),
						result.model().training().negatives(), result.model().training().windows()));
				gain(report, name, result.figures());
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(tmp.toFile());
		}
		Map<String, RankingEval.Figures> all = new LinkedHashMap<>();
		pooled.forEach((model, runs) -> all.put(model, RankingEval.Figures.pooled(runs)));
		all.forEach((model, f) -> figures(report, "lens-drones all cuts", model, f));
		gain(report, "lens-drones all cuts", all);
		report.note("lens protocol: " + split.records() + " records of " + file.getFileName() + "; for each cut the "
				+ "families with priority (else filing, else publication) year before it are ingested with lens-csv "
				+ "into a scratch graph; a pair is positive when its organizations, both in that graph, first co-apply "
				+ "or first share an inventor (same name key) in or after the cut year, in the whole export; each "
				+ "organization with a positive pair ranks every other organization of the pre-cut graph it had not yet "
				+ "linked with; P@10, R@10, MAP and MRR are averaged over those organizations, AUC is the per-"
				+ "organization AUC averaged; ties are broken by a hash of the pair, the same for every ranker. The model "
				+ "is trained on windows before the cut only (features before year T, labels from T to the cut).");
	}

	private void demo(ScratchGraph scratch, Map<String, String> options, boolean gds, EvaluationReport.Builder report) {
		int patents = Integer.parseInt(options.getOrDefault("patents", "3000"));
		int seeds = Integer.parseInt(options.getOrDefault("seeds", "3"));
		DemoAffinityTask task = new DemoAffinityTask(this.properties.options(), this.properties.trainingWindows());
		for (double noise : Arrays.stream(options.getOrDefault("noise", "0.1,0.5").split(","))
			.mapToDouble(Double::parseDouble)
			.toArray()) {
			List<PartnerGraph> graphs = new ArrayList<>();
			List<DemoTruth> truths = new ArrayList<>();
			List<Map<String, IntFunction<IntToDoubleFunction>>> gdsRankers = new ArrayList<>();
			for (int seed = 1; seed <= seeds; seed++) {
				DemoParameters parameters = new DemoParameters(patents, seed, noise);
				scratch.clear();
				DemoTruth truth = this.demo.on(scratch.driver()).load(parameters, DemoProgress.NONE).truth();
				PartnerGraph graph = this.loader.on(scratch.client()).load();
				Map<String, IntFunction<IntToDoubleFunction>> extra = new LinkedHashMap<>();
				if (gds) {
					extra.put("gds fastRP cosine", GdsRankers.fastRp(scratch.client(), graph, parameters.cutYear()));
					extra.put("gds nodeSimilarity (CPC)",
							GdsRankers.nodeSimilarity(scratch.client(), graph, parameters.cutYear()));
				}
				graphs.add(graph);
				truths.add(truth);
				gdsRankers.add(extra);
			}
			Map<String, Map<String, List<RankingEval.Figures>>> runs = new LinkedHashMap<>();
			List<String> training = new ArrayList<>();
			for (int i = 0; i < graphs.size(); i++) {
				int other = (i + 1) % graphs.size();
				LinearModel model = task.trainAfterCut(graphs.get(other), truths.get(other).parameters().cutYear());
				training.add(model.training().method() + " " + model.training().positives() + "+/"
						+ model.training().negatives() + "-");
				task.evaluate(graphs.get(i), truths.get(i), model, gdsRankers.get(i))
					.forEach((truth, byModel) -> byModel.forEach((name, f) -> runs
						.computeIfAbsent(truth, t -> new LinkedHashMap<>())
						.computeIfAbsent(name, n -> new ArrayList<>())
						.add(f)));
			}
			String base = String.format(Locale.ROOT, "demo %,d patents noise %.2f seeds 1-%d", patents, noise, seeds);
			runs.forEach((truth, byModel) -> {
				String name = base + (truth.equals("planted") ? " planted pairs" : " all first co-applications");
				Map<String, RankingEval.Figures> pooled = new LinkedHashMap<>();
				byModel.forEach((model, r) -> pooled.put(model, RankingEval.Figures.pooled(r)));
				pooled.forEach((model, f) -> figures(report, name, model, f));
				gain(report, name, pooled);
			});
			report.note(base + ": planted pairs per seed " + truths.stream().map(t -> t.partnerAffinities().size()).toList()
					+ "; model of seed s trained on seed s+1 (cyclic) from its cut year on: " + training);
		}
		report.note("demo protocol: each seed's ecosystem is loaded into a scratch graph with DemoLoader; profiles are "
				+ "taken before the cut year; each side of a planted pair ranks every organization with patents before "
				+ "the cut it had not co-applied with; relevant = its planted partner, so P@10 is at most 0.1 per query "
				+ "and R@10 (hits@10) is the easier figure to read. 'model' is trained as in production (temporal split, "
				+ "labels from the graph) on another seed's graph from its cut year on, because in a generated graph the "
				+ "planted mechanism appears only after the cut; the model trained on the test graph's own past is shown "
				+ "beside it.");
	}

	private static void figures(EvaluationReport.Builder report, String task, String model, RankingEval.Figures f) {
		report.figure(task, model, "P@10", f.precisionAt10())
			.figure(task, model, "R@10", f.recallAt10())
			.figure(task, model, "MAP", f.map())
			.figure(task, model, "MRR", f.mrr())
			.figure(task, model, "AUC", f.auc())
			.figure(task, model, "queries", f.queries());
	}

	private static void gain(EvaluationReport.Builder report, String task, Map<String, RankingEval.Figures> figures) {
		RankingEval.Figures model = figures.get("model");
		String best = Rankers.BASELINES.stream()
			.filter(figures::containsKey)
			.max(java.util.Comparator.comparingDouble(b -> figures.get(b).precisionAt10()))
			.orElse(null);
		if (model == null || best == null) {
			return;
		}
		double base = figures.get(best).precisionAt10();
		String gain = base == 0 ? (model.precisionAt10() > 0 ? "infinite (baseline 0)" : "none (both 0)")
				: String.format(Locale.ROOT, "%+.0f%%", 100 * (model.precisionAt10() / base - 1));
		report.note(String.format(Locale.ROOT, "%s: P@10 model %.4f vs best baseline %s %.4f: relative gain %s", task,
				model.precisionAt10(), best, base, gain));
	}

	private static Path lensFile(Map<String, String> options) {
		return SharedData.find(options.get("data"), LENS).orElse(null);
	}

	private static Path tempDir() {
		try {
			return Files.createTempDirectory("ipgraph-partners-eval");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> list(String value) {
		return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static int[] ints(String value) {
		return list(value).stream().mapToInt(Integer::parseInt).toArray();
	}

}
