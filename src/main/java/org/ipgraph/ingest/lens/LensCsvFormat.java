package org.ipgraph.ingest.lens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.NamedFormat;
import org.ipgraph.ingest.csv.CsvHead;
import org.ipgraph.ingest.csv.CsvHeader;
import org.ipgraph.ingest.csv.CsvTable;

import org.springframework.stereotype.Component;

/**
 * Lens.org patent exports: the full-field CSV ({@code Publication Number},
 * {@code Lens ID}, {@code Applicants}...) and the cleaned variant with snake-case columns
 * ({@code publication_number}, {@code applicants_use_me}...), told apart by their header.
 * Lens's count tables ({@code applicants_organisations_only,n}) are not exports and are
 * not accepted.
 */
@Component
class LensCsvFormat extends NamedFormat {

	LensCsvFormat() {
		super("lens-csv", "Lens.org patent CSV export (full-field or cleaned)");
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		CsvHead lines = CsvHead.of(head);
		return lines.hasColumns(0, ',', "Publication Number", "Lens ID", "Applicants")
				|| lines.hasColumns(0, ',', "publication_number", "applicants_use_me", "url");
	}

	@Override
	public void read(Path file, InputStream in, RecordSink sink) throws IOException {
		try (CsvTable table = CsvTable.open(in, ',', sink.limits())) {
			CsvHeader header = table.header();
			if (header != null && header.has("publication_number")) {
				table.read(sink, LensTacRows.COLUMNS, LensTacRows::parse);
			}
			else {
				table.read(sink, LensFullTextRows.COLUMNS, LensFullTextRows::parse);
			}
		}
	}

}
