package org.ipgraph.ingest.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.ipgraph.ingest.RecordSink;

/**
 * A CSV file opened for a source reader: its header, then its records checked one by one. The
 * content is decoded as UTF-8 with replacement, so a record with bytes that are not UTF-8 is
 * rejected by itself instead of stopping the file (as is one that holds U+FFFD, a character an
 * earlier conversion lost). Quoted fields may span lines; a record's
 * position is the line it starts on.
 */
public final class CsvTable implements Closeable {

	private final CsvReader<CsvRecord> reader;

	private final CloseableIterator<CsvRecord> records;

	private final CsvHeader header;

	private CsvTable(InputStream in, char separator, Predicate<List<String>> preamble) {
		this.reader = CsvReader.builder()
			.fieldSeparator(separator)
			.allowExtraFields(true)
			.allowMissingFields(true)
			.allowExtraCharsAfterClosingQuote(true)
			.ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8));
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

	/**
	 * Opens a file whose first record is the header.
	 */
	public static CsvTable open(InputStream in, char separator) {
		return new CsvTable(in, separator, fields -> false);
	}

	/**
	 * Opens a file whose header follows records that {@code preamble} recognises, such as the
	 * search URL line of a Google Patents export.
	 */
	public static CsvTable open(InputStream in, char separator, Predicate<List<String>> preamble) {
		return new CsvTable(in, separator, preamble);
	}

	/**
	 * The header, or null for an empty file.
	 */
	public CsvHeader header() {
		return this.header;
	}

	/**
	 * Parses every record into the sink. A file without the required columns is rejected as a
	 * whole; a record with the wrong number of fields, with bytes that are not UTF-8, or that the
	 * parser refuses is rejected alone. Records of blank fields only ({@code ,,,}) are empty
	 * lines and skipped.
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
			CsvRow row = new CsvRow(this.header, record.getFields(), record.getStartingLineNumber());
			String problem = problem(record);
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
