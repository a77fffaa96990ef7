package org.ipgraph.ingest.lens;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.graph.PersonName;
import org.ipgraph.ingest.csv.BadRecordException;

/**
 * How Lens writes numbers, dates, types and names.
 */
final class LensValues {

	private static final Pattern TRAILING_DATE = Pattern.compile("\\s+(\\d{8})$");

	private static final Pattern THREE_WORDS = Pattern.compile("^([A-Z]{2})\\s+([A-Z0-9]+)\\s+([A-Z][0-9]?)$");

	private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Map<String, String> TYPES = Map.of("patent application", "application", "granted patent",
			"utility", "design right", "design", "ammended patent", "amended_patent", "unknown", "", "ambiguous", "");

	private LensValues() {
	}

	/**
	 * A publication number such as {@code AT 399980 B}. Lens also writes numbers the
	 * common parser does not know ({@code JP S5289913 A}, {@code IN 1442CH2015 A},
	 * {@code TW M415289 U}); these are taken as office, document number and kind.
	 */
	static PatentNumber number(String text) throws BadRecordException {
		String t = TRAILING_DATE.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceFirst("");
		Optional<PatentNumber> parsed = PatentNumber.parse(t, null);
		if (parsed.isPresent()) {
			return parsed.get();
		}
		Matcher m = THREE_WORDS.matcher(t);
		if (m.matches()) {
			return new PatentNumber(m.group(1), m.group(2).replaceFirst("^0+(?=\\d)", ""), m.group(3));
		}
		throw new BadRecordException("unparseable publication number '" + text + "'");
	}

	/**
	 * The earliest date of a priority list such as
	 * {@code FR 1051751 A 20100311;;FR 1054449 A
	 * 20100607}; null when no entry carries a date.
	 */
	static LocalDate earliestPriority(List<String> priorities) throws BadRecordException {
		LocalDate earliest = null;
		for (String priority : priorities) {
			Matcher m = TRAILING_DATE.matcher(priority.strip());
			if (!m.find()) {
				continue;
			}
			try {
				LocalDate date = LocalDate.parse(m.group(1), COMPACT);
				earliest = earliest == null || date.isBefore(earliest) ? date : earliest;
			}
			catch (DateTimeParseException ex) {
				throw new BadRecordException("unparseable priority date in '" + priority + "'");
			}
		}
		return earliest;
	}

	/**
	 * The graph's patent type for a Lens document type: {@code Granted Patent} is
	 * {@code utility}, {@code Patent Application} {@code application},
	 * {@code Design right} {@code design}; other Lens types are kept in snake case, and
	 * unknown ones dropped.
	 */
	static String type(String lensType) {
		if (lensType == null) {
			return null;
		}
		String key = lensType.strip().toLowerCase(Locale.ROOT);
		String type = TYPES.getOrDefault(key, key.replaceAll("[^a-z0-9]+", "_"));
		return type.isEmpty() ? null : type;
	}

	/**
	 * An inventor as Lens writes it: {@code LAST FIRST}, {@code LAST, FIRST} or
	 * {@code LAST; FIRST}, sometimes followed by an address
	 * ({@code GERMANN, PETER, 2803 WEYHE,
	 * DE}), which is dropped.
	 */
	static PersonName person(String text) {
		String[] parts = text.replace(';', ',').split(",");
		if (parts.length < 2) {
			return PersonName.parseLastFirst(text);
		}
		StringBuilder first = new StringBuilder();
		for (int i = 1; i < parts.length && !parts[i].matches(".*\\d.*"); i++) {
			first.append(' ').append(parts[i].strip());
		}
		return new PersonName(first.toString(), parts[0]);
	}

}
