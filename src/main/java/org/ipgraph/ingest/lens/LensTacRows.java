package org.ipgraph.ingest.lens;

import java.util.List;

import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.csv.BadRecordException;
import org.ipgraph.ingest.csv.CsvRow;

/**
 * A row of the cleaned Lens file (title/abstract/claims search, WIPO manual). Lists are
 * separated by {@code ;}. The file names its organization applicants in
 * {@code applicants_organisations_only}; the other applicants in
 * {@code applicants_use_me} are people, as is an applicant spelled like an inventor.
 */
final class LensTacRows {

	static final List<String> COLUMNS = List.of("publication_number", "publication_date", "title", "applicants_use_me",
			"applicants_organisations_only", "inventors_useme", "cpc_codes_useme", "url");

	private static final String SEPARATOR = ";";

	private LensTacRows() {
	}

	static PatentRecord parse(CsvRow row) throws BadRecordException {
		PatentRecord.Builder patent = PatentRecord.builder(LensValues.number(row.required("publication_number")))
			.title(row.value("title"))
			.publicationDate(row.date("publication_date"))
			.url(row.value("url"));
		List<String> inventors = row.list("inventors_useme", SEPARATOR);
		List<String> organizations = row.list("applicants_organisations_only", SEPARATOR);
		for (String applicant : row.list("applicants_use_me", SEPARATOR)) {
			boolean person = !organizations.contains(applicant)
					|| inventors.stream().anyMatch(applicant::equalsIgnoreCase);
			patent.owner(person ? Party.person(LensValues.person(applicant)) : Party.organization(applicant));
		}
		inventors.forEach(inventor -> patent.inventor(Party.person(LensValues.person(inventor))));
		for (String symbol : row.list("cpc_codes_useme", SEPARATOR)) {
			patent.cpc(LensFullTextRows.cpc(symbol));
		}
		return patent.build();
	}

}
