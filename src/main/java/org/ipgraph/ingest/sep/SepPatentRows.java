package org.ipgraph.ingest.sep;

import java.util.List;
import java.util.Locale;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.graph.PersonName;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.csv.BadRecordException;
import org.ipgraph.ingest.csv.CsvRow;

/**
 * A row of a declared-patents file. Titles are bilingual ({@code ENGLISH | FRENCH}) and
 * keep the first; inventors and citations are pipe-separated. Inventors are
 * {@code Last, First}, or, in Korean records, upper case family name first without a
 * comma.
 */
final class SepPatentRows {

	static final List<String> COLUMNS = List.of("Title", "Publication Nr.", "INPADOC Family ID", "Applicant",
			"Inventor", "Publication Date", "Kind Type", "Granted", "Patent Citation");

	private SepPatentRows() {
	}

	static PatentRecord parse(CsvRow row) throws BadRecordException {
		PatentNumber number = number(row.required("Publication Nr."));
		boolean granted = bool(row, "Granted");
		List<String> titles = row.list("Title", "|");
		PatentRecord.Builder patent = PatentRecord.builder(number)
			.title(titles.isEmpty() ? null : titles.get(0))
			.familyId(row.value("INPADOC Family ID"))
			.publicationDate(row.date("Publication Date"))
			.grantDate(granted ? row.date("Publication Date") : null)
			.type(granted ? "utility" : "Patent Application".equals(row.value("Kind Type")) ? "application" : null);
		String applicant = row.value("Applicant");
		if (applicant != null) {
			patent.owner(Party.organization(applicant));
		}
		for (String inventor : row.list("Inventor", "|")) {
			boolean familyFirst = inventor.indexOf(',') < 0 && inventor.equals(inventor.toUpperCase(Locale.ROOT));
			patent
				.inventor(Party.person(familyFirst ? PersonName.parseLastFirst(inventor) : PersonName.parse(inventor)));
		}
		for (String cited : row.list("Patent Citation", "|")) {
			patent.cites(number(cited), null);
		}
		return patent.build();
	}

	private static PatentNumber number(String text) throws BadRecordException {
		return PatentNumber.parse(text, null)
			.orElseThrow(() -> new BadRecordException("unparseable publication number '" + text + "'"));
	}

	private static boolean bool(CsvRow row, String column) throws BadRecordException {
		String value = row.get(column);
		if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
			throw new BadRecordException("expected true or false in column '" + column + "', found '" + value + "'");
		}
		return Boolean.parseBoolean(value);
	}

}
