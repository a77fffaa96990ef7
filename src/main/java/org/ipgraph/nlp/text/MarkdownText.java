package org.ipgraph.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of a Markdown file as a reader sees it, block by block, with each character's
 * index in the source. Headings, list items, table cells and quotations are blocks of
 * their own, so that no sentence runs from a heading into the body or from one list item
 * into the next. Link syntax yields its visible text only
 * ({@code [text](Target "wikilink")} reads "text", also nested), code spans read as the
 * text they quote, and the markup of pandoc-converted wiki pages goes: backslash escapes,
 * emphasis marks, heading anchors ({@code {#id}}), HTML tags, autolinks and bare URLs,
 * MoinMoin's {@code !} before a word and its {@code -*- ... -*-} header. Front matter and
 * fenced code are dropped. A dated news line keeps its date; its region tag is kept on
 * the block (see {@link TextBlock}).
 */
final class MarkdownText {

	private static final Pattern ATX = Pattern.compile("^(#{1,6})(?:[ \\t]+|$)");

	private static final Pattern RULE = Pattern.compile("^(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})$");

	private static final Pattern SETEXT = Pattern.compile("^(?:=+|-+)[ \\t]*$");

	private static final Pattern LIST = Pattern.compile("^(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]+|$)");

	private static final Pattern TABLE_RULE = Pattern.compile("^[|+]?[ \\t]*:?[-=]{3,}[-=:|+ \\t]*$");

	private static final Pattern MOIN_HEADER = Pattern.compile("-\\*-.*-\\*-");

	private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,6}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

	private static final Pattern HTML_TAG = Pattern.compile("/?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?");

	private static final Pattern AUTOLINK = Pattern
		.compile("(?i)(?:https?|ftp|mailto|file|news|irc):[^<>\\s]*|[^<>\\s@]+@[^<>\\s@]+");

	private static final java.util.Set<String> BREAKING_TAGS = java.util.Set.of("br", "p", "div", "li", "tr", "td",
			"th", "hr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre");

	/**
	 * How far a bracket, parenthesis or backtick looks for its partner: keeps the scan
	 * linear.
	 */
	private static final int REACH = 4_000;

	private final String source;

	private final TextBuilder out = new TextBuilder(true);

	/** The open block: source ranges of its lines. */
	private final List<int[]> segments = new ArrayList<>();

	private TextBlock.Kind kind = TextBlock.Kind.PARAGRAPH;

	/** Columns of a grid table row being read: the source ranges of each cell's lines. */
	private List<List<int[]>> gridRow;

	private MarkdownText(String source) {
		this.source = source;
	}

	static ExtractedText extract(String markdown, String charset) {
		MarkdownText parser = new MarkdownText(markdown);
		parser.blocks();
		ExtractedText text = parser.out.build(null, "text/markdown", charset);
		String title = null;
		for (TextBlock block : text.blocks()) {
			if (block.kind() == TextBlock.Kind.HEADING) {
				title = text.text().substring(block.start(), block.end()).replace('\n', ' ');
				break;
			}
		}
		return new ExtractedText(text.text(), title, text.mediaType(), charset, text.offsets(), text.blocks());
	}

	private void blocks() {
		String s = this.source;
		int position = frontMatterEnd();
		while (position < s.length()) {
			int lineEnd = s.indexOf('\n', position);
			int next = lineEnd < 0 ? s.length() : lineEnd + 1;
			int end = lineEnd < 0 ? s.length() : lineEnd;
			if (end > position && s.charAt(end - 1) == '\r') {
				end--;
			}
			line(position, end);
			position = next;
		}
		flush();
		flushGrid();
	}

	/** The marker of the open code fence, or null. */
	private String fence;

	private void line(int start, int end) {
		int indent = 0;
		int first = start;
		while (first < end && (this.source.charAt(first) == ' ' || this.source.charAt(first) == '\t')) {
			indent += this.source.charAt(first) == '\t' ? 4 : 1;
			first++;
		}
		String t = this.source.substring(first, end).stripTrailing();
		if (this.fence != null) {
			if (t.startsWith(this.fence)) {
				this.fence = null;
			}
			return;
		}
		if (t.isEmpty()) {
			flush();
			return;
		}
		boolean top = indent <= 3;
		if (top && (t.startsWith("```") || t.startsWith("~~~"))) {
			flush();
			this.fence = t.substring(0, 3);
			return;
		}
		if (MOIN_HEADER.matcher(t).find()) {
			return;
		}
		if (top && (t.startsWith("|") || t.startsWith("+-") || t.startsWith("+="))) {
			flush();
			table(first, first + t.length(), t);
			return;
		}
		flushGrid();
		if (top && SETEXT.matcher(t).matches() && this.kind == TextBlock.Kind.PARAGRAPH && this.segments.size() == 1) {
			this.kind = TextBlock.Kind.HEADING;
			flush();
			return;
		}
		if (top && RULE.matcher(t).matches()) {
			flush();
			return;
		}
		Matcher atx = ATX.matcher(t);
		if (top && atx.find()) {
			flush();
			int contentStart = first + atx.end();
			int contentEnd = first + t.length();
			// closing hashes
			while (contentEnd > contentStart && this.source.charAt(contentEnd - 1) == '#') {
				contentEnd--;
			}
			this.segments.add(new int[] { contentStart, contentEnd });
			this.kind = TextBlock.Kind.HEADING;
			flush();
			return;
		}
		Matcher list = LIST.matcher(t);
		if (list.find() && (top || this.kind == TextBlock.Kind.LIST_ITEM)) {
			flush();
			this.kind = TextBlock.Kind.LIST_ITEM;
			this.segments.add(new int[] { first + list.end(), first + t.length() });
			return;
		}
		if (top && t.startsWith(">")) {
			if (this.kind != TextBlock.Kind.QUOTE) {
				flush();
			}
			this.kind = TextBlock.Kind.QUOTE;
			int contentStart = first + 1;
			while (contentStart < end && this.source.charAt(contentStart) == '>'
					|| contentStart < end && this.source.charAt(contentStart) == ' ') {
				contentStart++;
			}
			this.segments.add(new int[] { contentStart, first + t.length() });
			return;
		}
		if (this.segments.isEmpty()) {
			this.kind = t.startsWith("`") ? TextBlock.Kind.QUOTE : TextBlock.Kind.PARAGRAPH;
		}
		this.segments.add(new int[] { first, first + t.length() });
	}

	/**
	 * A line of a pipe table ({@code | a | b |}) or a grid table ({@code +---+---+}):
	 * every cell is a block; the lines of a grid cell make one block.
	 */
	private void table(int start, int end, String t) {
		if (TABLE_RULE.matcher(t).matches()) {
			flushGrid();
			if (t.startsWith("+")) {
				this.gridRow = new ArrayList<>();
			}
			return;
		}
		List<int[]> cells = cells(start, end);
		if (this.gridRow == null) {
			for (int[] cell : cells) {
				this.segments.add(cell);
				this.kind = TextBlock.Kind.TABLE_CELL;
				flush();
			}
			return;
		}
		for (int i = 0; i < cells.size(); i++) {
			if (this.gridRow.size() <= i) {
				this.gridRow.add(new ArrayList<>());
			}
			this.gridRow.get(i).add(cells.get(i));
		}
	}

	private List<int[]> cells(int start, int end) {
		List<int[]> cells = new ArrayList<>();
		int cellStart = start;
		boolean code = false;
		for (int i = start; i <= end; i++) {
			char c = i < end ? this.source.charAt(i) : '|';
			if (c == '\\' && i + 1 < end) {
				i++;
				continue;
			}
			if (c == '`') {
				code = !code;
			}
			if (c == '|' && (!code || i == end)) {
				if (i > cellStart && !this.source.substring(cellStart, i).isBlank()) {
					cells.add(new int[] { cellStart, i });
				}
				cellStart = i + 1;
			}
		}
		return cells;
	}

	private void flushGrid() {
		if (this.gridRow == null) {
			return;
		}
		for (List<int[]> column : this.gridRow) {
			this.segments.addAll(column);
			this.kind = TextBlock.Kind.TABLE_CELL;
			flush();
		}
		this.gridRow.clear();
		this.gridRow = null;
	}

	/**
	 * Writes the open block: its lines joined by line breaks, read inline.
	 */
	private void flush() {
		if (this.segments.isEmpty()) {
			this.kind = TextBlock.Kind.PARAGRAPH;
			return;
		}
		int size = 0;
		for (int[] segment : this.segments) {
			size += segment[1] - segment[0] + 1;
		}
		char[] chars = new char[size];
		int[] at = new int[size];
		int n = 0;
		for (int[] segment : this.segments) {
			if (n > 0) {
				chars[n] = '\n';
				at[n] = Math.max(0, segment[0] - 1);
				n++;
			}
			for (int i = segment[0]; i < segment[1]; i++) {
				chars[n] = this.source.charAt(i);
				at[n] = i;
				n++;
			}
		}
		new Inline(chars, at, n, this.out).read(0, n);
		this.out.endBlock(this.kind);
		this.segments.clear();
		this.kind = TextBlock.Kind.PARAGRAPH;
	}

	private int frontMatterEnd() {
		String s = this.source;
		if (!s.startsWith("---\n") && !s.startsWith("---\r\n")) {
			return 0;
		}
		Matcher close = Pattern.compile("(?m)^(?:---|\\.\\.\\.)\\r?$").matcher(s);
		if (close.find(4)) {
			int lineEnd = s.indexOf('\n', close.start());
			return lineEnd < 0 ? s.length() : lineEnd + 1;
		}
		return 0;
	}

	/**
	 * Inline markup of one block.
	 */
	private static final class Inline {

		private final char[] c;

		private final int[] at;

		private final int n;

		private final TextBuilder out;

		Inline(char[] c, int[] at, int n, TextBuilder out) {
			this.c = c;
			this.at = at;
			this.n = n;
			this.out = out;
		}

		void read(int from, int to) {
			int i = from;
			while (i < to) {
				i = step(i, from, to);
			}
		}

		/**
		 * Reads what starts at {@code i}; returns where the next thing starts.
		 */
		private int step(int i, int from, int to) {
			char ch = this.c[i];
			switch (ch) {
				case '\\' -> {
					if (i + 1 >= to) {
						return i + 1;
					}
					char next = this.c[i + 1];
					if (next == '\n') {
						this.out.newline(this.at[i]);
						return i + 2;
					}
					if (isPunctuation(next)) {
						this.out.append(next, this.at[i + 1]);
						return i + 2;
					}
					return keep(i);
				}
				case '`' -> {
					return code(i, to);
				}
				case '[' -> {
					return bracket(i, to);
				}
				case '!' -> {
					if (i + 1 < to && this.c[i + 1] == '[') {
						return bracket(i + 1, to);
					}
					boolean wordFollows = i + 1 < to && Character.isUpperCase(this.c[i + 1]);
					boolean wordBefore = i > from && Character.isLetterOrDigit(this.c[i - 1]);
					if (wordFollows && !wordBefore) {
						// MoinMoin: "!MacGann" is the word MacGann, not a link
						return i + 1;
					}
					return keep(i);
				}
				case '<' -> {
					return angle(i, to);
				}
				case '*' -> {
					return i + 1;
				}
				case '~' -> {
					if (i + 1 < to && this.c[i + 1] == '~') {
						return i + 2;
					}
					return keep(i);
				}
				case '_' -> {
					boolean inWord = i > from && Character.isLetterOrDigit(this.c[i - 1]) && i + 1 < to
							&& Character.isLetterOrDigit(this.c[i + 1]);
					if (inWord) {
						this.out.append(ch, this.at[i]);
					}
					return i + 1;
				}
				case '&' -> {
					return entity(i, to);
				}
				case '{' -> {
					if (i + 1 < to && (this.c[i + 1] == '#' || this.c[i + 1] == '.')) {
						int close = find('}', i + 1, to);
						if (close > 0) {
							return close + 1;
						}
					}
					return keep(i);
				}
				default -> {
					if ((ch == 'h' || ch == 'w' || ch == 'f')
							&& (i == from || !Character.isLetterOrDigit(this.c[i - 1])) && startsUrl(i, to)) {
						return urlEnd(i, to);
					}
					return keep(i);
				}
			}
		}

		/**
		 * A code span: its text as written. Unmatched backticks are dropped.
		 */
		private int code(int i, int to) {
			int k = 0;
			while (i + k < to && this.c[i + k] == '`') {
				k++;
			}
			int limit = Math.min(to, i + k + REACH);
			int j = i + k;
			while (j < limit) {
				if (this.c[j] == '`') {
					int run = 0;
					while (j + run < to && this.c[j + run] == '`') {
						run++;
					}
					if (run == k) {
						for (int x = i + k; x < j; x++) {
							this.out.append(this.c[x], this.at[x]);
						}
						return j + k;
					}
					j += run;
				}
				else {
					j++;
				}
			}
			return i + k;
		}

		/**
		 * A link or image ({@code [text](target "title")}, {@code [text][ref]},
		 * {@code [[Target|text]]}): the visible text only. A bracket that opens no link
		 * is text.
		 */
		private int bracket(int i, int to) {
			if (i + 1 < to && this.c[i + 1] == '[') {
				int close = indexOf("]]", i + 2, to);
				if (close > 0) {
					int bar = find('|', i + 2, close);
					read(bar > 0 ? bar + 1 : i + 2, close);
					return close + 2;
				}
			}
			int close = matching(i, to);
			if (close > 0 && close + 1 < to && this.c[close + 1] == '(') {
				int end = destinationEnd(close + 1, to);
				if (end > 0) {
					read(i + 1, close);
					return end + 1;
				}
			}
			if (close > 0 && close + 1 < to && this.c[close + 1] == '[') {
				int end = find(']', close + 2, to);
				if (end > 0) {
					read(i + 1, close);
					return end + 1;
				}
			}
			return keep(i);
		}

		/**
		 * The closing bracket of the one at {@code i}; nested brackets, escapes and code
		 * spans skipped; -1 when there is none.
		 */
		private int matching(int i, int to) {
			return closing(i, to, '[', ']', '`');
		}

		/**
		 * The parenthesis that closes a link destination, with nested parentheses and a
		 * quoted title; -1 when there is none.
		 */
		private int destinationEnd(int open, int to) {
			return closing(open, to, '(', ')', '"');
		}

		/**
		 * The character that closes the one at {@code open}, counting nested pairs and
		 * skipping escapes and what stands between two {@code quote} characters.
		 */
		private int closing(int open, int to, char opening, char closingChar, char quote) {
			int depth = 0;
			boolean quoted = false;
			int limit = Math.min(to, open + REACH);
			for (int j = open; j < limit; j++) {
				char ch = this.c[j];
				if (ch == '\\' && !quoted) {
					j++;
				}
				else if (ch == quote) {
					quoted = !quoted;
				}
				else if (!quoted && ch == opening) {
					depth++;
				}
				else if (!quoted && ch == closingChar) {
					depth--;
					if (depth == 0) {
						return j;
					}
				}
			}
			return -1;
		}

		/**
		 * An autolink or mail address in angle brackets goes, an HTML tag goes (a block
		 * tag leaves a line break); anything else is text.
		 */
		private int angle(int i, int to) {
			int close = find('>', i + 1, Math.min(to, i + 2_000));
			if (close > 0) {
				String inside = new String(this.c, i + 1, close - i - 1);
				if (AUTOLINK.matcher(inside).matches()) {
					return close + 1;
				}
				if (HTML_TAG.matcher(inside).matches()) {
					String name = inside.replaceFirst("^/", "").split("[\\s/]", 2)[0]
						.toLowerCase(java.util.Locale.ROOT);
					if (BREAKING_TAGS.contains(name)) {
						this.out.newline(this.at[i]);
					}
					return close + 1;
				}
			}
			return keep(i);
		}

		private int entity(int i, int to) {
			int close = find(';', i + 1, Math.min(to, i + 12));
			if (close > 0) {
				Matcher m = ENTITY.matcher(new String(this.c, i, close - i + 1));
				if (m.matches()) {
					String decoded = decode(m.group(1));
					if (decoded != null) {
						this.out.append(decoded, this.at[i]);
						return close + 1;
					}
				}
			}
			return keep(i);
		}

		private static String decode(String entity) {
			if (entity.startsWith("#x") || entity.startsWith("#X")) {
				return Character.toString(Integer.parseInt(entity.substring(2), 16));
			}
			if (entity.startsWith("#")) {
				int code = Integer.parseInt(entity.substring(1));
				return Character.isValidCodePoint(code) ? Character.toString(code) : null;
			}
			return switch (entity) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				case "nbsp" -> " ";
				case "ndash" -> "–";
				case "mdash" -> "—";
				default -> null;
			};
		}

		/**
		 * The character at {@code i} as it stands.
		 */
		private int keep(int i) {
			this.out.append(this.c[i], this.at[i]);
			return i + 1;
		}

		private boolean startsUrl(int i, int to) {
			return startsWith("http://", i, to) || startsWith("https://", i, to) || startsWith("ftp://", i, to)
					|| startsWith("www.", i, to);
		}

		/**
		 * A bare URL goes up to the next space; punctuation that ends the sentence stays.
		 */
		private int urlEnd(int i, int to) {
			int j = i;
			while (j < to && !Character.isWhitespace(this.c[j]) && this.c[j] != '<' && this.c[j] != '`') {
				j++;
			}
			while (j > i && ".,;:!?)]\"'".indexOf(this.c[j - 1]) >= 0) {
				j--;
			}
			return j;
		}

		private boolean startsWith(String prefix, int i, int to) {
			if (i + prefix.length() > to) {
				return false;
			}
			for (int k = 0; k < prefix.length(); k++) {
				if (Character.toLowerCase(this.c[i + k]) != prefix.charAt(k)) {
					return false;
				}
			}
			return true;
		}

		private int find(char target, int from, int to) {
			int limit = Math.min(to, from + REACH);
			for (int j = from; j < limit; j++) {
				if (this.c[j] == target) {
					return j;
				}
			}
			return -1;
		}

		private int indexOf(String target, int from, int to) {
			int limit = Math.min(to, from + REACH);
			for (int j = from; j + target.length() <= limit; j++) {
				boolean all = true;
				for (int k = 0; k < target.length() && all; k++) {
					all = this.c[j + k] == target.charAt(k);
				}
				if (all) {
					return j;
				}
			}
			return -1;
		}

		private static boolean isPunctuation(char ch) {
			return ch < 128 && !Character.isLetterOrDigit(ch) && !Character.isWhitespace(ch) && ch > ' ';
		}

	}

}
