package org.ipgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Cooperative Patent Classification symbol at any level: section {@code H}, class
 * {@code H04}, subclass {@code H04N}, main group {@code H04N19/00} or subgroup
 * {@code H04N19/70}. Stored without spaces.
 *
 * @param symbol the normalized symbol
 * @param level section, class, subclass, group or subgroup
 */
public record CpcSymbol(String symbol, String level) {

	private static final Pattern FORM = Pattern
		.compile("^([A-HY])(?:(\\d{2})(?:([A-Z])(?:\\s*(\\d{1,4})(?:\\s*/\\s*(\\d{2,6}))?)?)?)?$");

	/**
	 * Parses {@code H04N 19/70}, {@code H04N19/70}, {@code H04N19} (the main group) and
	 * coarser symbols. Trailing dates or version markers such as {@code (2014-11-01)} are
	 * ignored.
	 */
	public static Optional<CpcSymbol> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s*\\(.*$", "");
		Matcher m = FORM.matcher(t);
		if (!m.matches()) {
			return Optional.empty();
		}
		String section = m.group(1);
		if (m.group(2) == null) {
			return Optional.of(new CpcSymbol(section, "section"));
		}
		String klass = section + m.group(2);
		if (m.group(3) == null) {
			return Optional.of(new CpcSymbol(klass, "class"));
		}
		String subclass = klass + m.group(3);
		if (m.group(4) == null) {
			return Optional.of(new CpcSymbol(subclass, "subclass"));
		}
		String group = subclass + Integer.parseInt(m.group(4));
		String sub = m.group(5) == null ? "00" : m.group(5);
		return Optional.of(new CpcSymbol(group + "/" + sub, sub.equals("00") ? "group" : "subgroup"));
	}

	/**
	 * The subclass, four characters such as {@code H04N}; the section or class when
	 * coarser.
	 */
	public String subclass() {
		return this.symbol.length() >= 4 ? this.symbol.substring(0, 4) : this.symbol;
	}

	/**
	 * The main group without the {@code /00}: {@code H04N19}.
	 */
	public String mainGroup() {
		int slash = this.symbol.indexOf('/');
		return slash < 0 ? this.symbol : this.symbol.substring(0, slash);
	}

	/**
	 * The parent as far as the symbol shows it: subgroup to main group, main group to
	 * subclass, and so on. A subgroup's dot-level parent needs the title list.
	 */
	public Optional<CpcSymbol> parent() {
		return switch (this.level) {
			// 2000-series indexing codes sit inside ordinary main groups in the title
			// list; their
			// own "main group" does not exist, so only the subclass is known from the
			// symbol
			case "subgroup" -> isIndexingCode() ? Optional.of(new CpcSymbol(this.symbol.substring(0, 4), "subclass"))
					: Optional.of(new CpcSymbol(mainGroup() + "/00", "group"));
			case "group" -> Optional.of(new CpcSymbol(this.symbol.substring(0, 4), "subclass"));
			case "subclass" -> Optional.of(new CpcSymbol(this.symbol.substring(0, 3), "class"));
			case "class" -> Optional.of(new CpcSymbol(this.symbol.substring(0, 1), "section"));
			default -> Optional.empty();
		};
	}

	private boolean isIndexingCode() {
		return this.symbol.length() > 4 && Integer.parseInt(mainGroup().substring(4)) >= 2000;
	}

	/**
	 * This symbol and all its ancestors, finest first.
	 */
	public List<CpcSymbol> lineage() {
		List<CpcSymbol> lineage = new ArrayList<>();
		Optional<CpcSymbol> current = Optional.of(this);
		while (current.isPresent()) {
			lineage.add(current.get());
			current = current.get().parent();
		}
		return lineage;
	}

}
