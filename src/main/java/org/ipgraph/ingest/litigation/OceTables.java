package org.ipgraph.ingest.litigation;

import java.util.List;
import java.util.Locale;

import org.ipgraph.ingest.csv.BadRecordException;
import org.ipgraph.ingest.csv.CsvHead;
import org.ipgraph.ingest.csv.CsvHeader;
import org.ipgraph.ingest.csv.CsvRow;

/**
 * The tables of the USPTO Office of the Chief Economist "Patent Litigation Docket Reports
 * Data" (2020 release, one CSV file each), told apart by their published column names.
 * Every table carries {@code case_row_id}, the link between them, and {@code case_number}
 * and {@code district_id}, from which a case's graph key is made:
 * {@code txed:2:15-cv-01234}.
 */
enum OceTables {

	CASES(List.of("case_row_id", "case_number", "district_id", "case_name", "date_filed", "date_closed", "case_cause")),

	NAMES(List.of("case_row_id", "case_number", "district_id", "party_type", "name")),

	ATTORNEYS(List.of("case_row_id", "case_number", "district_id", "party_type", "attorney_name")),

	DOCUMENTS(List.of("case_row_id", "case_number", "district_id", "doc_number", "doc_date_filed")),

	PATENTS(List.of("case_row_id", "case_number", "district_id", "patent", "patent_doc_type"));

	/** The columns the reader uses; the files have more. */
	final List<String> columns;

	OceTables(List<String> columns) {
		this.columns = columns;
	}

	/**
	 * The table a header belongs to, or null. Attorneys are tested before names: both
	 * have {@code party_type}.
	 */
	static OceTables of(CsvHeader header) {
		if (header == null || !header.has("case_row_id")) {
			return null;
		}
		for (OceTables table : List.of(ATTORNEYS, PATENTS, DOCUMENTS, NAMES, CASES)) {
			if (header.has(table.signature())) {
				return table;
			}
		}
		return null;
	}

	static OceTables of(CsvHead head) {
		List<String> columns = head.columns(0, ',');
		return columns.isEmpty() ? null : of(CsvHeader.of(columns));
	}

	private String[] signature() {
		return switch (this) {
			case CASES -> new String[] { "case_name", "case_cause" };
			case NAMES -> new String[] { "party_type", "name" };
			case ATTORNEYS -> new String[] { "attorney_name" };
			case DOCUMENTS -> new String[] { "doc_number" };
			case PATENTS -> new String[] { "patent", "patent_doc_type" };
		};
	}

	/**
	 * The graph key of the case a row belongs to: court code and docket number
	 * ({@code cand:5:05-cv-00123}).
	 */
	static String caseKey(CsvRow row) throws BadRecordException {
		String district = row.value("district_id");
		String number = row.value("case_number");
		if (district == null || number == null) {
			throw new BadRecordException("no case key: district_id and case_number are both needed");
		}
		return district.toLowerCase(Locale.ROOT) + ":" + number.replaceAll("\\s+", "");
	}

}
