package org.ipgraph.ingest.googlepatents;

import java.util.List;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.csv.BadRecordException;
import org.ipgraph.ingest.csv.CsvRow;

/**
 * A row of an abstracts file: a partial patent that only adds its abstract (and its dates
 * when given). The abstract's padding and line breaks are collapsed to single spaces; the
 * title is left to the export, which writes it without padding.
 */
final class AbstractRows {

	static final List<String> COLUMNS = List.of("patent_number", "abstract");

	private AbstractRows() {
	}

	static PatentRecord parse(CsvRow row) throws BadRecordException {
		String id = row.required("patent_number");
		PatentNumber number = PatentNumber.parse(id, null)
			.orElseThrow(() -> new BadRecordException("unparseable patent number '" + id + "'"));
		PatentRecord.Builder patent = PatentRecord.builder(number)
			.abstractText(row.get("abstract").replaceAll("\\s+", " "));
		if (row.has("date_filed")) {
			patent.filingDate(row.date("date_filed"));
		}
		if (row.has("date_granted")) {
			patent.grantDate(row.date("date_granted"));
		}
		return patent.build();
	}

}
