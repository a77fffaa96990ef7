package org.ipgraph.nlp.text;

/**
 * A block of a document's structure: a paragraph, a heading, a list item, a table cell or
 * a quotation. Blocks never share a sentence: the extracted text separates them with a
 * blank line. A dated news line ("2004-07-16 US Outlet.com: Headline") keeps its date in
 * the text and its region tag here only, so that the tag is never read as part of a name.
 *
 * @param start first character in the extracted text
 * @param end one past the last character
 * @param kind what the block is
 * @param date the date that starts a dated news line, as written, or null
 * @param region the region tag after that date ({@code US}, {@code EU}, {@code EU/US}),
 * removed from the text, or null
 */
public record TextBlock(int start, int end, Kind kind, String date, String region) {

	/**
	 * What a block is.
	 */
	public enum Kind {

		/** Body text. */
		PARAGRAPH,
		/** A heading or title: not a sentence of the body. */
		HEADING,
		/** An item of a list; a dated news line is one too. */
		LIST_ITEM,
		/** A cell of a table. */
		TABLE_CELL,
		/** A block quotation or preformatted quotation (code lines used as quotes). */
		QUOTE

	}

	public TextBlock(int start, int end, Kind kind) {
		this(start, end, kind, null, null);
	}

	/**
	 * Whether the block is a heading or a news headline: written in title case, read as a
	 * headline rather than as body prose.
	 */
	public boolean headline() {
		return this.kind == Kind.HEADING || this.date != null;
	}

	public boolean contains(int offset) {
		return this.start <= offset && offset < this.end;
	}

}
