package org.ipgraph.ingest.uspto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Cuts a stream of concatenated XML documents, as in the USPTO weekly files, into single
 * documents. A document starts at each line that begins with {@code <?xml}; the stream is read
 * line by line, so only one document is ever held in memory. Documents whose root element is
 * not wanted (sequence listings) are counted but not kept.
 */
final class DocumentSplitter {

	private static final byte[] DECLARATION = "<?xml".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final InputStream in;

	private final int maxDocumentBytes;

	private final Predicate<String> wanted;

	private final byte[] buffer = new byte[1 << 16];

	private int position;

	private int limit;

	private final Line line = new Line();

	private boolean lineHeld;

	private long lineNumber;

	private int documents;

	/**
	 * @param in the stream, read to its end
	 * @param maxDocumentBytes a larger document is reported as {@link RawDocument#oversized()}
	 * @param wanted which root elements to keep the content of
	 */
	DocumentSplitter(InputStream in, int maxDocumentBytes, Predicate<String> wanted) {
		this.in = in;
		this.maxDocumentBytes = maxDocumentBytes;
		this.wanted = wanted;
	}

	/**
	 * The next document, or null at the end of the stream. Whitespace between documents is
	 * skipped.
	 */
	RawDocument next() throws IOException {
		Collector document = null;
		while (this.lineHeld || readLine()) {
			boolean starts = startsWith(this.line, DECLARATION);
			if (document != null && starts) {
				this.lineHeld = true;
				return document.finish();
			}
			this.lineHeld = false;
			if (document == null) {
				if (!starts && this.line.isBlank()) {
					continue;
				}
				document = new Collector(++this.documents, this.lineNumber, this.maxDocumentBytes, this.wanted);
			}
			document.append(this.line);
		}
		return document == null ? null : document.finish();
	}

	private boolean readLine() throws IOException {
		this.line.clear();
		while (true) {
			if (this.position == this.limit) {
				this.limit = this.in.read(this.buffer);
				this.position = 0;
				if (this.limit <= 0) {
					this.limit = 0;
					if (this.line.length() == 0 && !this.line.overflow) {
						return false;
					}
					this.lineNumber++;
					return true;
				}
			}
			int end = this.position;
			while (end < this.limit && this.buffer[end] != '\n') {
				end++;
			}
			boolean complete = end < this.limit;
			int stop = complete ? end + 1 : end;
			this.line.append(this.buffer, this.position, stop - this.position, this.maxDocumentBytes);
			this.position = stop;
			if (complete) {
				this.lineNumber++;
				return true;
			}
		}
	}

	private static boolean startsWith(Line line, byte[] prefix) {
		int offset = line.startsWith(BOM, 0) ? BOM.length : 0;
		return line.startsWith(prefix, offset);
	}

	/**
	 * One document's bytes, or why they were not kept.
	 *
	 * @param number position in the file, from 1
	 * @param line the line it starts on, from 1
	 * @param root the root element's name, or null when none was found
	 * @param content the bytes, or null when not kept (unwanted root, oversized, not XML)
	 * @param oversized whether it exceeded the size limit
	 * @param head the start of the document, for messages
	 * @param lines how many lines it spans
	 */
	record RawDocument(int number, long line, String root, byte[] content, boolean oversized, String head,
			long lines) {

		/**
		 * Whether the document starts like XML: its first character is {@code <}.
		 */
		boolean looksLikeXml() {
			return this.head.isEmpty() || this.head.charAt(0) == '<';
		}

	}

	/**
	 * Accumulates one document until its root element says whether to keep it.
	 */
	private static final class Collector {

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

		Collector(int number, long line, int max, Predicate<String> wanted) {
			this.number = number;
			this.line = line;
			this.max = max;
			this.wanted = wanted;
		}

		void append(Line line) {
			this.lines++;
			if (this.head.length() < 80) {
				this.head.append(new String(line.bytes, 0, Math.min(line.length, 200), StandardCharsets.UTF_8)
					.replaceFirst("^\uFEFF", "")
					.stripLeading());
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
			if (line.overflow || this.bytes.size() + line.length > this.max) {
				this.oversized = true;
				this.bytes.reset();
				return;
			}
			this.bytes.write(line.bytes, 0, line.length);
		}

		RawDocument finish() {
			byte[] content = this.keep && !this.oversized ? this.bytes.toByteArray() : null;
			String start = this.head.length() > 80 ? this.head.substring(0, 80) : this.head.toString();
			return new RawDocument(this.number, this.line, this.root, content, this.oversized, start.strip(),
					this.lines);
		}

		/**
		 * The name of the first start tag on the line, skipping declarations, processing
		 * instructions and the DOCTYPE.
		 */
		private static String rootName(Line line) {
			for (int i = 0; i < line.length - 1; i++) {
				if (line.bytes[i] == '<' && isNameStart(line.bytes[i + 1])) {
					int end = i + 1;
					while (end < line.length && !isNameEnd(line.bytes[end])) {
						end++;
					}
					return new String(line.bytes, i + 1, end - i - 1, StandardCharsets.UTF_8);
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

	/**
	 * A reusable line buffer; past the limit it only remembers that it overflowed.
	 */
	private static final class Line {

		private byte[] bytes = new byte[1024];

		private int length;

		private boolean overflow;

		void clear() {
			this.length = 0;
			this.overflow = false;
		}

		int length() {
			return this.length;
		}

		void append(byte[] source, int offset, int count, int max) {
			if (this.overflow || this.length + count > max) {
				this.overflow = true;
				return;
			}
			if (this.length + count > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + count));
			}
			System.arraycopy(source, offset, this.bytes, this.length, count);
			this.length += count;
		}

		boolean startsWith(byte[] prefix, int offset) {
			if (this.length < offset + prefix.length) {
				return false;
			}
			return Arrays.equals(this.bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
		}

		boolean isBlank() {
			if (this.overflow) {
				return false;
			}
			for (int i = 0; i < this.length; i++) {
				byte b = this.bytes[i];
				if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
					return false;
				}
			}
			return true;
		}

	}

}
