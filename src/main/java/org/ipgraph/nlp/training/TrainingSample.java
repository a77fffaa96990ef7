package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * One tokenized sentence with its names, as a line of a {@code .train} file:
 * {@code supported by the <START:organization> Office of Naval Research <END> .}
 *
 * @param tokens the tokens
 * @param names token spans, typed with the entity tag
 */
record TrainingSample(String[] tokens, List<Span> names) {

	String toLine() {
		StringBuilder out = new StringBuilder();
		int next = 0;
		for (Span name : names) {
			for (int i = next; i < name.getStart(); i++) {
				out.append(tokens[i]).append(' ');
			}
			out.append("<START:").append(name.getType()).append("> ");
			for (int i = name.getStart(); i < name.getEnd(); i++) {
				out.append(tokens[i]).append(' ');
			}
			out.append("<END> ");
			next = name.getEnd();
		}
		for (int i = next; i < tokens.length; i++) {
			out.append(tokens[i]).append(' ');
		}
		return out.toString().strip();
	}

	static TrainingSample parse(String line) {
		try {
			NameSample sample = NameSample.parse(line, false);
			List<Span> names = new ArrayList<>(List.of(sample.getNames()));
			return new TrainingSample(sample.getSentence(), names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	NameSample toNameSample(boolean clearAdaptiveData) {
		return new NameSample(this.tokens, this.names.toArray(Span[]::new), clearAdaptiveData);
	}

}
