package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.ipgraph.nlp.EntityType;
import org.ipgraph.nlp.KnownEntity;
import org.ipgraph.nlp.ModelFiles;
import org.ipgraph.nlp.NlpModels;
import org.ipgraph.nlp.NlpPipeline;
import org.ipgraph.nlp.TextAnalyzer;
import org.ipgraph.nlp.linking.ReferenceData;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * k-fold cross-validation of the in-domain supervision ({@link AnnotatedDevCorpus}) on
 * the <em>dev</em> split (the test split is never read): the dev pages and passages are
 * cut into {@code k} folds by page (seeded); for each fold a model is trained on the base
 * training files (every corpus but {@code annotated-dev}) plus the annotated dev pages of
 * the other folds ({@code weight} times over), and the fold's pages are scored with the
 * pipeline on that model. The figures are pooled over the folds, by part, beside the base
 * model (trained on the base files alone in the same run) on the same pages. Run on
 * purpose only (it trains {@code k + 1} models):
 * {@code ./mvnw -Peval test -Dtest=NlpDevCrossValidationEval -Dipgraph.nlp.cv=true}
 * ({@code -Dipgraph.nlp.cv-folds=5}, {@code -Dipgraph.nlp.cv-weight=N},
 * {@code -Dipgraph.nlp.cv-threads=2} models trained at once). Writes the pooled errors of
 * the cross-validated models to {@code target/nlp-cv-errors.tsv}.
 */
class NlpDevCrossValidationEval {

	static final long SEED = 20261207L;

	/**
	 * The fold of each page: pages ordered by the SHA-256 of {@code seed:id}, dealt out
	 * in turn, so folds differ in size by at most one and do not depend on the list's
	 * order.
	 */
	static Map<String, Integer> folds(List<String> ids, int k, long seed) {
		List<String> ordered = new ArrayList<>(ids);
		ordered.sort(Comparator
			.comparing((String id) -> Checksums.sha256((seed + ":" + id).getBytes(StandardCharsets.UTF_8)))
			.thenComparing(Comparator.naturalOrder()));
		Map<String, Integer> out = new LinkedHashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			out.put(ordered.get(i), i % k);
		}
		return out;
	}

	@Test
	void crossValidate() throws Exception {
		Assumptions.assumeTrue(Boolean.getBoolean("ipgraph.nlp.cv"), "set -Dipgraph.nlp.cv=true");
		int k = Integer.getInteger("ipgraph.nlp.cv-folds", 5);
		int weight = Integer.getInteger("ipgraph.nlp.cv-weight", AnnotatedDevCorpus.WEIGHT);
		int threads = Integer.getInteger("ipgraph.nlp.cv-threads", 1);
		PrintStream out = System.out;
		Path models = NlpDevFiguresEval.MODELS;
		Path data = SharedData.path("patentsview-gov-interest").getParent();
		ModelFiles files = ModelFiles.at(models);
		List<KnownEntity> reference = ReferenceData.load(files);
		long start = System.nanoTime();

		List<AnnotatedSets.Page> pages = new AnnotatedSets(models, data).pages(AnnotatedDevCorpus.SPLIT);
		Map<String, LabelledDocument> documents = new LinkedHashMap<>();
		try (NlpPipeline labeller = new NlpPipeline(TrainingData.labellingModels(models), 1, 0.5)) {
			var gazetteer = TrainingData.referenceGazetteer(models);
			for (AnnotatedSets.Page page : pages) {
				LabelledDocument document = AnnotatedDevCorpus.document(page, labeller, gazetteer);
				if (document != null) {
					documents.put(page.id(), document);
				}
			}
		}
		Map<String, Integer> fold = folds(pages.stream().map(AnnotatedSets.Page::id).toList(), k, SEED);

		// the base: every training file but the annotated dev pages, as recorded
		Map<String, String> recorded = Checksums.recorded(models);
		Map<String, String> computed = Checksums.compute(models);
		List<NameSample> base = new ArrayList<>();
		for (String corpus : TrainingData.corpora()) {
			if (TrainingData.ANNOTATED.contains(corpus)) {
				continue;
			}
			String file = TrainingData.TRAIN + "/" + corpus + ".train";
			assertThat(computed.get(file)).as(file + " matches SHA256SUMS").isEqualTo(recorded.get(file));
			base.addAll(NerTrainer.repeat(NerTrainer.read(models.resolve(file)),
					TrainingData.WEIGHTS.getOrDefault(corpus, 1)));
		}
		out.printf(
				"CV %d folds, weight %d, %d pages (%d trained on when not held out, %,d sentences), base %,d "
						+ "sentences; read in %.0f s%n",
				k, weight, pages.size(), documents.size(),
				documents.values().stream().mapToInt(d -> d.samples().size()).sum(), base.size(),
				(System.nanoTime() - start) / 1e9);

		// k + 1 models: index k is the base model
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<TokenNameFinderModel>> trained = new ArrayList<>();
		for (int f = 0; f <= k; f++) {
			int held = f;
			trained.add(pool.submit(() -> {
				long t = System.nanoTime();
				List<NameSample> samples = new ArrayList<>(base);
				if (held < k) {
					for (AnnotatedSets.Page page : pages) {
						LabelledDocument document = documents.get(page.id());
						if (document != null && fold.get(page.id()) != held) {
							samples.addAll(NerTrainer.repeat(NerTrainer.samples(document), weight));
						}
					}
				}
				TokenNameFinderModel model = NerTrainer.train(samples, NerTrainer.Parameters.DEFAULT);
				out.printf("CV model %s trained on %,d sentences in %.0f s%n", held < k ? "fold " + held : "base",
						samples.size(), (System.nanoTime() - t) / 1e9);
				return model;
			}));
		}
		pool.shutdown();

		Map<String, Counts> before = new LinkedHashMap<>();
		Map<String, Counts> after = new LinkedHashMap<>();
		List<AnnotatedSets.Page> litigationPages = new ArrayList<>();
		List<List<LitigationEvaluation.Pair>> litigationBefore = new ArrayList<>();
		List<List<LitigationEvaluation.Pair>> litigationAfter = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		TokenNameFinderModel baseModel = trained.get(k).get();
		try (Systems systems = systems(files, baseModel, "base", reference)) {
			score(pages, systems, before, null);
			List<AnnotatedSets.Page> english = english(pages);
			litigationPages.addAll(english);
			litigationBefore.addAll(litigation(english, systems));
		}
		List<List<LitigationEvaluation.Pair>> afterByPage = new ArrayList<>();
		Map<String, List<LitigationEvaluation.Pair>> afterById = new LinkedHashMap<>();
		for (int f = 0; f < k; f++) {
			int held = f;
			List<AnnotatedSets.Page> heldOut = pages.stream().filter(p -> fold.get(p.id()) == held).toList();
			try (Systems systems = systems(files, trained.get(f).get(), "fold-" + f, reference)) {
				score(heldOut, systems, after, errors);
				List<AnnotatedSets.Page> english = english(heldOut);
				List<List<LitigationEvaluation.Pair>> pairs = litigation(english, systems);
				for (int p = 0; p < english.size(); p++) {
					afterById.put(english.get(p).id(), pairs.get(p));
				}
			}
		}
		litigationPages.forEach(p -> afterByPage.add(afterById.get(p.id())));
		litigationAfter.addAll(afterByPage);

		for (String part : List.of("all", "ffii_english", "ffii_other_language", "policy")) {
			for (EntityType type : TextEntityEvaluation.TYPES) {
				Counts b = before.get(part);
				Counts a = after.get(part);
				if (b != null && b.has(type.name())) {
					out.printf("CV %-20s %-13s before %s | after %s%n", part, type, b.prf(type.name()),
							a.prf(type.name()));
				}
			}
		}
		out.println("CV litigation before " + LitigationEvaluation.figures(litigationPages, litigationBefore));
		out.println("CV litigation after  " + LitigationEvaluation.figures(litigationPages, litigationAfter));
		out.printf("CV done in %.0f s%n", (System.nanoTime() - start) / 1e9);
		try {
			Files.write(Path.of(System.getProperty("ipgraph.nlp.cv-errors", "target/nlp-cv-errors.tsv")), errors);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(after.get("all").prf(EntityType.ORGANIZATION.name()).tp()).isPositive();
	}

	private static Systems systems(ModelFiles files, TokenNameFinderModel model, String version,
			List<KnownEntity> reference) {
		NlpModels full = NlpModels.load(files).withNer(model, version);
		return new Systems(full, full, full, reference);
	}

	private static void score(List<AnnotatedSets.Page> pages, Systems systems, Map<String, Counts> counts,
			List<String> errors) {
		for (AnnotatedSets.Page page : pages) {
			TextEntityEvaluation.Scored scored = TextEntityEvaluation.score(page, systems, Systems.PIPELINE);
			for (String part : TextEntityEvaluation.partsOf(page)) {
				scored.addTo(counts.computeIfAbsent(part, p -> new Counts()));
			}
			if (errors != null) {
				errors.addAll(scored.errors());
			}
		}
	}

	private static List<AnnotatedSets.Page> english(List<AnnotatedSets.Page> pages) {
		return pages.stream().filter(p -> p.set().equals(AnnotatedSets.FFII) && p.english()).toList();
	}

	private static List<List<LitigationEvaluation.Pair>> litigation(List<AnnotatedSets.Page> pages, Systems systems) {
		TextAnalyzer analyzer = new TextAnalyzer(systems.pipeline(Systems.PIPELINE), systems.linker());
		return LitigationEvaluation.predict(pages, analyzer).get(LitigationEvaluation.RULES);
	}

}
