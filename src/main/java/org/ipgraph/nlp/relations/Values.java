package org.ipgraph.nlp.relations;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of MONEY and DATE mentions.
 */
final class Values {

	private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");

	private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "m", 1e6, "mn", 1e6,
			"billion", 1e9, "bn", 1e9, "b", 1e9, "trillion", 1e12, "k", 1e3);

	private static final Map<String, String> CURRENCIES = new TreeMap<>(Map.ofEntries(Map.entry("$", "USD"),
			Map.entry("usd", "USD"), Map.entry("us$", "USD"), Map.entry("dollar", "USD"), Map.entry("€", "EUR"),
			Map.entry("eur", "EUR"), Map.entry("euro", "EUR"), Map.entry("£", "GBP"), Map.entry("gbp", "GBP"),
			Map.entry("pound", "GBP"), Map.entry("¥", "JPY"), Map.entry("yen", "JPY"), Map.entry("jpy", "JPY"),
			Map.entry("rmb", "CNY"), Map.entry("cny", "CNY"), Map.entry("yuan", "CNY"), Map.entry("krw", "KRW"),
			Map.entry("won", "KRW"), Map.entry("chf", "CHF"), Map.entry("franc", "CHF")));

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("(?i)\\b([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([A-Z][a-z]{2,8})\\.?,?\\s+(\\d{4})\\b");

	private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

	private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d{2}|20\\d{2})\\b");

	private Values() {
	}

	/**
	 * An amount of money.
	 *
	 * @param amount the amount in units of the currency
	 * @param currency ISO 4217 code, USD when only "$" says so
	 */
	record Money(double amount, String currency) {
	}

	static Optional<Money> money(String text) {
		String t = text.toLowerCase(Locale.ROOT);
		Matcher m = NUMBER.matcher(t);
		if (!m.find()) {
			return Optional.empty();
		}
		double amount = Double.parseDouble(m.group(1).replace(",", "") + (m.group(2) != null ? "." + m.group(2) : ""));
		String after = t.substring(m.end()).strip();
		for (Map.Entry<String, Double> scale : SCALES.entrySet()) {
			if (after.startsWith(scale.getKey()) && (after.length() == scale.getKey().length()
					|| !Character.isLetter(after.charAt(scale.getKey().length())))) {
				amount *= scale.getValue();
				break;
			}
		}
		String currency = null;
		for (Map.Entry<String, String> c : CURRENCIES.entrySet()) {
			if (t.contains(c.getKey())) {
				currency = c.getValue();
				if (!c.getKey().equals("$")) {
					break;
				}
			}
		}
		return Optional.of(new Money(amount, currency != null ? currency : "USD"));
	}

	/**
	 * A full date, when the text names day, month and year.
	 */
	static Optional<LocalDate> date(String text) {
		Matcher iso = ISO.matcher(text);
		if (iso.find()) {
			return safe(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
		}
		Matcher mdy = MONTH_DAY_YEAR.matcher(text);
		if (mdy.find()) {
			Month month = month(mdy.group(1));
			if (month != null) {
				return safe(Integer.parseInt(mdy.group(3)), month.getValue(), Integer.parseInt(mdy.group(2)));
			}
		}
		Matcher dmy = DAY_MONTH_YEAR.matcher(text);
		if (dmy.find()) {
			Month month = month(dmy.group(2));
			if (month != null) {
				return safe(Integer.parseInt(dmy.group(3)), month.getValue(), Integer.parseInt(dmy.group(1)));
			}
		}
		return Optional.empty();
	}

	static Optional<Integer> year(String text) {
		Matcher m = YEAR.matcher(text);
		return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
	}

	private static Month month(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		for (Month month : Month.values()) {
			String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
			if (w.length() >= 3 && (full.startsWith(w) || w.equals("sept") && month == Month.SEPTEMBER)) {
				return month;
			}
		}
		return null;
	}

	private static Optional<LocalDate> safe(int year, int month, int day) {
		try {
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

}
