package org.ipgraph.nlp.text;

import java.util.List;

/**
 * The plain text of a file.
 *
 * @param text the text, blocks (paragraphs, headings, list items, table cells) separated
 * by blank lines
 * @param title the title the file gives itself (HTML title, PDF title, first Markdown
 * heading), or null
 * @param mediaType text/plain, text/markdown, text/html or application/pdf
 * @param charset how the bytes were decoded (null for PDF)
 * @param offsets for each character of {@code text}, its index in the decoded source (a
 * Java {@code String} index into the file's characters); null where the extractor does
 * not keep them (HTML, PDF)
 * @param blocks the document's blocks in text order (may be empty: all one paragraph)
 */
public record ExtractedText(String text, String title, String mediaType, String charset, int[] offsets,
		List<TextBlock> blocks) {

	public ExtractedText(String text, String title, String mediaType, String charset) {
		this(text, title, mediaType, charset, null, List.of());
	}

	/**
	 * The source span [start, end) of the text between two offsets of {@link #text()};
	 * null when source offsets are not kept.
	 * @param start first character (inclusive)
	 * @param end one past the last character
	 */
	public int[] sourceSpan(int start, int end) {
		if (this.offsets == null || start >= end || end > this.offsets.length) {
			return null;
		}
		return new int[] { this.offsets[start], this.offsets[end - 1] + 1 };
	}

	/**
	 * Whether the text comes from a marked-up document (Markdown, HTML): a web page,
	 * whose names the pipeline reads with the rules for web text.
	 */
	public boolean markup() {
		return this.mediaType.equals("text/markdown") || this.mediaType.equals("text/html");
	}

	/**
	 * The block that holds a character of the text, or null.
	 */
	public TextBlock blockAt(int offset) {
		return TextBlocks.at(this.blocks, offset);
	}

}
