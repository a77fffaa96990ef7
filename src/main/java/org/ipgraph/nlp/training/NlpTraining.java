package org.ipgraph.nlp.training;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
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

	/**
	 * The NER model shipped before the current one, the "current model" baseline of issue
	 * 10.
	 */
	public static final String PREVIOUS = "ner/ipgraph-ner-previous.bin";

	public static final String REPORT = "evaluation.json";

	/**
	 * What {@code nlp evaluate} measures, in report order. A new measurement is a new
	 * {@link EvaluationPart} here.
	 */
	static final List<EvaluationPart> PARTS = List.of(
			new EvaluationPart("the 177 federal-funding statements", GovInterestEvaluation::evaluate),
			new EvaluationPart("agency linking", AgencyLinkingEvaluation::evaluate),
			new EvaluationPart("held-out sentences", HeldOutEvaluation::evaluate),
			new EvaluationPart("entities on the annotated pages and passages", TextEntityEvaluation::evaluate),
			new EvaluationPart("litigation on the annotated pages", LitigationEvaluation::evaluate));

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
		trainModel(modelDir, parameters, log);
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
	 * Trains the shipped model on every training file in the model directory (derived and
	 * synthetic) and writes it.
	 */
	static void trainModel(Path modelDir, NerTrainer.Parameters parameters, PrintStream log) {
		List<opennlp.tools.namefind.NameSample> samples = new ArrayList<>();
		List<String> corpora = TrainingData.corpora();
		for (String corpus : corpora) {
			samples.addAll(
					NerTrainer.repeat(NerTrainer.read(modelDir.resolve(TrainingData.TRAIN).resolve(corpus + ".train")),
							TrainingData.WEIGHTS.getOrDefault(corpus, 1)));
		}
		log.println("Training " + MODEL + " on " + corpora.size() + " corpora, weights " + TrainingData.WEIGHTS + " ("
				+ parameters + ")");
		write(modelDir.resolve(MODEL), NerTrainer.train(samples, parameters));
	}

	/**
	 * Every figure, from the models and held-out files in the model directory.
	 */
	public static EvaluationReport evaluate(Path modelDir, Path data) {
		return evaluate(modelDir, data, new PrintStream(OutputStream.nullOutputStream()));
	}

	/**
	 * Every figure, with a progress line per part.
	 */
	public static EvaluationReport evaluate(Path modelDir, Path data, PrintStream log) {
		ModelFiles files = ModelFiles.at(modelDir);
		NlpModels full = NlpModels.load(files);
		NlpModels baseline = NlpModels.base().withNer(read(modelDir.resolve(BASELINE)), "ipgraph-ner-no-derived");
		NlpModels previous = full.withNer(read(modelDir.resolve(PREVIOUS)), NlpModels.version(files.read(PREVIOUS)));
		List<KnownEntity> reference = ReferenceData.load(files);
		List<KnownEntity> programs = ReferenceData.programs(files);
		List<String> programNames = programs.stream().map(KnownEntity::name).toList();
		List<KnownEntity> trainHalf = new ArrayList<>(
				AgencyList.build(data, programNames, raw -> !AgencyList.heldOut(raw)).entities());
		trainHalf.addAll(programs);
		try (Systems systems = new Systems(full, baseline, previous, reference);
				Systems half = new Systems(full, baseline, previous, trainHalf)) {
			EvaluationReport.Builder report = EvaluationReport.builder();
			Map<String, Object> models = new LinkedHashMap<>();
			models.put("ner",
					Map.of("file", MODEL, "version", full.nerVersion(), "bytes", size(modelDir.resolve(MODEL))));
			models.put("baseline", Map.of("file", BASELINE, "bytes", size(modelDir.resolve(BASELINE))));
			models.put("previous", Map.of("file", PREVIOUS, "version", previous.nerVersion(), "bytes",
					size(modelDir.resolve(PREVIOUS))));
			models.put("referenceNames", reference.size());
			Map<String, Object> training = new LinkedHashMap<>();
			training.put("checksumsMatch", Checksums.verify(modelDir));
			training.put("files", Checksums.compute(modelDir));
			report.put("models", models).put("trainingData", training).put("systems", EvaluationReport.SYSTEM_NAMES);
			report.text("Models: " + models + "\nTraining data checksums match SHA256SUMS: "
					+ training.get("checksumsMatch") + "\n");
			EvaluationContext context = new EvaluationContext(modelDir, data, systems, half, reference, trainHalf,
					new AnnotatedSets(modelDir, data), log);
			for (EvaluationPart part : PARTS) {
				long start = System.nanoTime();
				log.printf("Evaluating %s...%n", part.name());
				part.measure().evaluate(context, report);
				log.printf("  done in %.0f s%n", (System.nanoTime() - start) / 1e9);
			}
			StringBuilder systemsText = new StringBuilder("Systems:\n");
			EvaluationReport.SYSTEM_NAMES.forEach((k, v) -> systemsText.append(String.format("  %-24s %s%n", k, v)));
			report.text(systemsText.toString());
			return report.build();
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

}
