package org.ipgraph.ingest.sep;

import java.util.List;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.ingest.csv.BadRecordException;
import org.ipgraph.ingest.csv.CsvRow;

/**
 * A row of a declarations file.
 */
final class DeclarationRows {

	static final List<String> COLUMNS = List.of("Declaring Company", "Declaration Date", "Standard Document ID",
			"Technology Generation", "Releases", "Publication Nr.");

	private DeclarationRows() {
	}

	static DeclarationRecord parse(CsvRow row) throws BadRecordException {
		String publication = row.required("Publication Nr.");
		PatentNumber patent = PatentNumber.parse(publication, null)
			.orElseThrow(() -> new BadRecordException("unparseable publication number '" + publication + "'"));
		return new DeclarationRecord(patent, row.required("Declaring Company"), row.date("Declaration Date"),
				SpecificationId.parse(row.required("Standard Document ID")), row.value("Technology Generation"),
				row.list("Releases", "|"));
	}

}
