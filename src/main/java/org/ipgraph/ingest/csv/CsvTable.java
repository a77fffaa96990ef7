package org.ipgraph.ingest.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import org.ipgraph.ingest.IngestLimits;
import org.ipgraph.ingest.RecordSink;

/**
 * The one CSV reader (over FastCSV): a file opened for a source reader, its header, then
 * its records checked one by one ({@link #read}) or as they are ({@link #rows}). The
 * content is decoded as UTF-8 with replacement, so a record with bytes that are not UTF-8
 * is rejected by itself instead of stopping the file (as is one that holds U+FFFD, a
 * character an earlier conversion lost). Quoted fields may span lines; a record's
 * position is the line it starts on. No record is held beyond the {@link IngestLimits}:
 * one with too many fields, or a field or record over its size, is rejected with the
 * limit it passed, and reading goes on at the next record.
 */
public final class CsvTable implements Closeable {

	private final CsvReader<CsvRecord> reader;

	private final CloseableIterator<CsvRecord> records;

	private final CsvHeader header;

	private final BoundedRecords bounded;

	private CsvTable(CsvReader<CsvRecord> reader, BoundedRecords bounded, Predicate<List<String>> preamble) {
		this.reader = reader;
		this.bounded = bounded;
		this.records = this.reader.iterator();
		CsvHeader first = null;
		while (first == null && this.records.hasNext()) {
			List<String> fields = this.records.next().getFields();
			if (!preamble.test(fields)) {
				first = CsvHeader.of(fields);
			}
		}
		this.header = first;
	}

	private static CsvReader.CsvReaderBuilder builder(char separator) {
		return CsvReader.builder()
			.fieldSeparator(separator)
			.allowExtraFields(true)
			.allowMissingFields(true)
			.allowExtraCharsAfterClosingQuote(true);
	}

	/**
	 * Opens a file whose first record is the header, with the default limits.
	 */
	public static CsvTable open(InputStream in, char separator) {
		return open(in, separator, IngestLimits.DEFAULTS);
	}

	/**
	 * Opens a file whose first record is the header.
	 * @param limits how large one record may be (a larger one is rejected by itself)
	 */
	public static CsvTable open(InputStream in, char separator, IngestLimits limits) {
		return open(in, separator, limits, fields -> false);
	}

	/**
	 * Opens a file whose header follows records that {@code preamble} recognises, such as
	 * the search URL line of a Google Patents export.
	 */
	public static CsvTable open(InputStream in, char separator, IngestLimits limits, Predicate<List<String>> preamble) {
		BoundedRecords bounded = new BoundedRecords(new InputStreamReader(in, StandardCharsets.UTF_8), separator,
				limits);
		// the parser's own limits sit above ours, so that a record over a limit reaches
		// it only as a marker
		CsvRecordHandler handler = CsvRecordHandler.builder()
			.maxFields(limits.maxCsvFields() + 1)
			.maxFieldSize((int) limits.maxRecordBytes().toBytes() + 16)
			.maxRecordSize((int) limits.maxRecordBytes().toBytes() * 2 + 16)
			.build();
		return new CsvTable(builder(separator).build(handler, bounded), bounded, preamble);
	}

	/**
	 * Reads a small comma-separated file whole, each record as a map from column name to
	 * its value as written (a byte-order mark before the header is dropped). For
	 * reference tables of the shared data, not for user files: nothing is checked.
	 */
	public static List<Map<String, String>> readAll(Path file) {
		List<Map<String, String>> rows = new ArrayList<>();
		try (CsvTable table = new CsvTable(builder(',').detectBomHeader(true).ofCsvRecord(file, StandardCharsets.UTF_8),
				null, fields -> false)) {
			for (CsvRow row : table.rows()) {
				rows.add(row.asMap());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		return rows;
	}

	/**
	 * The header, or null for an empty file.
	 */
	public CsvHeader header() {
		return this.header;
	}

	/**
	 * Parses every record into the sink. A file without the required columns is rejected
	 * as a whole; a record with the wrong number of fields, with bytes that are not
	 * UTF-8, or that the parser refuses is rejected alone. Records of blank fields only
	 * ({@code ,,,}) are empty lines and skipped.
	 * @param sink where records and rejections go
	 * @param required the columns the parser reads
	 * @param parser turns a row into a record; null skips the row silently
	 */
	public void read(RecordSink sink, Collection<String> required, RowParser parser) {
		if (!checkHeader(sink, required)) {
			return;
		}
		while (this.records.hasNext()) {
			CsvRecord record = this.records.next();
			if (record.getFields().stream().allMatch(String::isBlank)) {
				continue;
			}
			CsvRow row = row(record);
			String problem = row.oversized() != null ? row.oversized() : problem(record);
			if (problem != null) {
				sink.reject(row.ref(), problem);
				continue;
			}
			try {
				Object parsed = parser.parse(row);
				if (parsed != null) {
					sink.accept(row.ref(), parsed);
				}
			}
			catch (BadRecordException ex) {
				sink.reject(row.ref(), ex.getMessage());
			}
		}
	}

	/**
	 * The records after the header, as they are: for readers that check records
	 * themselves. Empty lines are skipped; a record may have more or fewer fields than
	 * the header, and one over a limit has no fields and says why in
	 * {@link CsvRow#oversized()}.
	 */
	public Iterable<CsvRow> rows() {
		return () -> new Iterator<>() {

			@Override
			public boolean hasNext() {
				return CsvTable.this.records.hasNext();
			}

			@Override
			public CsvRow next() {
				return row(CsvTable.this.records.next());
			}

		};
	}

	private CsvRow row(CsvRecord record) {
		String oversized = this.bounded == null ? null : this.bounded.problem(record.getFields());
		return new CsvRow(this.header, oversized != null ? List.of() : record.getFields(),
				record.getStartingLineNumber(), oversized);
	}

	/**
	 * Rejects the file when the header lacks a required column.
	 * @return whether the header is usable
	 */
	public boolean checkHeader(RecordSink sink, Collection<String> required) {
		if (this.header == null) {
			sink.reject("file", "empty file: no header line; expected columns " + required);
			return false;
		}
		List<String> missing = this.header.missing(required);
		if (!missing.isEmpty()) {
			sink.reject("file", "header lacks column(s) " + missing + "; found columns " + this.header.names());
			return false;
		}
		return true;
	}

	private String problem(CsvRecord record) {
		if (record.getFieldCount() != this.header.size()) {
			boolean multiLine = record.getFields().stream().anyMatch(f -> f.indexOf('\n') >= 0);
			return "has " + record.getFieldCount() + " fields where the header has " + this.header.size()
					+ (multiLine ? " (a quoted field runs over several lines: a quote may be missing)" : "");
		}
		for (int i = 0; i < record.getFieldCount(); i++) {
			if (record.getField(i).indexOf('\uFFFD') >= 0) {
				return "invalid UTF-8 or a lost character (U+FFFD) in column '" + this.header.names().get(i) + "'";
			}
		}
		return null;
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

	/**
	 * Turns a row into a record.
	 */
	@FunctionalInterface
	public interface RowParser {

		Object parse(CsvRow row) throws BadRecordException;

	}

}
