package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ipgraph.nlp.AnnotatedText;
import org.ipgraph.nlp.EntityType;
import org.ipgraph.nlp.KnownEntity;
import org.ipgraph.nlp.ModelFiles;
import org.ipgraph.nlp.NlpModels;
import org.ipgraph.nlp.TextAnalyzer;
import org.ipgraph.nlp.linking.ReferenceData;
import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures a rule change is judged by while it is developed, on the <em>dev</em> parts
 * only and for the pipeline alone (quick; {@code ./mvnw -Peval test
 * -Dtest=NlpDevFiguresEval}): strict F1 per type on the dev split of the annotated pages
 * and passages, litigation pairs on the dev pages, the held-out sentence sets, and strict
 * ORGANIZATION F1 on the dev third of the federal-funding statements. It writes the dev
 * split's false negatives and false positives, one per line, to
 * {@code target/nlp-dev-errors.tsv} (or {@code -Dipgraph.nlp.dev-errors=FILE}). The test
 * split is never read here.
 */
class NlpDevFiguresEval {

	static final Path MODELS = Path.of("nlp-models");

	@Test
	void devFigures() throws IOException {
		Path data = SharedData.path("patentsview-gov-interest").getParent();
		ModelFiles files = ModelFiles.at(MODELS);
		NlpModels full = NlpModels.load(files);
		List<KnownEntity> reference = ReferenceData.load(files);
		PrintStream out = System.out;
		try (Systems systems = new Systems(full, full, full, reference)) {
			AnnotatedSets sets = new AnnotatedSets(MODELS, data);
			List<AnnotatedSets.Page> pages = sets.pages("dev");
			Counts counts = new Counts();
			Counts english = new Counts();
			Counts policy = new Counts();
			List<String> errors = new ArrayList<>();
			for (AnnotatedSets.Page page : pages) {
				TextEntityEvaluation.Scored scored = TextEntityEvaluation.score(page, systems, Systems.PIPELINE);
				scored.addTo(counts);
				if (page.set().equals(AnnotatedSets.POLICY)) {
					scored.addTo(policy);
				}
				else if (page.english()) {
					scored.addTo(english);
				}
				errors.addAll(scored.errors());
			}
			Files.write(Path.of(System.getProperty("ipgraph.nlp.dev-errors", "target/nlp-dev-errors.tsv")), errors);
			for (EntityType type : TextEntityEvaluation.TYPES) {
				out.printf("DEV %-13s %s | english %s | policy %s%n", type, counts.prf(type.name()),
						english.has(type.name()) ? english.prf(type.name()) : "-",
						policy.has(type.name()) ? policy.prf(type.name()) : "-");
			}
			List<AnnotatedSets.Page> litigationPages = pages.stream()
				.filter(p -> p.set().equals(AnnotatedSets.FFII) && p.english())
				.toList();
			TextAnalyzer analyzer = new TextAnalyzer(systems.pipeline(Systems.PIPELINE), systems.linker());
			var predicted = LitigationEvaluation.predict(litigationPages, analyzer);
			out.println("DEV litigation "
					+ LitigationEvaluation.figures(litigationPages, predicted.get(LitigationEvaluation.RULES)));
			for (int p = 0; p < litigationPages.size(); p++) {
				List<LitigationEvaluation.Pair> gold = LitigationEvaluation.gold(litigationPages.get(p));
				List<LitigationEvaluation.Pair> found = predicted.get(LitigationEvaluation.RULES).get(p);
				if (!gold.isEmpty() || !found.isEmpty()) {
					out.printf("DEV litigation %s gold %s predicted %s%n", litigationPages.get(p).id(), gold, found);
				}
			}
			for (Path file : HeldOutEvaluation.files(MODELS.resolve(TrainingData.HELD_OUT))) {
				Map<String, Prf> figures = HeldOutEvaluation.score(HeldOutEvaluation.documents(NerTrainer.read(file)),
						systems, Systems.PIPELINE);
				out.printf("HELDOUT %-14s ALL %s%n", file.getFileName(), figures.get("ALL"));
			}
			GovInterestEvaluation.Tally dev = new GovInterestEvaluation.Tally(0, 0, 0, 0);
			GovInterestEvaluation.Tally all = new GovInterestEvaluation.Tally(0, 0, 0, 0);
			for (GovInterestEvaluation.Statement s : GovInterestEvaluation.statements(data)) {
				AnnotatedText text = systems.pipeline(Systems.PIPELINE)
					.annotate(s.text(), systems.gazetteer(Systems.PIPELINE));
				GovInterestEvaluation.Tally strict = GovInterestEvaluation
					.strict(GovInterestEvaluation.names(text, false), s.gold());
				all.add(strict);
				if (s.dev()) {
					dev.add(strict);
				}
			}
			out.println("GOV strict dev " + dev.prf() + " | all " + all.prf());
			assertThat(counts.prf(EntityType.ORGANIZATION.name()).tp()).isPositive();
		}
	}

}
