package org.ipgraph.nlp;

import opennlp.tools.util.Span;

/**
 * One sentence with its tokens. Offsets are characters in the document text.
 *
 * @param index position in the document
 * @param start first character
 * @param end one past the last character
 * @param text the sentence
 * @param tokens its tokens
 * @param spans each token's character span in the document
 * @param pos universal POS tags
 * @param lemmas lemmas, or null where the pipeline did not need them
 */
public record Sentence(int index, int start, int end, String text, String[] tokens, Span[] spans, String[] pos,
		String[] lemmas) {

	/**
	 * The document text covered by tokens {@code from} (inclusive) to {@code to}
	 * (exclusive).
	 */
	/**
	 * A sentence made of given tokens, joined by single spaces, without tags.
	 */
	public static Sentence ofTokens(int index, String[] tokens) {
		Span[] spans = new Span[tokens.length];
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < tokens.length; i++) {
			if (i > 0) {
				text.append(' ');
			}
			spans[i] = new Span(text.length(), text.length() + tokens[i].length());
			text.append(tokens[i]);
		}
		return new Sentence(index, 0, text.length(), text.toString(), tokens, spans, null, null);
	}

	public String cover(int from, int to) {
		return this.text.substring(this.spans[from].getStart() - this.start, this.spans[to - 1].getEnd() - this.start);
	}

	public int charStart(int token) {
		return this.spans[token].getStart();
	}

	public int charEnd(int token) {
		return this.spans[token].getEnd();
	}

	public Sentence withLemmas(String[] lemmas) {
		return new Sentence(this.index, this.start, this.end, this.text, this.tokens, this.spans, this.pos, lemmas);
	}

	/**
	 * The lemma of a token, or its lower-case form where lemmas were not computed.
	 */
	public String lemma(int token) {
		if (this.lemmas != null && this.lemmas[token] != null && !this.lemmas[token].equals("O")) {
			return this.lemmas[token];
		}
		return this.tokens[token].toLowerCase(java.util.Locale.ROOT);
	}

}
