package org.ipgraph.ingest.patentsview;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvParseException;
import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.csv.CsvRow;
import org.ipgraph.ingest.csv.CsvTable;

/**
 * Reads one PatentsView table: checks the header against the published columns, then
 * turns each row into a contribution to its patent. Bytes that are not UTF-8 are decoded
 * as U+FFFD, and a row holding one is rejected rather than stored garbled.
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
		try (CsvTable csv = CsvTable.open(in, '\t', this.sink.limits())) {
			if (csv.header() == null) {
				this.sink.reject("file", "empty: no header line");
				return;
			}
			List<String> header = csv.header().names().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
			Optional<PatentsViewTable> table = table(header);
			if (table.isPresent()) {
				rows(table.get(), header, csv.rows());
			}
		}
		catch (CsvParseException ex) {
			String detail = ex.getCause() != null ? ex.getCause().getMessage() : "";
			throw new IOException(ex.getMessage() + (detail.isBlank() ? "" : ": " + detail) + " (an unclosed quote?)");
		}
	}

	/**
	 * The table the header belongs to, or empty after rejecting the file with the
	 * expected and the found columns.
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
				known.append(known.isEmpty() ? "" : "; ")
					.append(table.tableName())
					.append(' ')
					.append(table.required());
			}
			this.sink.reject("file", "not a PatentsView table this reader knows: found the columns " + header
					+ "; expected one of " + known);
		}
		return Optional.empty();
	}

	// Columns beyond the published ones are ignored; saying so once lets the user check
	// them
	private void noteUnknownColumns(PatentsViewTable table, List<String> header) {
		List<String> unknown = table.unknown(header);
		if (!unknown.isEmpty()) {
			this.sink.reject("line 1", "column" + (unknown.size() > 1 ? "s " : " ") + unknown + " not published for "
					+ table.tableName() + "; values ignored, rows stored (published: " + table.published() + ")");
		}
	}

	private void rows(PatentsViewTable table, List<String> header, Iterable<CsvRow> rows) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i), i);
		}
		PatentGrouper patents = new PatentGrouper(this.sink, table.tableName(), this.sink.limits().maxRowsPerPatent());
		try {
			for (CsvRow record : rows) {
				String problem = record.oversized() != null ? record.oversized()
						: problem(record.fields(), header.size());
				if (problem != null) {
					this.sink.reject(record.ref(), problem);
					continue;
				}
				try {
					patents.add(table.parse(new Row(record.line(), columns, record.fields())), record.line());
				}
				catch (BadRowException ex) {
					this.sink.reject(record.ref(), ex.getMessage());
				}
			}
		}
		finally {
			patents.flush();
		}
	}

	private static String problem(List<String> fields, int expected) {
		if (fields.size() != expected) {
			return "expected " + expected + " tab-separated fields as in the header, found " + fields.size()
					+ " (a stray tab, or a quote that is not closed?)";
		}
		for (int i = 0; i < fields.size(); i++) {
			if (fields.get(i).indexOf(REPLACEMENT) >= 0) {
				return "invalid UTF-8 bytes in field " + (i + 1) + "; PatentsView files are UTF-8 - was this one"
						+ " converted or damaged?";
			}
		}
		return null;
	}

}
