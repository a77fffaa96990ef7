package org.ipgraph.ingest.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One data record of a CSV file, read by column name, with its line for messages.
 */
public final class CsvRow {

	private static final DateTimeFormatter ISO_LENIENT_PADDING = DateTimeFormatter.ofPattern("uuuu-M-d")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private final CsvHeader header;

	private final List<String> fields;

	private final long line;

	private final String oversized;

	CsvRow(CsvHeader header, List<String> fields, long line, String oversized) {
		this.header = header;
		this.fields = fields;
		this.line = line;
		this.oversized = oversized;
	}

	/**
	 * Why the record was cut out unread (too many fields, a field or the record over its
	 * size), or null; such a row has no fields.
	 */
	public String oversized() {
		return this.oversized;
	}

	/**
	 * Where the record starts, for {@link org.ipgraph.ingest.RecordSink}:
	 * {@code line 17}.
	 */
	public String ref() {
		return "line " + this.line;
	}

	public long line() {
		return this.line;
	}

	/**
	 * The fields as written, in file order.
	 */
	public List<String> fields() {
		return this.fields;
	}

	/**
	 * Column name to value as written, for the columns the record has; columns without a
	 * name are left out.
	 */
	Map<String, String> asMap() {
		Map<String, String> row = new LinkedHashMap<>();
		List<String> names = this.header.names();
		for (int i = 0; i < names.size() && i < this.fields.size(); i++) {
			if (!names.get(i).isEmpty()) {
				row.put(names.get(i), this.fields.get(i));
			}
		}
		return row;
	}

	/**
	 * Whether the file has this column.
	 */
	public boolean has(String column) {
		return this.header.has(column);
	}

	/**
	 * The stripped value, or an empty string.
	 */
	public String get(String column) {
		return this.fields.get(this.header.index(column)).strip();
	}

	/**
	 * The stripped value, or null when blank.
	 */
	public String value(String column) {
		String value = get(column);
		return value.isEmpty() ? null : value;
	}

	/**
	 * The non-blank parts of a list-valued column.
	 */
	public List<String> list(String column, String separator) {
		return Arrays.stream(get(column).split(Pattern.quote(separator)))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
	}

	/**
	 * A date written {@code 2014-08-06}, {@code 2002-8-7} or {@code 20140806}; null when
	 * blank.
	 */
	public LocalDate date(String column) throws BadRecordException {
		String value = value(column);
		if (value == null) {
			return null;
		}
		try {
			return value.contains("-") ? LocalDate.parse(value, ISO_LENIENT_PADDING) : LocalDate.parse(value, COMPACT);
		}
		catch (DateTimeParseException ex) {
			throw new BadRecordException("unparseable date '" + value + "' in column '" + column + "'");
		}
	}

	/**
	 * A whole number; null when blank.
	 */
	public Integer integer(String column) throws BadRecordException {
		String value = value(column);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new BadRecordException("unparseable number '" + value + "' in column '" + column + "'");
		}
	}

	/**
	 * A value that must be present.
	 */
	public String required(String column) throws BadRecordException {
		String value = value(column);
		if (value == null) {
			throw new BadRecordException("missing value in column '" + column + "'");
		}
		return value;
	}

}
