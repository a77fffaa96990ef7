package org.ipgraph.ingest.sep;

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
 * SEP declaration data in the IPlytics/ETSI style, three kinds of file told apart by
 * header: declarations
 * ({@code Declaring Company, Declaration Date, ..., Standard Document ID, ...}), declared
 * patents ({@code Title, Publication Nr., INPADOC Family ID, ...}) and standards
 * ({@code Title, Standard Document Id, ..., Standard Setting Organization, ...}). Rows
 * repeat per declaration, specification and family member; writing them is idempotent.
 */
@Component
class SepCsvFormat extends NamedFormat {

	SepCsvFormat() {
		super("sep-csv", "SEP declarations, declared patents and standards (IPlytics/ETSI CSV)");
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		CsvHead lines = CsvHead.of(head);
		return has(lines, DeclarationRows.COLUMNS) || has(lines, SepPatentRows.COLUMNS)
				|| has(lines, StandardRows.COLUMNS);
	}

	private static boolean has(CsvHead lines, List<String> columns) {
		return lines.hasColumns(0, ',', columns.toArray(String[]::new));
	}

	@Override
	public void read(Path file, InputStream in, RecordSink sink) throws IOException {
		try (CsvTable table = CsvTable.open(in, ',', sink.limits())) {
			CsvHeader header = table.header();
			if (header != null && header.has("Declaring Company")) {
				table.read(sink, DeclarationRows.COLUMNS, DeclarationRows::parse);
			}
			else if (header != null && header.has("Standard Setting Organization")) {
				table.read(sink, StandardRows.COLUMNS, StandardRows::parse);
			}
			else {
				table.read(sink, SepPatentRows.COLUMNS, SepPatentRows::parse);
			}
		}
	}

}
