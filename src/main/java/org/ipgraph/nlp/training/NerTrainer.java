package org.ipgraph.nlp.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an OpenNLP name finder on {@code .train} files, all entity types in one model
 * (one decoding pass per sentence). Maxent (GIS) with the default NER feature generators;
 * parameters are fixed so that {@code ipgraph nlp train} reproduces the shipped model.
 */
public final class NerTrainer {

	/**
	 * @param iterations GIS iterations
	 * @param cutoff features seen fewer times are dropped (keeps the model small)
	 */
	public record Parameters(int iterations, int cutoff) {

		public static final Parameters DEFAULT = new Parameters(100, 2);

		TrainingParameters opennlp() {
			TrainingParameters p = new TrainingParameters();
			p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
			p.put(TrainingParameters.ITERATIONS_PARAM, this.iterations);
			p.put(TrainingParameters.CUTOFF_PARAM, this.cutoff);
			// one thread: the same data always gives the same weights (the file also
			// holds a timestamp)
			p.put(TrainingParameters.THREADS_PARAM, 1);
			return p;
		}

	}

	private NerTrainer() {
	}

	public static TokenNameFinderModel trainFiles(List<Path> files, Parameters parameters) {
		List<NameSample> samples = new ArrayList<>();
		for (Path file : files) {
			samples.addAll(read(file));
		}
		return train(samples, parameters);
	}

	public static TokenNameFinderModel train(List<NameSample> samples, Parameters parameters) {
		try {
			TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, null, java.util.Map.of(),
					new BioCodec());
			return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters.opennlp(),
					factory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The samples {@code times} times over, in order (a small corpus weighted against
	 * large ones).
	 */
	public static List<NameSample> repeat(List<NameSample> samples, int times) {
		if (times < 1) {
			throw new IllegalArgumentException("a corpus is trained on at least once, not " + times + " times");
		}
		List<NameSample> out = new ArrayList<>(samples.size() * times);
		for (int i = 0; i < times; i++) {
			out.addAll(samples);
		}
		return out;
	}

	/**
	 * Samples of a {@code .train} file; a blank line starts a new document.
	 */
	public static List<NameSample> read(Path file) {
		List<NameSample> samples = new ArrayList<>();
		try {
			boolean clear = true;
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.isBlank()) {
					clear = true;
					continue;
				}
				samples.add(TrainingSample.parse(line).toNameSample(clear));
				clear = false;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		return samples;
	}

	/**
	 * The samples of one labelled document, as read back from its {@code .train} lines
	 * (adaptive data cleared at its first sentence).
	 */
	static List<NameSample> samples(LabelledDocument document) {
		List<NameSample> out = new ArrayList<>(document.samples().size());
		for (TrainingSample sample : document.samples()) {
			out.add(TrainingSample.parse(sample.toLine()).toNameSample(out.isEmpty()));
		}
		return out;
	}

	static byte[] bytes(TokenNameFinderModel model) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			model.serialize(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
