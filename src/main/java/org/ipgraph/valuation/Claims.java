package org.ipgraph.valuation;

/**
 * Counts the claims of a claims text: the claims are numbered 1, 2, 3... in order, so the
 * count is the last number found in sequence ({@code "1. A method... 2. The method of
 * claim 1..."} has 2).
 */
final class Claims {

	private Claims() {
	}

	/**
	 * The number of claims, or -1 when the text is absent.
	 */
	static int count(String text) {
		if (text == null || text.isBlank()) {
			return -1;
		}
		int next = 1;
		int from = 0;
		while (true) {
			int at = find(text, next, from);
			if (at < 0) {
				return Math.max(next - 1, 1);
			}
			from = at + 1;
			next++;
		}
	}

	private static int find(String text, int number, int from) {
		String token = Integer.toString(number);
		int at = text.indexOf(token, from);
		while (at >= 0) {
			int end = at + token.length();
			boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
			int i = end;
			while (i < text.length() && text.charAt(i) == ' ') {
				i++;
			}
			boolean numbered = i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')');
			if (startsWord && numbered && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
				return at;
			}
			at = text.indexOf(token, at + 1);
		}
		return -1;
	}

}
