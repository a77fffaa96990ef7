package org.ipgraph.nlp;

import java.util.List;

import org.ipgraph.nlp.text.TextBlock;
import org.ipgraph.nlp.text.TextBlocks;

/**
 * A document after the pipeline.
 *
 * @param text the document text all offsets refer to
 * @param language ISO 639-3 code from language detection ({@code eng}, {@code deu}...)
 * @param languageConfidence the detector's confidence
 * @param analyzed whether the language has models and the text was analyzed
 * @param sentences sentences with tokens, POS and lemmas (empty when not analyzed)
 * @param mentions entity mentions, in text order, not overlapping
 * @param blocks the document's structure (headings, list items, paragraphs...), empty
 * when the text came without it
 */
public record AnnotatedText(String text, String language, double languageConfidence, boolean analyzed,
		List<Sentence> sentences, List<Mention> mentions, List<TextBlock> blocks) {

	public AnnotatedText(String text, String language, double languageConfidence, boolean analyzed,
			List<Sentence> sentences, List<Mention> mentions) {
		this(text, language, languageConfidence, analyzed, sentences, mentions, List.of());
	}

	/**
	 * The block a sentence belongs to, or null when the text has no structure.
	 */
	public TextBlock block(Sentence sentence) {
		return TextBlocks.at(this.blocks, sentence.start());
	}

	public int tokenCount() {
		return this.sentences.stream().mapToInt(s -> s.tokens().length).sum();
	}

}
