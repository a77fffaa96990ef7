package org.ipgraph.graph;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A patent or publication number split into office, document number and kind code. The
 * graph key is office plus document number without the kind code ({@code US7654321}), so
 * a grant cited as {@code US 7,654,321 B2}, listed as {@code US-7654321-B2} or stored by
 * PatentsView as {@code 7654321} is one node.
 *
 * @param jurisdiction two-letter office code
 * @param docNumber document number without separators or leading zeros
 * @param kind kind code such as B2 or A1, or null
 */
public record PatentNumber(String jurisdiction, String docNumber, String kind) {

	private static final Pattern FORM = Pattern
		.compile("^([A-Z]{2})?[\\s\\-_]*((?:RE|PP|D|H|T)?[0-9][0-9,./\\s]*?)[\\s\\-_]*([A-Z][0-9]?)?$");

	// "RE38123" is a US reissue, not office "RE"
	private static final Pattern REISSUE_OR_PLANT = Pattern.compile("^(RE|PP)\\s*\\d.*");

	// compiled once: a reader parses several numbers per record (its citations)
	private static final Pattern SEPARATORS = Pattern.compile("[,./\\s]");

	private static final Pattern FROM_FIRST_DIGIT = Pattern.compile("[0-9].*$");

	private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

	/**
	 * Parses common spellings: {@code US 7,654,321 B2}, {@code US-12219082-B2},
	 * {@code US 2019/0123456 A1}, {@code EP1234567}, {@code RE38123}, {@code 7654321}.
	 * @param text the number as written
	 * @param defaultJurisdiction office assumed when the text has none, e.g. US
	 */
	public static Optional<PatentNumber> parse(String text, String defaultJurisdiction) {
		if (text == null) {
			return Optional.empty();
		}
		String cleaned = text.strip().toUpperCase(Locale.ROOT);
		if (REISSUE_OR_PLANT.matcher(cleaned).matches() && defaultJurisdiction != null) {
			cleaned = defaultJurisdiction + cleaned;
		}
		Matcher m = FORM.matcher(cleaned);
		if (!m.matches()) {
			return Optional.empty();
		}
		String office = m.group(1) != null ? m.group(1) : defaultJurisdiction;
		if (office == null) {
			return Optional.empty();
		}
		String digits = SEPARATORS.matcher(m.group(2)).replaceAll("");
		String series = FROM_FIRST_DIGIT.matcher(digits).replaceAll("");
		String number = LEADING_ZEROS.matcher(digits.substring(series.length())).replaceFirst("");
		if (number.isEmpty() || number.length() > 13) {
			return Optional.empty();
		}
		return Optional.of(new PatentNumber(office, series + number, m.group(3)));
	}

	/**
	 * The graph key: {@code US7654321}.
	 */
	public String key() {
		return this.jurisdiction + this.docNumber;
	}

	@Override
	public String toString() {
		return key() + (this.kind != null ? "-" + this.kind : "");
	}

}
