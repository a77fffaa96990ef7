package org.ipgraph.ingest.lens;

import java.util.List;

import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.graph.PatentNumber;
import org.ipgraph.ingest.LegalStatus;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.csv.BadRecordException;
import org.ipgraph.ingest.csv.CsvRow;

/**
 * A row of the full-field Lens export. Lists are separated by {@code ;;}; inventors are
 * written family name first; the publication date of a granted patent is its grant date.
 */
final class LensFullTextRows {

	static final List<String> COLUMNS = List.of("Jurisdiction", "Kind", "Publication Number", "Publication Date",
			"Application Number", "Application Date", "Priority Numbers", "Title", "Applicants", "Inventors", "URL",
			"Type", "CPC Classifications");

	private static final String SEPARATOR = ";;";

	// present in exports that include it (Lens's "Legal Status" column), absent in others
	private static final String LEGAL_STATUS = "Legal Status";

	private LensFullTextRows() {
	}

	static PatentRecord parse(CsvRow row) throws BadRecordException {
		PatentNumber number = LensValues.number(row.required("Publication Number"));
		String type = LensValues.type(row.value("Type"));
		PatentRecord.Builder patent = PatentRecord.builder(number)
			.title(row.value("Title"))
			.publicationDate(row.date("Publication Date"))
			.filingDate(row.date("Application Date"))
			.applicationNumber(row.value("Application Number"))
			.priorityDate(LensValues.earliestPriority(row.list("Priority Numbers", SEPARATOR)))
			.type(type)
			.url(row.value("URL"));
		if ("utility".equals(type) || "design".equals(type)) {
			patent.grantDate(row.date("Publication Date"));
		}
		if (row.has(LEGAL_STATUS)) {
			String raw = row.value(LEGAL_STATUS);
			patent.legalStatus(LegalStatus.fromLens(raw), "lens", raw);
		}
		List<String> inventors = row.list("Inventors", SEPARATOR);
		for (String applicant : row.list("Applicants", SEPARATOR)) {
			patent.owner(LensApplicants.isPerson(applicant, inventors) ? Party.person(LensValues.person(applicant))
					: Party.organization(applicant));
		}
		inventors.forEach(inventor -> patent.inventor(Party.person(LensValues.person(inventor))));
		for (String symbol : row.list("CPC Classifications", SEPARATOR)) {
			patent.cpc(cpc(symbol));
		}
		return patent.build();
	}

	static CpcSymbol cpc(String symbol) throws BadRecordException {
		return CpcSymbol.parse(symbol)
			.orElseThrow(() -> new BadRecordException("unparseable CPC symbol '" + symbol + "'"));
	}

}
