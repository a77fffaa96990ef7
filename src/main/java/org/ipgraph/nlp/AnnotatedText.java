package org.ipgraph.nlp;

import java.util.List;

/**
 * A document after the pipeline.
 *
 * @param text the document text all offsets refer to
 * @param language ISO 639-3 code from language detection ({@code eng}, {@code deu}...)
 * @param languageConfidence the detector's confidence
 * @param analyzed whether the language has models and the text was analyzed
 * @param sentences sentences with tokens, POS and lemmas (empty when not analyzed)
 * @param mentions entity mentions, in text order, not overlapping
 */
public record AnnotatedText(String text, String language, double languageConfidence, boolean analyzed,
		List<Sentence> sentences, List<Mention> mentions) {

	public int tokenCount() {
		return this.sentences.stream().mapToInt(s -> s.tokens().length).sum();
	}

}
