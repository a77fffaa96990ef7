package org.ipgraph.nlp;

/**
 * A stretch of a sentence naming an entity or a value.
 *
 * @param type the entity type
 * @param text the text as written
 * @param sentence index of the sentence
 * @param tokenStart first token (inclusive)
 * @param tokenEnd last token (exclusive)
 * @param start first character in the document
 * @param end one past the last character
 * @param confidence how sure the finder is, 0..1
 * @param source which finder: {@code ner}, {@code gazetteer}, {@code pattern}
 */
public record Mention(EntityType type, String text, int sentence, int tokenStart, int tokenEnd, int start, int end,
		double confidence, String source) {

	public boolean overlaps(Mention other) {
		return this.sentence == other.sentence && this.tokenStart < other.tokenEnd && other.tokenStart < this.tokenEnd;
	}

	public int length() {
		return this.tokenEnd - this.tokenStart;
	}

}
