package org.ipgraph.ingest.sep;

import java.util.List;

import org.ipgraph.ingest.csv.BadRecordException;
import org.ipgraph.ingest.csv.CsvRow;

/**
 * A row of a standards file: one version of a specification. The title is cut before the
 * version notice {@code (3GPP TS 23.401 version 8.18.0 Release 8)}, after which IPlytics
 * repeats part of it.
 */
final class StandardRows {

	static final List<String> COLUMNS = List.of("Title", "Standard Document Id", "Technology Generation",
			"Publication Date", "Standard Setting Organization", "Standard Project", "Original Document");

	private StandardRows() {
	}

	static StandardRecord parse(CsvRow row) throws BadRecordException {
		SpecificationId spec = SpecificationId.parse(row.required("Standard Document Id"));
		String title = row.value("Title");
		if (title != null) {
			int notice = title.indexOf(" (3GPP ");
			title = notice > 0 ? title.substring(0, notice).strip() : title;
		}
		String organization = spec.organization() != null ? spec.organization()
				: row.value("Standard Setting Organization");
		return new StandardRecord(spec, title, organization, row.value("Standard Project"),
				row.value("Technology Generation"), row.date("Publication Date"), row.value("Original Document"));
	}

}
