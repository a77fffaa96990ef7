package org.ipgraph.ingest.litigation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.NamedFormat;
import org.ipgraph.ingest.csv.CsvHead;
import org.ipgraph.ingest.csv.CsvTable;

import org.springframework.stereotype.Component;

/**
 * The USPTO OCE Patent Litigation Docket Reports tables ({@code cases.csv},
 * {@code names.csv}, {@code attorneys.csv}, {@code documents.csv}, {@code patents.csv}),
 * recognised by their column names. The tables can be read in any order: each row names
 * its case by district and docket number, and the case node is merged on that key.
 */
@Component
class OceLitigationFormat extends NamedFormat {

	OceLitigationFormat() {
		super("oce-litigation",
				"USPTO OCE patent litigation docket tables (cases, names, attorneys, documents, patents CSV)");
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		return OceTables.of(CsvHead.of(head)) != null;
	}

	@Override
	public void read(Path file, InputStream in, RecordSink sink) throws IOException {
		try (CsvTable table = CsvTable.open(in, ',', sink.limits())) {
			OceTables kind = OceTables.of(table.header());
			if (kind == null) {
				sink.reject("file",
						"not an OCE litigation table: expected the columns of cases, names, attorneys, "
								+ "documents or patents (case_row_id, case_number, district_id, ...); found "
								+ (table.header() == null ? "no header" : table.header().names()));
				return;
			}
			switch (kind) {
				case CASES -> table.read(sink, kind.columns, OceRows::docketCase);
				case NAMES -> table.read(sink, kind.columns, OceRows::party);
				case ATTORNEYS -> table.read(sink, kind.columns, OceRows::counsel);
				case PATENTS -> table.read(sink, kind.columns, OceRows::patent);
				case DOCUMENTS -> {
					OceRows.EntryCounter counter = new OceRows.EntryCounter(sink);
					table.read(counter, kind.columns, OceRows::entry);
					counter.flush();
				}
			}
		}
	}

}
