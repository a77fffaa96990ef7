package org.ipgraph.nlp.training;

import java.io.PrintStream;
import java.nio.file.Path;

import org.ipgraph.test.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-derives one corpus (the distantly labelled FFII corpus, or with
 * {@code -Dipgraph.nlp.corpus=annotated-dev} the annotated dev pages) and retrains the
 * shipped NER model on the training files, without the evaluation that
 * {@code ipgraph nlp train} runs (which reads the test split): the step of the dev loop
 * for a change to the training data. Run on purpose only, as it rewrites the corpus's
 * {@code nlp-models/train/} file, {@code SHA256SUMS} and {@code ner/ipgraph-ner.bin}:
 * {@code ./mvnw -Peval test -Dtest=NlpRetrainDevEval -Dipgraph.nlp.retrain=true}, then
 * {@code NlpDevFiguresEval}. The other training files are not rewritten: they must match
 * {@code SHA256SUMS}.
 */
class NlpRetrainDevEval {

	@Test
	void retrain() {
		Assumptions.assumeTrue(Boolean.getBoolean("ipgraph.nlp.retrain"), "set -Dipgraph.nlp.retrain=true");
		Path models = NlpDevFiguresEval.MODELS;
		Path data = SharedData.path("patentsview-gov-interest").getParent();
		PrintStream log = System.out;
		long start = System.nanoTime();
		String corpus = System.getProperty("ipgraph.nlp.corpus", FfiiDistantCorpus.NAME);
		switch (corpus) {
			case FfiiDistantCorpus.NAME -> TrainingData.ffiiDistant(data, models,
					Integer.getInteger("ipgraph.nlp.ffii-sentences", TrainingData.FFII_SENTENCES), log);
			case AnnotatedDevCorpus.NAME -> TrainingData.annotatedDev(data, models, log);
			default -> throw new IllegalArgumentException("ipgraph.nlp.corpus: no corpus " + corpus);
		}
		log.printf("derived in %.0f s%n", (System.nanoTime() - start) / 1e9);
		var recorded = new java.util.HashMap<>(Checksums.recorded(models));
		var computed = new java.util.HashMap<>(Checksums.compute(models));
		String derived = TrainingData.TRAIN + "/" + corpus + ".train";
		recorded.remove(derived);
		computed.remove(derived);
		assertThat(computed).as("the other training files match SHA256SUMS").isEqualTo(recorded);
		Checksums.write(models);
		if (!Boolean.getBoolean("ipgraph.nlp.derive-only")) {
			start = System.nanoTime();
			NlpTraining.trainModel(models, NerTrainer.Parameters.DEFAULT, log);
			log.printf("trained in %.0f s%n", (System.nanoTime() - start) / 1e9);
		}
	}

}
