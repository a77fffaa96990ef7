package org.ipgraph.ingest.patentsview;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.ipgraph.ingest.RecordSink;

/**
 * Reads one PatentsView table: checks the header against the published columns, then turns
 * each row into a contribution to its patent. Bytes that are not UTF-8 are decoded as U+FFFD,
 * and a row holding one is rejected rather than stored garbled.
 */
final class TableReader {

	private static final char REPLACEMENT = '\uFFFD';

	private final String name;

	private final RecordSink sink;

	TableReader(String name, RecordSink sink) {
		this.name = name;
		this.sink = sink;
	}

	void read(InputStream in) throws IOException {
		CsvReader<CsvRecord> csv = CsvReader.builder()
			.fieldSeparator('\t')
			.quoteCharacter('"')
			.allowExtraFields(true)
			.allowMissingFields(true)
			.allowExtraCharsAfterClosingQuote(true)
			.skipEmptyLines(true)
			.ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8));
		try (CloseableIterator<CsvRecord> rows = csv.iterator()) {
			if (!rows.hasNext()) {
				this.sink.reject("file", "empty: no header line");
				return;
			}
			List<String> header = header(rows.next());
			Optional<PatentsViewTable> table = table(header);
			if (table.isPresent()) {
				rows(table.get(), header, rows);
			}
		}
		catch (CsvParseException ex) {
			String detail = ex.getCause() != null ? ex.getCause().getMessage() : "";
			throw new IOException(ex.getMessage() + (detail.isBlank() ? "" : ": " + detail)
					+ " (an unclosed quote?)");
		}
	}

	private static List<String> header(CsvRecord record) {
		List<String> columns = new ArrayList<>();
		for (String field : record.getFields()) {
			columns.add(field.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
		}
		return columns;
	}

	/**
	 * The table the header belongs to, or empty after rejecting the file with the expected and
	 * the found columns.
	 */
	private Optional<PatentsViewTable> table(List<String> header) {
		if (header.stream().distinct().count() < header.size()) {
			this.sink.reject("file", "the header names a column twice: " + header);
			return Optional.empty();
		}
		Optional<PatentsViewTable> byHeader = PatentsViewTable.byHeader(header);
		if (byHeader.isPresent()) {
			noteUnknownColumns(byHeader.get(), header);
			return byHeader;
		}
		Optional<PatentsViewTable> byName = PatentsViewTable.byFileName(this.name);
		if (byName.isPresent()) {
			PatentsViewTable table = byName.get();
			this.sink.reject("file", table.tableName() + " lacks required columns " + table.missing(header)
					+ "; expected the published columns " + table.published() + ", found " + header);
		}
		else {
			StringBuilder known = new StringBuilder();
			for (PatentsViewTable table : PatentsViewTable.values()) {
				known.append(known.isEmpty() ? "" : "; ").append(table.tableName()).append(' ').append(table.required());
			}
			this.sink.reject("file", "not a PatentsView table this reader knows: found the columns " + header
					+ "; expected one of " + known);
		}
		return Optional.empty();
	}

	// Columns beyond the published ones are ignored; saying so once lets the user check them
	private void noteUnknownColumns(PatentsViewTable table, List<String> header) {
		List<String> unknown = table.unknown(header);
		if (!unknown.isEmpty()) {
			this.sink.reject("line 1", "column" + (unknown.size() > 1 ? "s " : " ") + unknown + " not published for "
					+ table.tableName() + "; values ignored, rows stored (published: " + table.published() + ")");
		}
	}

	private void rows(PatentsViewTable table, List<String> header, CloseableIterator<CsvRecord> rows) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i), i);
		}
		PatentGrouper patents = new PatentGrouper(this.sink);
		try {
			while (rows.hasNext()) {
				CsvRecord record = rows.next();
				String ref = "line " + record.getStartingLineNumber();
				String problem = problem(record, header.size());
				if (problem != null) {
					this.sink.reject(ref, problem);
					continue;
				}
				try {
					patents.add(table.parse(new Row(record.getStartingLineNumber(), columns, record.getFields())),
							record.getStartingLineNumber());
				}
				catch (BadRowException ex) {
					this.sink.reject(ref, ex.getMessage());
				}
			}
		}
		finally {
			patents.flush();
		}
	}

	private static String problem(CsvRecord record, int expected) {
		if (record.getFieldCount() != expected) {
			return "expected " + expected + " tab-separated fields as in the header, found " + record.getFieldCount()
					+ " (a stray tab, or a quote that is not closed?)";
		}
		for (int i = 0; i < record.getFieldCount(); i++) {
			if (record.getField(i).indexOf(REPLACEMENT) >= 0) {
				return "invalid UTF-8 bytes in field " + (i + 1) + "; PatentsView files are UTF-8 - was this one"
						+ " converted or damaged?";
			}
		}
		return null;
	}

}
