package org.ipgraph.nlp.training;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.TokenNameFinderModel;
import org.ipgraph.nlp.KnownEntity;
import org.ipgraph.nlp.ModelFiles;
import org.ipgraph.nlp.NlpModels;
import org.ipgraph.nlp.NlpPipeline;
import org.ipgraph.nlp.linking.ReferenceData;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ipgraph nlp train} and {@code ipgraph nlp evaluate}: derive the training data
 * from the shared data, train the NER models, measure them, and write the model cards.
 * Everything is deterministic, so the same data gives the same models and figures.
 */
public final class NlpTraining {

	/** The shipped model. */
	public static final String MODEL = NlpModels.NER_MODEL;

	/** The baseline trained without the derived data. */
	public static final String BASELINE = "ner/ipgraph-ner-no-derived.bin";

	public static final String REPORT = "evaluation.json";

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private NlpTraining() {
	}

	/**
	 * Writes training data, models, checksums, the evaluation and the model cards into
	 * the model directory.
	 */
	public static EvaluationReport train(Path modelDir, Path data, NerTrainer.Parameters parameters, PrintStream log) {
		long start = System.nanoTime();
		log.println("Deriving training data from " + data);
		try (NlpPipeline splitter = new NlpPipeline(NlpModels.base(), 1, 0.5)) {
			TrainingData.write(data, modelDir, splitter, log);
		}
		Checksums.write(modelDir);
		List<Path> all = new ArrayList<>();
		for (String corpus : concat(TrainingData.DERIVED, TrainingData.SYNTHETIC)) {
			all.add(modelDir.resolve(TrainingData.TRAIN).resolve(corpus + ".train"));
		}
		log.println("Training " + MODEL + " on " + all.size() + " corpora (" + parameters + ")");
		write(modelDir.resolve(MODEL), NerTrainer.trainFiles(all, parameters));
		log.println("Training " + BASELINE + " on the synthetic corpus only");
		List<Path> synthetic = TrainingData.SYNTHETIC.stream()
			.map(c -> modelDir.resolve(TrainingData.TRAIN).resolve(c + ".train"))
			.toList();
		write(modelDir.resolve(BASELINE), NerTrainer.trainFiles(synthetic, parameters));
		log.println("Evaluating");
		EvaluationReport report = evaluate(modelDir, data);
		writeReport(modelDir, report);
		ModelCards.write(modelDir, report, parameters);
		log.printf("Done in %.0f s%n", (System.nanoTime() - start) / 1e9);
		return report;
	}

	/**
	 * Every figure, from the models and held-out files in the model directory.
	 */
	public static EvaluationReport evaluate(Path modelDir, Path data) {
		ModelFiles files = ModelFiles.at(modelDir);
		NlpModels full = NlpModels.load(files);
		NlpModels baseline = NlpModels.base().withNer(read(modelDir.resolve(BASELINE)), "ipgraph-ner-no-derived");
		List<KnownEntity> reference = ReferenceData.load(files);
		List<KnownEntity> programs = ReferenceData.programs(files);
		List<String> programNames = programs.stream().map(KnownEntity::name).toList();
		List<KnownEntity> trainHalf = new ArrayList<>(
				AgencyList.build(data, programNames, raw -> !AgencyList.heldOut(raw)).entities());
		trainHalf.addAll(programs);
		try (Systems systems = new Systems(full, baseline, reference);
				Systems half = new Systems(full, baseline, trainHalf)) {
			Map<String, Object> models = new LinkedHashMap<>();
			models.put("ner",
					Map.of("file", MODEL, "version", full.nerVersion(), "bytes", size(modelDir.resolve(MODEL))));
			models.put("baseline", Map.of("file", BASELINE, "bytes", size(modelDir.resolve(BASELINE))));
			models.put("referenceNames", reference.size());
			Map<String, Object> training = new LinkedHashMap<>();
			training.put("checksumsMatch", Checksums.verify(modelDir));
			training.put("files", Checksums.compute(modelDir));
			return new EvaluationReport(models, training, GovInterestEvaluation.evaluate(data, systems, half),
					AgencyLinkingEvaluation.evaluate(data, trainHalf), HeldOutEvaluation.evaluate(modelDir, systems),
					EvaluationReport.SYSTEM_NAMES);
		}
	}

	/**
	 * Rewrites {@code evaluation.json} and the model cards from a new evaluation of the
	 * models as they are (after a change to the pipeline, without retraining).
	 */
	public static void writeFigures(Path modelDir, EvaluationReport report) {
		writeReport(modelDir, report);
		ModelCards.write(modelDir, report, NerTrainer.Parameters.DEFAULT);
	}

	public static String json(EvaluationReport report) {
		return JSON.writeValueAsString(report);
	}

	static void writeReport(Path modelDir, EvaluationReport report) {
		try {
			Files.writeString(modelDir.resolve(REPORT), json(report) + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static TokenNameFinderModel read(Path file) {
		try {
			return new TokenNameFinderModel(new ByteArrayInputStream(Files.readAllBytes(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file + "; run 'ipgraph nlp train'", ex);
		}
	}

	private static void write(Path file, TokenNameFinderModel model) {
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, NerTrainer.bytes(model));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> out = new ArrayList<>(a);
		out.addAll(b);
		return out;
	}

}
