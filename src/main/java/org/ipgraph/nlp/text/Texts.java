package org.ipgraph.nlp.text;

import java.util.regex.Pattern;

/**
 * Whitespace rules shared by the extractors.
 */
final class Texts {

	private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\u00A0]+");

	private static final Pattern LINE_SPACES = Pattern.compile(" *\\n *");

	private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

	private Texts() {
	}

	/**
	 * Single spaces, at most one blank line in a row, no control characters, trimmed.
	 */
	static String tidy(String text) {
		String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
		t = t.replaceAll("[\\x00-\\x08\\x0E-\\x1F\\x7F]", "");
		t = SPACES.matcher(t).replaceAll(" ");
		t = LINE_SPACES.matcher(t).replaceAll("\n");
		t = BLANK_LINES.matcher(t).replaceAll("\n\n");
		return t.strip();
	}

}
