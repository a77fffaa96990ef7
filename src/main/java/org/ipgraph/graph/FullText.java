package org.ipgraph.graph;

import java.util.Locale;
import java.util.Set;

/**
 * Makes user text a literal for Lucene's query syntax in full-text index queries: every
 * special character is escaped and every operator word is lower-cased (Lucene's operators
 * are upper-case only, and the indexes' analyzers lower-case the text anyway), wherever
 * it stands.
 */
public final class FullText {

	/**
	 * The most characters of user text a query keeps. Lucene refuses a query of more than
	 * 1,024 clauses; 400 characters make at most 200 terms.
	 */
	public static final int MAX_CHARS = 400;

	/**
	 * A query that matches nothing, for text that holds no word at all: Lucene refuses an
	 * empty query, while a lone escaped symbol analyses to no term.
	 */
	static final String NOTHING = "\\*";

	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private static final Set<String> OPERATORS = Set.of("and", "or", "not", "to");

	private FullText() {
	}

	/**
	 * The text as a Lucene query that matches its words, never a query of its own.
	 * @param text user text, any length and content; null or blank matches nothing
	 */
	public static String escape(String text) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.length() > MAX_CHARS) {
			int end = Character.isHighSurrogate(stripped.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
			stripped = stripped.substring(0, end);
		}
		StringBuilder out = new StringBuilder(stripped.length() + 16);
		int start = 0;
		for (int i = 0; i <= stripped.length(); i++) {
			if (i == stripped.length() || isSpace(stripped.charAt(i))) {
				word(stripped.substring(start, i), out);
				if (i < stripped.length()) {
					out.append(' ');
				}
				start = i + 1;
			}
		}
		String query = out.toString().strip();
		return query.isEmpty() ? NOTHING : query;
	}

	private static void word(String word, StringBuilder out) {
		if (OPERATORS.contains(word.toLowerCase(Locale.ROOT))) {
			out.append(word.toLowerCase(Locale.ROOT));
			return;
		}
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (SPECIAL.indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
	}

	// Lucene's query grammar separates terms at these, Java at a few more; both end a
	// word here, so an operator word is caught whatever separates it
	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u3000';
	}

}
