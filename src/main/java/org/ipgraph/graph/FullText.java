package org.ipgraph.graph;

/**
 * Makes user text safe for Lucene query syntax in full-text index queries.
 */
public final class FullText {

	private FullText() {
	}

	/**
	 * Escapes Lucene's special characters so the text is matched as words, not as a
	 * query.
	 */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.strip().toCharArray()) {
			if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		String escaped = out.toString();
		return escaped.equalsIgnoreCase("AND") || escaped.equalsIgnoreCase("OR") || escaped.equalsIgnoreCase("NOT")
				? escaped.toLowerCase() : escaped;
	}

}
