package org.ipgraph.nlp.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import opennlp.tools.util.Span;
import org.ipgraph.nlp.NlpPipeline;

/**
 * Projects character labels onto the tokens the pipeline makes of a sentence, so that
 * training text is tokenized exactly like the text the model will read. A label whose
 * edges fall inside a token ("NSF" in "NSF-funded") is dropped, not stretched.
 */
final class Labeler {

	private final NlpPipeline pipeline;

	private int dropped;

	Labeler(NlpPipeline pipeline) {
		this.pipeline = pipeline;
	}

	TrainingSample sample(String sentence, List<CharLabel> labels) {
		Span[] spans = this.pipeline.tokenize(sentence);
		String[] tokens = new String[spans.length];
		for (int i = 0; i < spans.length; i++) {
			tokens[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
		}
		List<CharLabel> sorted = new ArrayList<>(labels);
		sorted.sort(
				Comparator.comparingInt(CharLabel::start).thenComparing(CharLabel::length, Comparator.reverseOrder()));
		List<Span> names = new ArrayList<>();
		int lastEnd = -1;
		for (CharLabel label : sorted) {
			if (label.start() < lastEnd) {
				continue;
			}
			int first = -1;
			int last = -1;
			for (int i = 0; i < spans.length; i++) {
				if (spans[i].getStart() == label.start()) {
					first = i;
				}
				if (spans[i].getEnd() == label.end()) {
					last = i;
				}
			}
			if (first < 0 || last < first) {
				this.dropped++;
				continue;
			}
			names.add(new Span(first, last + 1, label.type().tag()));
			lastEnd = label.end();
		}
		return new TrainingSample(tokens, names);
	}

	int dropped() {
		return this.dropped;
	}

}
