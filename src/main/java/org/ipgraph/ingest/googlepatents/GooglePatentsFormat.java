package org.ipgraph.ingest.googlepatents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.NamedFormat;
import org.ipgraph.ingest.csv.CsvHead;
import org.ipgraph.ingest.csv.CsvHeader;
import org.ipgraph.ingest.csv.CsvTable;

import org.springframework.stereotype.Component;

/**
 * Google Patents search exports (a {@code search URL:} line, then
 * {@code id, title, assignee,
 * inventor/author, ...}) and abstract files ({@code patent_number, title, abstract, ...})
 * that complete the patents of an export with their abstracts.
 */
@Component
class GooglePatentsFormat extends NamedFormat {

	GooglePatentsFormat() {
		super("google-patents-csv", "Google Patents search export CSV, or a patent_number/abstract CSV");
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		CsvHead lines = CsvHead.of(head);
		int header = lines.line(0).startsWith("search URL") ? 1 : 0;
		return lines.hasColumns(header, ',', SearchExportRows.COLUMNS.toArray(String[]::new))
				|| lines.hasColumns(0, ',', AbstractRows.COLUMNS.toArray(String[]::new));
	}

	@Override
	public void read(Path file, InputStream in, RecordSink sink) throws IOException {
		try (CsvTable table = CsvTable.open(in, ',', sink.limits(), GooglePatentsFormat::isSearchLine)) {
			CsvHeader header = table.header();
			if (header != null && header.has("patent_number")) {
				table.read(sink, AbstractRows.COLUMNS, AbstractRows::parse);
			}
			else {
				table.read(sink, SearchExportRows.COLUMNS, SearchExportRows::parse);
			}
		}
	}

	private static boolean isSearchLine(List<String> fields) {
		return !fields.isEmpty() && fields.get(0).strip().startsWith("search URL");
	}

}
