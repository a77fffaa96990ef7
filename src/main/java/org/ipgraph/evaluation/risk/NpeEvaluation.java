package org.ipgraph.evaluation.risk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ipgraph.demo.DemoLoader;
import org.ipgraph.evaluation.Evaluation;
import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.SharedData;
import org.ipgraph.risk.NpeSignal;
import org.ipgraph.risk.NpeRiskScorer;
import org.ipgraph.risk.NpeModels;
import org.ipgraph.risk.NpeModel;

import org.springframework.stereotype.Component;

/**
 * {@code ipgraph evaluate npe}: the owner classifier on held-out owners, beside the
 * hand-set rules and a naive "sued three times" baseline: on the demo generator's planted
 * cases (leave one seed out, per noise level, hard negatives apart), with the shipped
 * model on seeds it was not trained on, and on the curated real labels found in the real
 * data.
 */
@Component
record NpeEvaluation(DemoLoader loader, IngestService ingest) implements Evaluation {

	@Override
	public String name() {
		return "npe";
	}

	@Override
	public String description() {
		return "NPE owner classifier: planted demo cases (leave one seed out) and curated real labels";
	}

	@Override
	public EvaluationReport run(Map<String, String> options) {
		NpeTraining.Options training = options(options);
		EvaluationReport.Builder report = EvaluationReport.builder(name());
		NpeModel shipped = NpeModels.shipped();
		NpeRiskScorer deployed = new NpeRiskScorer(shipped);
		Map<String, List<double[]>> exposure = new LinkedHashMap<>();
		NpeTraining.Dataset data;
		try (ScratchGraph scratch = ScratchGraph.start()) {
			data = NpeTraining.collect(training, this.loader, this.ingest, scratch, ecosystem -> ExposureEvaluation
				.evaluate(scratch.client(), ecosystem.truth(), deployed)
				.forEach((method, rows) -> exposure.computeIfAbsent(method, m -> new ArrayList<>()).addAll(rows)));
		}
		Map<String, NpeValidation.Method> methods = new LinkedHashMap<>();
		methods.put("classifier (Smile logistic)", NpeValidation.classifier(training.lambda()));
		methods.put("rules (hand-set, baseline)", NpeValidation.RULES);
		methods.put("sued 3+ times (baseline)", NpeValidation.FREQUENT_PLAINTIFF);
		methods.put("classifier, no litigation signals", NpeValidation.withoutLitigation(training.lambda()));
		List<LabelledOwner> planted = data.planted();
		Map<String, double[]> held = new LinkedHashMap<>();
		methods.forEach((name, method) -> held.put(name,
				NpeValidation.leaveGroupsOut(planted, o -> o.source().replaceAll("-noise-.*", ""), method)));
		held.forEach((name, p) -> figures(report, "planted owners, leave one seed out", name,
				NpeValidation.result(planted, p, o -> true)));
		for (double noise : training.noises()) {
			String level = String.format(Locale.ROOT, "-noise-%.2f", noise);
			held.forEach((name, p) -> figures(report, "planted owners at noise " + noise, name,
					NpeValidation.result(planted, p, o -> o.source().endsWith(level))));
		}
		held.forEach((name, p) -> figures(report, "planted litigating owners only (NPEs vs hard negatives)", name,
				NpeValidation.result(planted, p, o -> o.npe() || o.hardNegative())));
		if (shipped != null) {
			figures(report, "shipped model on these seeds", shipped.version(),
					NpeValidation.holdout(List.of(), planted, NpeValidation.fixed(shipped)));
			report.note("Shipped model: " + shipped.training() + ".");
		}
		exposure.forEach((method, rows) -> {
			String task = "exposure: rank of the patents NPEs asserted against each planted defendant";
			report.figure(task, method, "mrr", rows.stream().mapToDouble(r -> r[0]).average().orElse(Double.NaN));
			report.figure(task, method, "recall@10", rows.stream().mapToDouble(r -> r[1]).average().orElse(Double.NaN));
			report.figure(task, method, "defendants", rows.size());
			report.figure(task, method, "candidates",
					Math.round(rows.stream().mapToDouble(r -> r[2]).average().orElse(0)));
		});
		curated(report, data, methods, shipped);
		notes(report, training, data);
		return report.build();
	}

	private static void curated(EvaluationReport.Builder report, NpeTraining.Dataset data,
			Map<String, NpeValidation.Method> methods, NpeModel shipped) {
		List<LabelledOwner> curated = data.curated();
		long npes = curated.stream().filter(LabelledOwner::npe).count();
		if (curated.isEmpty()) {
			return;
		}
		if (npes < 3 || curated.size() - npes < 3) {
			report.note("Curated labels: " + curated.size() + " found in the real data, " + npes
					+ " of them NPEs: too few "
					+ "of each class for precision, recall, F1 or AUC; only the false positives among real operating "
					+ "companies are measured.");
		}
		else {
			List<LabelledOwner> all = data.all();
			for (Map.Entry<String, NpeValidation.Method> m : methods.entrySet()) {
				double[] p = NpeValidation.leaveGroupsOut(all,
						o -> o.source().equals("curated") ? "curated:" + o.id() : "planted", m.getValue());
				double[] real = Arrays.copyOfRange(p, data.planted().size(), all.size());
				figures(report, "curated real owners, leave one out (trained with the planted)", m.getKey(),
						NpeValidation.result(curated, real, o -> true));
			}
		}
		List<LabelledOwner> operating = curated.stream().filter(o -> !o.npe()).toList();
		List<LabelledOwner> named = operating.stream()
			.filter(o -> o.features()[NpeSignal.HOLDING_NAME.ordinal()] >= 0.6)
			.toList();
		Map<String, java.util.function.Function<LabelledOwner, Double>> fixed = new LinkedHashMap<>();
		fixed.put("classifier trained on the planted only",
				methods.get("classifier (Smile logistic)").fit(data.planted()));
		fixed.put("shipped model (trained with them)", NpeValidation.fixed(shipped).fit(List.of()));
		fixed.put("rules (hand-set, baseline)", NpeValidation.RULES.fit(List.of()));
		for (Map.Entry<String, java.util.function.Function<LabelledOwner, Double>> m : fixed.entrySet()) {
			var fit = m.getValue();
			report.figure("curated real operating companies called NPE", m.getKey(), "all",
					operating.stream().filter(o -> fit.apply(o) >= 0.5).count() + "/" + operating.size());
			report.figure("curated real operating companies called NPE", m.getKey(), "holding-named",
					named.stream().filter(o -> fit.apply(o) >= 0.5).count() + "/" + named.size());
		}
		List<String> called = new ArrayList<>();
		NpeRiskScorer scorer = new NpeRiskScorer(shipped);
		for (LabelledOwner owner : curated) {
			double p = owner.observedSignals() < NpeRiskScorer.MIN_OBSERVED_SIGNALS || shipped == null
					? NpeModel.RULES.probability(owner.features()) : shipped.probability(owner.features());
			called.add(String.format(Locale.ROOT, "%s %s %.2f", owner.id(), owner.npe() ? "(NPE)" : "(op.)", p));
		}
		report.note("Curated owners found, with the shipped model's score" + (scorer.model() == null ? " (rules)" : "")
				+ ": " + String.join("; ", called) + ".");
	}

	private static void figures(EvaluationReport.Builder report, String task, String model,
			NpeValidation.Result result) {
		result.figures().forEach((metric, value) -> report.figure(task, model, metric, value));
	}

	private static void notes(EvaluationReport.Builder report, NpeTraining.Options training, NpeTraining.Dataset data) {
		List<LabelledOwner> planted = data.planted();
		long npes = planted.stream().filter(LabelledOwner::npe).count();
		long hard = planted.stream().filter(LabelledOwner::hardNegative).count();
		report.note(String.format(Locale.ROOT,
				"Planted set: %d owners from %d demo ecosystems (seeds %s x noise %s, %d patents each): %d planted NPEs "
						+ "(shells and holding parents), %d litigating operating companies (hard negatives), the rest "
						+ "operating owners. Synthetic: the generator plants NPE behaviour the features were designed "
						+ "for, so these figures show the pipeline works, not how it fares on real owners.",
				planted.size(), training.seeds().size() * training.noises().size(), training.seeds(), training.noises(),
				training.patents(), npes, hard));
		NpeLabels labels = NpeLabels.load();
		long curatedNpes = labels.all().stream().filter(NpeLabels.Label::npe).count();
		List<LabelledOwner> curated = data.curated();
		report.note(String.format(Locale.ROOT,
				"Curated set: %d labels (%d NPEs, %d operating companies, public facts with sources in npe-labels.csv); "
						+ "%d of their organizations are in the real data read (%s), %d of them NPEs; %d have at least %d "
						+ "observed signals; %d have any litigation as plaintiff; %d have a PTAB trial.",
				labels.all().size(), curatedNpes, labels.all().size() - curatedNpes, curated.size(),
				training.real().isEmpty() ? "none"
						: training.real().stream().map(p -> p.getFileName().toString()).toList(),
				curated.stream().filter(LabelledOwner::npe).count(),
				curated.stream().filter(o -> o.observedSignals() >= NpeRiskScorer.MIN_OBSERVED_SIGNALS).count(),
				NpeRiskScorer.MIN_OBSERVED_SIGNALS,
				curated.stream().filter(o -> o.features()[NpeSignal.PLAINTIFF_SUITS.ordinal()] > 0).count(),
				curated.stream().filter(o -> o.features()[NpeSignal.PTAB_CHALLENGES.ordinal()] > 0).count()));
		report.note("Anchor: a commercial classifier of patent monetization entities reports F1 of about 0.85 on real "
				+ "owners; the planted figures above are not comparable to it.");
	}

	static NpeTraining.Options options(Map<String, String> options) {
		List<Long> seeds = Arrays.stream(options.getOrDefault("seeds", "1,2,3").split(","))
			.map(String::strip)
			.map(Long::valueOf)
			.toList();
		List<Double> noises = Arrays.stream(options.getOrDefault("noise", "0.1,0.5").split(","))
			.map(String::strip)
			.map(Double::valueOf)
			.toList();
		int patents = Integer.parseInt(options.getOrDefault("patents", "3000"));
		double lambda = Double.parseDouble(options.getOrDefault("lambda", String.valueOf(NpeTrainer.DEFAULT_LAMBDA)));
		return new NpeTraining.Options(seeds, noises, patents, real(options.get("real")), lambda);
	}

	/**
	 * The real data to read: {@code real=none}, a comma-separated list of paths, or (by
	 * default) the known sources under the shared data ({@link SharedData}) when present.
	 */
	static List<Path> real(String option) {
		if ("none".equals(option)) {
			return List.of();
		}
		if (option != null && !option.isBlank()) {
			return Arrays.stream(option.split(",")).map(String::strip).map(Path::of).toList();
		}
		return SharedData.root().map(NpeTraining::realSources).orElse(List.of());
	}

}
