package org.ipgraph.ingest.patentsview;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ipgraph.graph.PatentNumber;

/**
 * One data row of a table, its fields addressed by column name.
 *
 * @param line the line it starts on
 * @param columns column positions by name
 * @param fields the values
 */
record Row(long line, Map<String, Integer> columns, List<String> fields) {

	/**
	 * The value of a column, stripped; null when empty or the column is absent.
	 */
	String get(String column) {
		Integer index = this.columns.get(column);
		if (index == null || index >= this.fields.size()) {
			return null;
		}
		String value = this.fields.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	String required(String column) {
		String value = get(column);
		if (value == null) {
			throw new BadRowException(column + " is empty");
		}
		return value;
	}

	PatentNumber number(String column) {
		String value = required(column);
		return PatentNumber.parse(value, "US")
			.orElseThrow(() -> new BadRowException(column + " '" + value + "' is not a patent number"));
	}

	int sequence(String column) {
		String value = get(column);
		if (value == null) {
			return Integer.MAX_VALUE;
		}
		try {
			// PatentsView writes some integers as floats: "0.0"
			return (int) Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new BadRowException(column + " '" + value + "' is not a number");
		}
	}

	LocalDate date(String column) {
		String value = get(column);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
		}
		catch (DateTimeParseException ex) {
			throw new BadRowException(column + " '" + value + "' is not a date (YYYY-MM-DD)");
		}
	}

	Optional<String> text(String column) {
		return Optional.ofNullable(get(column));
	}

}
