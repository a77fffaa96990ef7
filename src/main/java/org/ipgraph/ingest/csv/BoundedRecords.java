package org.ipgraph.ingest.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

import org.ipgraph.ingest.IngestLimits;

/**
 * The characters of a CSV file, record by record, each kept under the limits before the
 * parser sees it. Records are found as the parser finds them (a quoted field may span
 * lines). A record with too many fields, a field or a record over its byte limit is cut
 * out as soon as it passes the limit and the rest of it skipped: the parser gets a marker
 * record instead, a quoted field that holds as many line breaks as the record did, so the
 * line numbers of later records stay right, and {@link #problem} gives the reason for it.
 * An unclosed quote cannot swallow the file: once a record is over its limit and twice as
 * long again, reading picks up at the next line. At most one record is held.
 */
final class BoundedRecords extends Reader {

	/** Starts the marker field; the number after it keys the reason. */
	static final char MARKER = '\uE000';

	private static final int FIELD_START = 0;

	private static final int UNQUOTED = 1;

	private static final int QUOTED = 2;

	private static final int QUOTE_IN_QUOTED = 3;

	private final Reader in;

	private final char separator;

	private final int maxFields;

	private final long maxFieldBytes;

	private final long maxRecordBytes;

	private final char[] buffer = new char[64 * 1024];

	private int position;

	private int limit;

	private boolean eof;

	private final StringBuilder record = new StringBuilder();

	private int emitted;

	private final Map<Integer, String> problems = new HashMap<>();

	private int markers;

	BoundedRecords(Reader in, char separator, IngestLimits limits) {
		this.in = in;
		this.separator = separator;
		this.maxFields = limits.maxCsvFields();
		this.maxFieldBytes = limits.maxFieldBytes().toBytes();
		this.maxRecordBytes = limits.maxRecordBytes().toBytes();
	}

	/**
	 * The reason a record was cut out, when the fields are a marker record; each reason
	 * is given once.
	 */
	String problem(java.util.List<String> fields) {
		if (fields.size() != 1 || fields.get(0).isEmpty() || fields.get(0).charAt(0) != MARKER) {
			return null;
		}
		String field = fields.get(0);
		int end = 1;
		while (end < field.length() && Character.isDigit(field.charAt(end))) {
			end++;
		}
		return end == 1 ? null : this.problems.remove(Integer.parseInt(field.substring(1, end)));
	}

	@Override
	public int read(char[] target, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (this.emitted == this.record.length()) {
			this.record.setLength(0);
			this.emitted = 0;
			if (!nextRecord()) {
				return -1;
			}
		}
		int n = Math.min(length, this.record.length() - this.emitted);
		this.record.getChars(this.emitted, this.emitted + n, target, offset);
		this.emitted += n;
		return n;
	}

	/**
	 * Scans one record into {@link #record}, or its marker.
	 * @return false at the end of the input
	 */
	private boolean nextRecord() throws IOException {
		int state = FIELD_START;
		Scan scan = new Scan();
		boolean any = false;
		while (this.position < this.limit || fill()) {
			char c = this.buffer[this.position++];
			any = true;
			if (c == '\n' || c == '\r') {
				boolean crlf = c == '\r' && peek() == '\n';
				if (crlf) {
					this.position++;
				}
				// a line break inside quotes belongs to the field, unless the record is
				// being skipped and its quote never seems to close
				boolean inside = state == QUOTED && (scan.problem == null || scan.skipped <= this.maxRecordBytes);
				String lineBreak = crlf ? "\r\n" : String.valueOf(c);
				if (!inside) {
					if (scan.problem == null) {
						this.record.append(lineBreak);
					}
					break;
				}
				scan.lineBreaks++;
				if (scan.count(lineBreak.length())) {
					this.record.append(lineBreak);
				}
				continue;
			}
			if (c == this.separator && state != QUOTED) {
				state = FIELD_START;
				scan.fields++;
				scan.fieldBytes = 0;
			}
			else if (c == '"') {
				state = switch (state) {
					case FIELD_START -> QUOTED;
					case QUOTED -> QUOTE_IN_QUOTED;
					case QUOTE_IN_QUOTED -> QUOTED;
					default -> UNQUOTED;
				};
			}
			else if (state == FIELD_START || state == QUOTE_IN_QUOTED) {
				state = UNQUOTED;
			}
			if (scan.count(c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3)) {
				this.record.append(c);
			}
		}
		if (!any) {
			return false;
		}
		if (scan.problem != null) {
			marker(scan.problem, scan.lineBreaks);
		}
		return true;
	}

	/**
	 * What is known of the record being scanned.
	 */
	private final class Scan {

		int fields = 1;

		long fieldBytes;

		long recordBytes;

		long skipped;

		int lineBreaks;

		String problem;

		/**
		 * Counts a character's bytes against the limits.
		 * @return whether the record is still within them, so the character is kept
		 */
		boolean count(int bytes) {
			this.fieldBytes += bytes;
			this.recordBytes += bytes;
			if (this.problem != null) {
				this.skipped += bytes;
				return false;
			}
			this.problem = problem();
			return this.problem == null;
		}

		private String problem() {
			if (this.fields > BoundedRecords.this.maxFields) {
				return "more than " + BoundedRecords.this.maxFields
						+ " fields (ipgraph.ingest.max-csv-fields); record skipped";
			}
			if (this.fieldBytes > BoundedRecords.this.maxFieldBytes) {
				return "field " + this.fields + " is over " + BoundedRecords.this.maxFieldBytes
						+ " bytes (ipgraph.ingest.max-field-bytes); record skipped";
			}
			if (this.recordBytes > BoundedRecords.this.maxRecordBytes) {
				return "record (line) over " + BoundedRecords.this.maxRecordBytes
						+ " bytes (ipgraph.ingest.max-record-bytes); record skipped";
			}
			return null;
		}

	}

	private void marker(String problem, int lineBreaks) {
		int id = ++this.markers;
		this.problems.put(id, problem);
		this.record.setLength(0);
		this.record.append('"').append(MARKER).append(id);
		this.record.repeat('\n', lineBreaks);
		this.record.append("\"\n");
	}

	private int peek() throws IOException {
		if (this.position == this.limit && !fill()) {
			return -1;
		}
		return this.buffer[this.position];
	}

	private boolean fill() throws IOException {
		if (this.eof) {
			return false;
		}
		int n = this.in.read(this.buffer, 0, this.buffer.length);
		if (n <= 0) {
			this.eof = n < 0;
			this.position = 0;
			this.limit = 0;
			return !this.eof && fill();
		}
		this.position = 0;
		this.limit = n;
		return true;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
