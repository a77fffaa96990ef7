package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.ipgraph.nlp.Mention;

/**
 * Per-type precision, recall and F1 on the held-out files: exact span and type. The
 * derived held-out sets carry the same kind of labels as training (patterns, known
 * names), so they measure how well the model learned them; the hand-written set is
 * independent.
 */
final class HeldOutEvaluation {

	/**
	 * @param corpora corpus to system to type (and ALL) to figures
	 */
	record Result(Map<String, Map<String, Map<String, Prf>>> corpora) {
	}

	private HeldOutEvaluation() {
	}

	static void evaluate(EvaluationContext context, EvaluationReport.Builder report) {
		Result result = new Result(evaluate(context.modelDir(), context.systems()));
		report.section("held_out").putAll(result.corpora());
		StringBuilder out = new StringBuilder("Held-out sentences, exact span and type (F1)\n");
		result.corpora().forEach((corpus, systems) -> {
			out.append("  ").append(corpus).append('\n');
			EvaluationText.typeTable(out, systems);
		});
		report.result(result).text(out.toString());
	}

	/**
	 * @return corpus to system to type (and ALL) to figures
	 */
	static Map<String, Map<String, Map<String, Prf>>> evaluate(Path modelDir, Systems systems) {
		Map<String, Map<String, Map<String, Prf>>> out = new LinkedHashMap<>();
		for (Path file : files(modelDir.resolve(TrainingData.HELD_OUT))) {
			String corpus = file.getFileName().toString().replace(".train", "");
			List<List<NameSample>> documents = documents(NerTrainer.read(file));
			Map<String, Map<String, Prf>> bySystem = new LinkedHashMap<>();
			for (String system : Systems.ALL) {
				bySystem.put(system, score(documents, systems, system));
			}
			out.put(corpus, bySystem);
		}
		return out;
	}

	static Map<String, Prf> score(List<List<NameSample>> documents, Systems systems, String system) {
		Counts counts = new Counts();
		for (List<NameSample> document : documents) {
			List<String[]> tokens = document.stream().map(NameSample::getSentence).toList();
			List<List<Mention>> found = systems.pipeline(system).find(tokens, systems.gazetteer(system));
			for (int i = 0; i < document.size(); i++) {
				Set<String> predicted = new HashSet<>();
				for (Mention m : found.get(i)) {
					predicted.add(m.tokenStart() + ":" + m.tokenEnd() + ":" + m.type().tag());
				}
				if (system.equals(Systems.DICTIONARY)) {
					predicted.addAll(patterns(tokens.get(i)));
				}
				Set<String> gold = new HashSet<>();
				for (Span s : document.get(i).getNames()) {
					gold.add(s.getStart() + ":" + s.getEnd() + ":" + s.getType());
				}
				for (String p : predicted) {
					String type = p.substring(p.lastIndexOf(':') + 1).toUpperCase();
					if (gold.contains(p)) {
						counts.tp(type, 1);
					}
					else {
						counts.fp(type, 1);
					}
				}
				for (String g : gold) {
					if (!predicted.contains(g)) {
						counts.fn(g.substring(g.lastIndexOf(':') + 1).toUpperCase(), 1);
					}
				}
			}
		}
		Map<String, Prf> out = new LinkedHashMap<>(counts.all());
		out.put("ALL", counts.total());
		return out;
	}

	/**
	 * The pattern half of the dictionary baseline, as token spans.
	 */
	private static Set<String> patterns(String[] tokens) {
		StringBuilder text = new StringBuilder();
		int[] starts = new int[tokens.length];
		int[] ends = new int[tokens.length];
		for (int i = 0; i < tokens.length; i++) {
			if (i > 0) {
				text.append(' ');
			}
			starts[i] = text.length();
			text.append(tokens[i]);
			ends[i] = text.length();
		}
		Set<String> out = new HashSet<>();
		for (CharLabel label : Patterns.all(text.toString())) {
			int first = -1;
			int last = -1;
			for (int i = 0; i < tokens.length; i++) {
				if (starts[i] == label.start()) {
					first = i;
				}
				if (ends[i] == label.end()) {
					last = i;
				}
			}
			if (first >= 0 && last >= first) {
				out.add(first + ":" + (last + 1) + ":" + label.type().tag());
			}
		}
		return out;
	}

	static List<List<NameSample>> documents(List<NameSample> samples) {
		List<List<NameSample>> out = new ArrayList<>();
		for (NameSample sample : samples) {
			if (sample.isClearAdaptiveDataSet() || out.isEmpty()) {
				out.add(new ArrayList<>());
			}
			out.get(out.size() - 1).add(sample);
		}
		return out;
	}

	static List<Path> files(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.toString().endsWith(".train")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
