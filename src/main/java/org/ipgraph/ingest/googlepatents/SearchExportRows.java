package org.ipgraph.ingest.googlepatents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.graph.PersonName;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.csv.BadRecordException;
import org.ipgraph.ingest.csv.CsvRow;

/**
 * A row of a Google Patents search export. The export names only the first assignee; an
 * assignee spelled like one of the inventors is that person. Inventors are
 * comma-separated, first name first, and a generational suffix ({@code Jr.}) comes as an
 * item of its own.
 */
final class SearchExportRows {

	static final List<String> COLUMNS = List.of("id", "title", "assignee", "inventor/author", "priority date",
			"filing/creation date", "publication date", "grant date", "result link");

	private static final Set<String> SUFFIXES = Set.of("JR", "SR", "II", "III", "IV", "V");

	private SearchExportRows() {
	}

	static PatentRecord parse(CsvRow row) throws BadRecordException {
		String id = row.required("id");
		PatentNumber number = PatentNumber.parse(id, null)
			.orElseThrow(() -> new BadRecordException("unparseable patent number '" + id + "'"));
		PatentRecord.Builder patent = PatentRecord.builder(number)
			.title(row.value("title"))
			.priorityDate(row.date("priority date"))
			.filingDate(row.date("filing/creation date"))
			.publicationDate(row.date("publication date"))
			.grantDate(row.date("grant date"))
			.type(type(number))
			.url(row.value("result link"));
		List<String> inventors = inventors(row.get("inventor/author"));
		String assignee = row.value("assignee");
		if (assignee != null) {
			boolean person = inventors.stream().anyMatch(assignee::equalsIgnoreCase);
			patent.owner(person ? Party.person(PersonName.parse(assignee)) : Party.organization(assignee));
		}
		inventors.forEach(inventor -> patent.inventor(Party.person(name(inventor))));
		return patent.build();
	}

	/**
	 * Splits {@code Ann Lee, Bo Chan, Jr., Cy Dee} into {@code Ann Lee},
	 * {@code Bo Chan Jr.}, {@code Cy Dee}.
	 */
	static List<String> inventors(String text) {
		List<String> names = new ArrayList<>();
		for (String part : text.split(",")) {
			String name = part.strip();
			if (name.isEmpty()) {
				continue;
			}
			if (isSuffix(name) && !names.isEmpty()) {
				names.set(names.size() - 1, names.get(names.size() - 1) + " " + name);
			}
			else {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * A name with a suffix keeps the suffix with the family name: {@code Bo Chan Jr.} is
	 * Bo, Chan Jr.
	 */
	static PersonName name(String text) {
		String[] words = text.strip().split("\\s+");
		if (words.length > 2 && isSuffix(words[words.length - 1])) {
			String suffix = words[words.length - 1];
			PersonName base = PersonName.parse(text.strip().substring(0, text.strip().length() - suffix.length()));
			return new PersonName(base.first(), base.last() + " " + suffix);
		}
		return PersonName.parse(text);
	}

	private static boolean isSuffix(String word) {
		return SUFFIXES.contains(word.replace(".", "").toUpperCase(Locale.ROOT));
	}

	private static String type(PatentNumber number) {
		String kind = number.kind() == null ? "" : number.kind();
		if (number.docNumber().startsWith("RE") || kind.equals("E")) {
			return "reissue";
		}
		if (number.docNumber().startsWith("D") || kind.startsWith("S")) {
			return "design";
		}
		if (number.docNumber().startsWith("PP") || kind.startsWith("P")) {
			return "plant";
		}
		return kind.startsWith("B") ? "utility" : kind.startsWith("A") ? "application" : null;
	}

}
