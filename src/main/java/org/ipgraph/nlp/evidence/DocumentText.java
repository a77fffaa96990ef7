package org.ipgraph.nlp.evidence;

import java.util.List;

/**
 * A document's text as the NLP pipeline read it, split around a span (a sentence or a
 * mention) so that it can be shown highlighted in its place. Names of people the caller
 * may not see are withheld in each part.
 *
 * @param id the Document key ({@code sha256:...})
 * @param name the file name
 * @param path where the file was
 * @param title its title, if it has one
 * @param hasText whether the pipeline read its text (false for a source file)
 * @param before the text before the span (the whole text without a span)
 * @param span the span
 * @param after the text after it
 * @param synthetic whether it is demo data
 */
public record DocumentText(String id, String name, String path, String title, boolean hasText, String before,
		String span, String after, boolean synthetic) {

	/**
	 * Before, in and after {@code [start, end)}, clamped to the text; all the text before
	 * when the span is missing or empty.
	 */
	static List<String> split(String text, Long start, Long end) {
		String t = text == null ? "" : text;
		if (start == null || end == null) {
			return List.of(t, "", "");
		}
		int from = (int) Math.max(0, Math.min(t.length(), start));
		int to = (int) Math.max(from, Math.min(t.length(), end));
		return List.of(t.substring(0, from), t.substring(from, to), t.substring(to));
	}

}
