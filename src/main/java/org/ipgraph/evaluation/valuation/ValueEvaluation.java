package org.ipgraph.evaluation.valuation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.evaluation.Evaluation;
import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.evaluation.Metrics;
import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.ingest.SharedData;
import org.ipgraph.valuation.Cohorts;
import org.ipgraph.valuation.PatentFacts;
import org.ipgraph.valuation.ValueGraphReader;
import org.ipgraph.valuation.ValueIndex;
import org.ipgraph.valuation.ValueModel;
import org.ipgraph.valuation.ValueSignal;

import org.springframework.stereotype.Component;

/**
 * {@code ipgraph evaluate value}: does the value model rank patents that later prove
 * valuable above the others better than forward citations alone? Held out by time twice:
 * the features are read before a cut and the labels after it, and the model is fitted on
 * earlier cuts than it is tested on.
 * <ul>
 * <li>Real (the headline, {@code summary}): the Lens drones export; see
 * {@link LensFamilies}. Fitted on families published before {@code cut} (default 2014),
 * tested on those published from it on.</li>
 * <li>Synthetic: the demo ecosystem in a scratch graph, read through the service's graph
 * reader; fitted on features as of {@code trainCut} with value events until
 * {@code testCut}, tested on features as of {@code testCut} with the events after it, per
 * proxy.</li>
 * </ul>
 */
@Component
record ValueEvaluation(DemoLoader demo) implements Evaluation {

	static final String SUMMARY = "summary";

	@Override
	public EvaluationReport run(Map<String, String> options) {
		EvaluationReport.Builder report = EvaluationReport.builder(name());
		int large = Integer.parseInt(options.getOrDefault("largeFamily", "" + ValueGraphReader.LARGE_FAMILY));
		double lambda = Double.parseDouble(options.getOrDefault("lambda", "" + ValueModel.DEFAULT_LAMBDA));
		real(report, options, large, lambda);
		if (!"false".equals(options.get("synthetic"))) {
			synthetic(report, options, lambda);
		}
		return report.build();
	}

	@Override
	public String name() {
		return "value";
	}

	@Override
	public String description() {
		return "Patent valuation against forward citations alone, held out by time (real Lens drones "
				+ "families, and the demo graph per value proxy).";
	}

	private static void real(EvaluationReport.Builder report, Map<String, String> options, int large, double lambda) {
		Path file = SharedData.find(options.get("data"), LensFamilies.FILE).orElse(null);
		if (file == null) {
			report.note("No real figure: " + LensFamilies.FILE + " not found under the shared data "
					+ "(give --option data=DIR); value.auc is missing rather than replaced by a synthetic figure.");
			return;
		}
		LocalDate cut = LocalDate.of(Integer.parseInt(options.getOrDefault("cut", "2014")), 1, 1);
		int[] skipped = new int[1];
		List<LensFamilies.Family> families = LensFamilies.read(file, large, skipped);
		Cohorts cohorts = Cohorts.of(families.stream().map(LensFamilies.Family::facts).toList());
		List<LensFamilies.Family> train = families.stream().filter(f -> f.published().isBefore(cut)).toList();
		List<LensFamilies.Family> test = families.stream().filter(f -> !f.published().isBefore(cut)).toList();
		List<PatentFacts> trainFacts = train.stream().map(LensFamilies.Family::facts).toList();
		ValueModel model = fitOn(trainFacts, cohorts, lambda, "Lens drones families published before " + cut);
		ValueModel noFamily = fitOn(trainFacts.stream().map(ValueEvaluation::withoutFamily).toList(), cohorts, lambda,
				"without family features");
		List<PatentFacts> testFacts = test.stream().map(LensFamilies.Family::facts).toList();
		Predicate<PatentFacts> label = f -> f.later().largeFamily();
		String task = "real: Lens drones, later large family (>= " + large + " members at export)";
		figure(report, SUMMARY, "value", testFacts, label, f -> model.logit(f.features(cohorts.mean(f.cohort()))));
		figure(report, SUMMARY, "baseline.forward_citations", testFacts, label, PatentFacts::citations);
		figure(report, task, "value model (Smile logistic)", testFacts, label,
				f -> model.logit(f.features(cohorts.mean(f.cohort()))));
		figure(report, task, "baseline: forward citations", testFacts, label, PatentFacts::citations);
		figure(report, task, "forward citations, age-normalised in CPC class and year", testFacts, label,
				f -> f.features(cohorts.mean(f.cohort()))[ValueSignal.FORWARD_CITATIONS.ordinal()]);
		figure(report, task, "value model without family features", testFacts, label,
				f -> noFamily.logit(withoutFamily(f).features(cohorts.mean(f.cohort()))));
		figure(report, task, "family at publication only (members)", testFacts, label, PatentFacts::familySize);
		long trainPositives = trainFacts.stream().filter(label).count();
		report.figure(task, "data", "train", train.size());
		report.figure(task, "data", "trainPositives", trainPositives);
		report.figure(task, "data", "test", test.size());
		report.figure(task, "data", "skipped", skipped[0]);
		report.figure(task, "data", "cut", cut.toString());
		for (int i = 0; i < ValueSignal.SIZE; i++) {
			report.figure(task, "weights (standardized)", ValueSignal.values()[i].key(),
					Math.round(model.weights()[i] * 1000) / 1000.0);
		}
		report.note("Real: " + file.getFileName() + ", " + families.size() + " families with dates and fewer than "
				+ large + " known members at publication (" + skipped[0] + " left out: no dates, or already large). "
				+ "Cut per family = its publication date: features are what the publication shows (the filings it "
				+ "claims priority from and their offices, term left) plus Lens's forward-citation count; the label "
				+ "is Lens's extended family size at export (>= " + large + "). Fitted on families published before "
				+ cut + " (" + train.size() + ", " + trainPositives + " positive), tested on those published from "
				+ cut + " on (" + test.size() + ").");
		report.note("Caveat: Lens gives forward citations only as a count at export, not dated, so citations "
				+ "are not strictly before the cut, in the model and in the baseline alike. Claims, reassignments, "
				+ "litigation, PTAB, declarations and licences are not in this export (constant, weight 0). "
				+ "The other proxies cannot be measured on real data: no shared litigation, assignment or SEP "
				+ "source names any of these families (0 positives for later litigated, reassigned, declared).");
	}

	private static ValueModel fitOn(List<PatentFacts> facts, Cohorts cohorts, double lambda, String description) {
		List<double[]> x = new ArrayList<>();
		boolean[] y = new boolean[facts.size()];
		for (int i = 0; i < facts.size(); i++) {
			x.add(facts.get(i).features(cohorts.mean(facts.get(i).cohort())));
			y[i] = facts.get(i).later().any();
		}
		return ValueModel.fit(x, y, lambda, description);
	}

	private static PatentFacts withoutFamily(PatentFacts f) {
		return new PatentFacts(f.number(), f.cohort(), f.citations(), 0, 0, f.claims(), f.yearsLeft(),
				f.reassignments(), f.litigation(), f.ptab(), f.declarations(), f.licences(), f.later());
	}

	private void synthetic(EvaluationReport.Builder report, Map<String, String> options, double lambda) {
		int patents = Integer.parseInt(options.getOrDefault("patents", "3000"));
		long seed = Long.parseLong(options.getOrDefault("seed", "" + DemoParameters.DEFAULT_SEED));
		LocalDate trainCut = LocalDate.parse(options.getOrDefault("trainCut", "2015-01-01"));
		LocalDate testCut = LocalDate.parse(options.getOrDefault("testCut", "2018-01-01"));
		try (ScratchGraph scratch = ScratchGraph.start()) {
			this.demo.on(scratch.driver()).load(new DemoParameters(patents, seed, 0.1), DemoProgress.NONE);
			ValueGraphReader reader = new ValueGraphReader(scratch.client());
			List<PatentFacts> train = reader.load(trainCut, testCut);
			List<PatentFacts> test = reader.load(testCut);
			ValueModel model = ValueIndex.fit(train, trainCut, lambda);
			Cohorts cohorts = Cohorts.of(test);
			ToDoubleFunction<PatentFacts> value = f -> model.logit(f.features(cohorts.mean(f.cohort())));
			String prefix = "synthetic demo (" + patents + " patents, seed " + seed + "), later ";
			List<Map.Entry<String, Predicate<PatentFacts>>> proxies = List.of(
					Map.entry("any value event", f -> f.later().any()),
					Map.entry("litigated", f -> f.later().litigated()),
					Map.entry("reassigned", f -> f.later().reassigned()),
					Map.entry("declared essential", f -> f.later().declared()),
					Map.entry("large family", f -> f.later().largeFamily()));
			for (Map.Entry<String, Predicate<PatentFacts>> proxy : proxies) {
				figure(report, prefix + proxy.getKey(), "value model (" + model.kind() + ")", test, proxy.getValue(),
						value);
				figure(report, prefix + proxy.getKey(), "baseline: forward citations", test, proxy.getValue(),
						PatentFacts::citations);
			}
			report.note("Synthetic: the demo ecosystem (" + patents + " patents, seed " + seed
					+ ") read through the service's graph reader; fitted on features as of " + trainCut
					+ " and value events from then until " + testCut + " (" + train.size()
					+ " patents), tested on features as of " + testCut + " and the events after it (" + test.size()
					+ " patents). The generator plants the events; this shows the method works, not that it is good.");
		}
	}

	private static void figure(EvaluationReport.Builder report, String task, String model, List<PatentFacts> patents,
			Predicate<PatentFacts> label, ToDoubleFunction<PatentFacts> score) {
		List<Double> positives = new ArrayList<>();
		List<Double> negatives = new ArrayList<>();
		for (PatentFacts p : patents) {
			(label.test(p) ? positives : negatives).add(score.applyAsDouble(p));
		}
		double auc = Metrics.auc(positives.stream().mapToDouble(Double::doubleValue).toArray(),
				negatives.stream().mapToDouble(Double::doubleValue).toArray());
		Double rounded = Double.isNaN(auc) ? null : Math.round(auc * 10_000) / 10_000.0;
		report.figure(task, model, "auc", rounded);
		if (task.equals(SUMMARY)) {
			// value.auc and baseline.forward_citations.auc from the top of the JSON
			report.headline(model + ".auc", rounded);
		}
		report.figure(task, model, "positives", positives.size());
		report.figure(task, model, "negatives", negatives.size());
	}

}
