package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Writes a model card next to each model: what it finds, what it was trained on (files,
 * sizes, label counts), how, and how well it does on held-out text.
 */
final class ModelCards {

	private ModelCards() {
	}

	static void write(Path modelDir, EvaluationReport report, NerTrainer.Parameters parameters) {
		List<String> all = TrainingData.corpora();
		write(modelDir, NlpTraining.MODEL, "ipgraph NER", all, Systems.MODEL_ONLY, report, parameters, true);
		write(modelDir, NlpTraining.BASELINE, "ipgraph NER, baseline without derived data", TrainingData.SYNTHETIC,
				Systems.NO_DERIVED, report, parameters, false);
	}

	private static void write(Path modelDir, String model, String title, List<String> corpora, String system,
			EvaluationReport report, NerTrainer.Parameters parameters, boolean main) {
		StringBuilder md = new StringBuilder();
		md.append("# Model card: ").append(title).append("\n\n");
		md.append("- File: `nlp-models/")
			.append(model)
			.append("` (")
			.append(kib(modelDir.resolve(model)))
			.append(" KiB)\n");
		md.append("- Made by: `bin/ipgraph nlp train` (OpenNLP ")
			.append(opennlpVersion())
			.append(" name finder, maxent/GIS, ")
			.append(parameters.iterations())
			.append(" iterations, cutoff ")
			.append(parameters.cutoff())
			.append(", default NER feature generators, BIO codec, one model for all types)\n");
		md.append("- Types: organization, person, location, money, date, policy, fund, patent_number\n");
		md.append("- Tokens: the pipeline's own tokenizer (opennlp-models-tokenizer-en 1.3 plus ipgraph's token "
				+ "repairs), so training and use see the same tokens\n\n");
		md.append("## Training data\n\n| file | kind | sentences | labels by type |\n|---|---|---|---|\n");
		for (String corpus : corpora) {
			Path file = modelDir.resolve(TrainingData.TRAIN).resolve(corpus + ".train");
			List<NameSample> samples = NerTrainer.read(file);
			md.append("| `train/")
				.append(corpus)
				.append(".train` | ")
				.append(TrainingData.DERIVED.contains(corpus) ? "derived"
						: TrainingData.ANNOTATED.contains(corpus)
								? "hand-annotated dev pages, weight " + TrainingData.WEIGHTS.getOrDefault(corpus, 1)
								: "synthetic")
				.append(" | ")
				.append(samples.size())
				.append(" | ")
				.append(labels(samples))
				.append(" |\n");
		}
		md.append("\nHow each corpus is made: see `docs/nlp.md` (section \"Training data\"). Checksums of every "
				+ "file are in `nlp-models/SHA256SUMS`.\n\n");
		if (corpora.stream().anyMatch(TrainingData.ANNOTATED::contains)) {
			md.append("`train/annotated-dev.train` holds the gold mentions of the annotated **dev** pages and passages "
					+ "(never the test split): the dev figures (`text_dev`) are not held-out figures for this model. "
					+ "It is measured by 5-fold cross-validation on dev by page, `./mvnw -Peval test "
					+ "-Dtest=NlpDevCrossValidationEval -Dipgraph.nlp.cv=true`; the figures are in `docs/nlp.md` "
					+ "(\"In-domain supervision\").\n\n");
		}
		md.append("## Held-out figures (exact span and type)\n\n");
		md.append("| held-out set | type | P | R | F1 |\n|---|---|---|---|---|\n");
		report.heldOut().forEach((corpus, systems) -> {
			Map<String, Prf> figures = systems.get(system);
			figures.forEach((type, prf) -> row(md, corpus, type, prf));
		});
		md.append("\nThe model alone, without the gazetteer. Derived held-out sets carry labels of the same "
				+ "kind as training (patterns and known names); `handwritten` is written by hand and independent.\n\n");
		if (main) {
			md.append("## Federal-funding statements (177, never trained on)\n\n");
			md.append("| protocol | system | P | R | F1 |\n|---|---|---|---|---|\n");
			report.govInterest()
				.organizations()
				.forEach((protocol, systems) -> systems
					.forEach((name, prf) -> row(md, "organizations, " + protocol, name, prf)));
			md.append("\nProtocols and all other figures: `docs/nlp.md`, `nlp-models/evaluation.json`.\n\n");
			rulesBeforeAfter(md, report);
		}
		md.append("## Limits\n\n");
		md.append("- Labels of the derived corpora come from structured records, lists and patterns, not from "
				+ "people: they miss names the records do not hold and the model learns those misses.\n");
		md.append("- Template sentences (federal-funding statements, synthetic) are regular; held-out figures on "
				+ "them are optimistic.\n");
		md.append("- English only.\n");
		try {
			Files.writeString(modelDir.resolve(model.replace(".bin", ".md")), md.toString(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The pipeline with the name rules of issue 10 beside the pipeline before them (the
	 * same model and gazetteer), on every held-out set: F1 over all types.
	 */
	private static void rulesBeforeAfter(StringBuilder md, EvaluationReport report) {
		md.append("## The pipeline before and after the name rules (issue 10)\n\n");
		md.append("| held-out set | before (`previous-model`) | after (`pipeline`) | change |\n|---|---|---|---|\n");
		report.heldOut()
			.forEach((corpus, systems) -> beforeAfter(md, corpus, systems.get(Systems.PREVIOUS).get("ALL"),
					systems.get(Systems.PIPELINE).get("ALL")));
		Map<String, Map<String, Prf>> gi = report.govInterest().organizations();
		gi.forEach((protocol, systems) -> beforeAfter(md, "federal-funding statements, organizations, " + protocol,
				systems.get(Systems.PREVIOUS), systems.get(Systems.PIPELINE)));
		md.append("\nBoth run the same NER model and gazetteer; held-out sentences are read as plain text, so "
				+ "the rules for web pages (acronyms, one-word institutions, organization phrases, names found again across a page) do "
				+ "not apply to them (a phrase that completes a name already found, \"Federal Ministry\" + \"for Economic "
				+ "Affairs and Climate Action\", does). The gazetteer holds the reference lists, among them "
				+ "`reference/organizations.tsv`, the organizations the patent data names (in a deployment the graph's own "
				+ "organizations play this role), and `reference/page-organizations.tsv`, the organizations the unannotated "
				+ "FFII pages name with a strong cue (legal form, case caption, suit, news outlet; the annotated pages and "
				+ "their translations left out). The annotated web pages and policy passages: `docs/nlp.md`.\n\n");
	}

	private static void beforeAfter(StringBuilder md, String set, Prf before, Prf after) {
		if (before == null || after == null) {
			return;
		}
		md.append(String.format("| %s | %s | %s | %+.3f |%n", set, f(before.f1()), f(after.f1()),
				after.f1() - before.f1()));
	}

	private static String labels(List<NameSample> samples) {
		Map<String, Integer> counts = new TreeMap<>();
		for (NameSample s : samples) {
			for (Span name : s.getNames()) {
				counts.merge(name.getType(), 1, Integer::sum);
			}
		}
		StringBuilder out = new StringBuilder();
		counts.forEach((type, n) -> out.append(out.isEmpty() ? "" : ", ").append(type).append(' ').append(n));
		return out.toString();
	}

	private static long kib(Path file) {
		try {
			return Files.size(file) / 1024;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static String opennlpVersion() {
		Package p = opennlp.tools.namefind.NameFinderME.class.getPackage();
		return p.getImplementationVersion() != null ? p.getImplementationVersion() : "2.5";
	}

	// A table row: | first | second | P | R | F1 |
	private static void row(StringBuilder md, String first, String second, Prf prf) {
		md.append("| ")
			.append(String.join(" | ", first, second, f(prf.precision()), f(prf.recall()), f(prf.f1())))
			.append(" |\n");
	}

	private static String f(double v) {
		return String.format("%.3f", v);
	}

}
