package org.ipgraph.ingest.uspto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * One document cut from a stream: its bytes, or why they were not kept.
 *
 * @param number position in the file, from 1
 * @param line the line it starts on, from 1
 * @param root the root element's name, or null when none was found
 * @param content the bytes, or null when not kept (unwanted root, oversized, not XML)
 * @param oversized whether it exceeded the size limit
 * @param head the start of the document, for messages
 * @param lines how many lines it spans
 */
record RawDocument(int number, long line, String root, byte[] content, boolean oversized, String head, long lines) {

	/**
	 * Whether the document starts like XML, with {@code <}.
	 */
	boolean looksLikeXml() {
		return this.head.isEmpty() || this.head.charAt(0) == '<';
	}

	/**
	 * Accumulates one document's lines until its root element says whether to keep them.
	 */
	static final class Builder {

		private static final int HEAD = 80;

		private final int number;

		private final long line;

		private final int max;

		private final Predicate<String> wanted;

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);

		private final StringBuilder head = new StringBuilder();

		private String root;

		private boolean keep = true;

		private boolean oversized;

		private long lines;

		Builder(int number, long line, int max, Predicate<String> wanted) {
			this.number = number;
			this.line = line;
			this.max = max;
			this.wanted = wanted;
		}

		void append(ByteLines line) {
			this.lines++;
			if (this.head.length() < HEAD) {
				String text = new String(line.bytes(), 0, Math.min(line.length(), 2 * HEAD), StandardCharsets.UTF_8);
				this.head.append(this.head.isEmpty() ? text.replaceFirst("^\uFEFF", "").stripLeading() : text);
				if (!this.head.isEmpty() && this.head.charAt(0) != '<') {
					this.keep = false;
				}
			}
			if (this.root == null && this.keep) {
				this.root = rootName(line);
				if (this.root != null && !this.wanted.test(this.root)) {
					this.keep = false;
					this.bytes.reset();
				}
			}
			if (!this.keep || this.oversized) {
				return;
			}
			if (line.overflow() || this.bytes.size() + line.length() > this.max) {
				this.oversized = true;
				this.bytes.reset();
				return;
			}
			this.bytes.write(line.bytes(), 0, line.length());
		}

		RawDocument build() {
			byte[] content = this.keep && !this.oversized ? this.bytes.toByteArray() : null;
			String start = this.head.length() > HEAD ? this.head.substring(0, HEAD) : this.head.toString();
			return new RawDocument(this.number, this.line, this.root, content, this.oversized, start.strip(),
					this.lines);
		}

		/**
		 * The name of the first start tag on the line, past declarations, processing
		 * instructions and the DOCTYPE, which start with {@code <?} or {@code <!}.
		 */
		private static String rootName(ByteLines line) {
			byte[] bytes = line.bytes();
			for (int i = 0; i < line.length() - 1; i++) {
				if (bytes[i] == '<' && isNameStart(bytes[i + 1])) {
					int end = i + 1;
					while (end < line.length() && !isNameEnd(bytes[end])) {
						end++;
					}
					return new String(bytes, i + 1, end - i - 1, StandardCharsets.UTF_8);
				}
			}
			return null;
		}

		private static boolean isNameStart(byte b) {
			return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_' || b < 0;
		}

		private static boolean isNameEnd(byte b) {
			return b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\r' || b == '\n';
		}

	}

}
