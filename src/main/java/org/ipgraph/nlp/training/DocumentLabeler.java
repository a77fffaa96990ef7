package org.ipgraph.nlp.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ipgraph.nlp.linking.Gazetteer;
import org.ipgraph.nlp.Mention;
import org.ipgraph.nlp.NlpPipeline;
import org.ipgraph.nlp.Sentence;

/**
 * Labels whole documents for derived corpora: splits them into sentences as the pipeline
 * does, labels each with the patterns, a gazetteer of known names and any source-specific
 * labels, and keeps the sentences with labels plus a stable sample of those without (so
 * the model also learns what is not a name).
 */
final class DocumentLabeler {

	private final NlpPipeline pipeline;

	private final Labeler labeler;

	private final Gazetteer gazetteer;

	private final int negativeEvery;

	/**
	 * @param negativeEvery keep one in this many sentences without labels
	 */
	DocumentLabeler(NlpPipeline pipeline, Gazetteer gazetteer, int negativeEvery) {
		this.pipeline = pipeline;
		this.labeler = new Labeler(pipeline);
		this.gazetteer = gazetteer;
		this.negativeEvery = negativeEvery;
	}

	/**
	 * @param text the document
	 * @param extra source-specific labels for a sentence's text
	 */
	List<TrainingSample> label(String text, Function<String, List<CharLabel>> extra) {
		List<TrainingSample> out = new ArrayList<>();
		int unlabelled = 0;
		for (Sentence sentence : this.pipeline.sentences(text)) {
			if (sentence.tokens().length < 4 || sentence.tokens().length > 120 || looksLikeTable(sentence.text())) {
				continue;
			}
			List<CharLabel> labels = new ArrayList<>(extra.apply(sentence.text()));
			labels.addAll(Patterns.all(sentence.text()));
			for (Mention m : this.gazetteer.find(sentence)) {
				labels.add(new CharLabel(m.start() - sentence.start(), m.end() - sentence.start(), m.type()));
			}
			TrainingSample sample = this.labeler.sample(sentence.text(), labels);
			if (!sample.names().isEmpty() || unlabelled++ % this.negativeEvery == 0) {
				out.add(sample);
			}
		}
		return out;
	}

	private static boolean looksLikeTable(String text) {
		long letters = text.chars().filter(Character::isLetter).count();
		return letters < text.length() * 0.5;
	}

}
