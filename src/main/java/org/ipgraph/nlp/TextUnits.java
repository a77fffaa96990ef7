package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The pieces of text sentence detection reads, each at most {@link #MAX_UNIT} characters:
 * paragraphs (separated by a blank line), and a longer paragraph cut at the best boundary
 * near the limit, so that the work per piece is bounded and the whole text is read in
 * time linear in its length, whatever its layout (no blank lines, one line of megabytes).
 * Boundaries, best first: a line break after a sentence's end, a sentence end (". "
 * before a capital, not after an abbreviation or an initial), a line break, a space, and
 * only when the text has none of these, a plain cut. Pure.
 */
final class TextUnits {

	/** The longest piece, in characters. */
	static final int MAX_UNIT = 4_000;

	private TextUnits() {
	}

	/**
	 * The pieces of {@code text} between {@code from} and {@code to}, in order, as
	 * [start, end) pairs; blank-line separators are left out.
	 * @param abbreviation whether a word (with its final period) is an abbreviation that
	 * does not end a sentence
	 */
	static List<int[]> of(String text, int from, int to, Predicate<String> abbreviation) {
		return of(text, from, to, abbreviation, MAX_UNIT);
	}

	static List<int[]> of(String text, int from, int to, Predicate<String> abbreviation, int max) {
		List<int[]> out = new ArrayList<>();
		int paragraphStart = from;
		while (paragraphStart < to) {
			int blank = text.indexOf("\n\n", paragraphStart);
			int paragraphEnd = blank < 0 || blank > to ? to : blank;
			int start = paragraphStart;
			while (paragraphEnd - start > max) {
				int cut = cut(text, start, start + max, abbreviation);
				out.add(new int[] { start, cut });
				start = cut;
			}
			if (paragraphEnd > start) {
				out.add(new int[] { start, paragraphEnd });
			}
			paragraphStart = paragraphEnd + 2;
		}
		return out;
	}

	/**
	 * Where to end a piece that starts at {@code start} and may not go past
	 * {@code limit}: the best boundary in the second half of the range.
	 */
	static int cut(String text, int start, int limit, Predicate<String> abbreviation) {
		int floor = start + (limit - start) / 2;
		int sentenceEnd = -1;
		int lineBreak = -1;
		int space = -1;
		for (int i = limit - 1; i > floor; i--) {
			char c = text.charAt(i);
			if (c == '\n') {
				if (endsSentence(text, floor, i, ".!?:;")) {
					return i + 1;
				}
				lineBreak = lineBreak < 0 ? i + 1 : lineBreak;
			}
			else if (Character.isWhitespace(c)) {
				space = space < 0 ? i + 1 : space;
				if (sentenceEnd < 0 && i + 1 < limit && startsSentence(text.charAt(i + 1))
						&& endsSentence(text, floor, i, ".!?") && !abbreviated(text, floor, i, abbreviation)) {
					sentenceEnd = i + 1;
				}
			}
		}
		if (sentenceEnd > 0) {
			return sentenceEnd;
		}
		if (lineBreak > 0) {
			return lineBreak;
		}
		if (space > 0) {
			return space;
		}
		// no boundary at all: a plain cut, never inside a surrogate pair
		return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
	}

	/**
	 * Whether the last non-space character before {@code i} is one of {@code ends}.
	 */
	private static boolean endsSentence(String text, int floor, int i, String ends) {
		int j = i - 1;
		while (j > floor && text.charAt(j) == ' ') {
			j--;
		}
		return ends.indexOf(text.charAt(j)) >= 0;
	}

	private static boolean startsSentence(char c) {
		return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '(';
	}

	/**
	 * Whether the word before the space at {@code i} is an abbreviation or an initial.
	 */
	private static boolean abbreviated(String text, int floor, int i, Predicate<String> abbreviation) {
		int end = i;
		int begin = end - 1;
		while (begin > floor && !Character.isWhitespace(text.charAt(begin - 1))) {
			begin--;
		}
		String word = text.substring(begin, end);
		return word.length() <= 2 || abbreviation.test(word);
	}

}
