package org.ipgraph.ingest.uspto;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as bytes, without decoding: the encoding is the XML
 * parser's business, and a bad byte must fail one document, not the stream. A line longer
 * than the limit is not kept, only marked as {@link #overflow()}.
 */
final class ByteLines {

	private final InputStream in;

	private final int maxLineBytes;

	private final byte[] buffer = new byte[1 << 16];

	private int position;

	private int limit;

	private byte[] line = new byte[1024];

	private int length;

	private boolean overflow;

	private long number;

	ByteLines(InputStream in, int maxLineBytes) {
		this.in = in;
		this.maxLineBytes = maxLineBytes;
	}

	/**
	 * Moves to the next line, with its line break.
	 * @return false at the end of the stream
	 */
	boolean next() throws IOException {
		this.length = 0;
		this.overflow = false;
		while (true) {
			if (this.position == this.limit) {
				this.limit = Math.max(this.in.read(this.buffer), 0);
				this.position = 0;
				if (this.limit == 0) {
					if (this.length == 0 && !this.overflow) {
						return false;
					}
					this.number++;
					return true;
				}
			}
			int end = this.position;
			while (end < this.limit && this.buffer[end] != '\n') {
				end++;
			}
			boolean complete = end < this.limit;
			int stop = complete ? end + 1 : end;
			append(stop - this.position);
			this.position = stop;
			if (complete) {
				this.number++;
				return true;
			}
		}
	}

	private void append(int count) {
		if (this.overflow || this.length + count > this.maxLineBytes) {
			this.overflow = true;
			return;
		}
		if (this.length + count > this.line.length) {
			this.line = Arrays.copyOf(this.line, Math.max(this.line.length * 2, this.length + count));
		}
		System.arraycopy(this.buffer, this.position, this.line, this.length, count);
		this.length += count;
	}

	/**
	 * The current line's bytes; valid up to {@link #length()} until the next call.
	 */
	byte[] bytes() {
		return this.line;
	}

	int length() {
		return this.length;
	}

	boolean overflow() {
		return this.overflow;
	}

	/**
	 * The current line's number, from 1.
	 */
	long number() {
		return this.number;
	}

	boolean startsWith(byte[] prefix, int offset) {
		return this.length >= offset + prefix.length
				&& Arrays.equals(this.line, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	boolean isBlank() {
		if (this.overflow) {
			return false;
		}
		for (int i = 0; i < this.length; i++) {
			byte b = this.line[i];
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
				return false;
			}
		}
		return true;
	}

}
