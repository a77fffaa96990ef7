package org.ipgraph.ingest.cpc;

import java.util.ArrayList;
import java.util.List;

import org.ipgraph.graph.CpcSymbol;

/**
 * Follows the title list line by line and gives each symbol its exact parent: sections
 * have none; classes, subclasses and main groups have the parent their symbol shows; a
 * subgroup at dot level n has the nearest preceding entry of its main group at level n -
 * 1. Indexing codes of the 2000 series are listed inside the main group 2000 below theirs
 * ({@code A01C2001/048} under {@code A01C1/04}) and are placed there.
 */
final class CpcHierarchy {

	// entries of the current main group, by dot level
	private final List<CpcSymbol> levels = new ArrayList<>();

	/**
	 * The record for one line.
	 * @throws IllegalArgumentException with the reason when the line cannot be placed
	 */
	TechnologyRecord next(String line) {
		if (line.indexOf('\uFFFD') >= 0) {
			throw new IllegalArgumentException("invalid UTF-8 or a lost character (U+FFFD)");
		}
		String[] fields = line.split("\t", -1);
		if (fields.length != 3) {
			throw new IllegalArgumentException(
					"has " + fields.length + " tab-separated fields, expected 3 " + "(symbol, dot level, title)");
		}
		CpcSymbol symbol = CpcSymbol.parse(fields[0])
			.filter(s -> s.symbol().equals(fields[0].strip()))
			.orElseThrow(() -> new IllegalArgumentException("unparseable CPC symbol '" + fields[0] + "'"));
		String title = fields[2].strip();
		boolean grouped = symbol.level().equals("group") || symbol.level().equals("subgroup");
		if (!grouped) {
			if (!fields[1].isBlank()) {
				throw new IllegalArgumentException(
						"a " + symbol.level() + " has no dot level, found '" + fields[1] + "'");
			}
			this.levels.clear();
			return new TechnologyRecord(symbol, null, title, symbol.parent().orElse(null));
		}
		int depth = depth(fields[1]);
		if ((depth == 0) != symbol.level().equals("group")) {
			throw new IllegalArgumentException(
					"dot level " + depth + " does not fit " + symbol.level() + " " + symbol.symbol());
		}
		if (depth == 0) {
			this.levels.clear();
			this.levels.add(symbol);
			return new TechnologyRecord(symbol, 0, title, symbol.parent().orElseThrow());
		}
		if (depth > this.levels.size() || !inMainGroup(symbol, this.levels.get(0))) {
			throw new IllegalArgumentException("no preceding entry at dot level " + (depth - 1) + " in main group "
					+ symbol.mainGroup() + " for " + symbol.symbol());
		}
		CpcSymbol parent = this.levels.get(depth - 1);
		this.levels.subList(depth, this.levels.size()).clear();
		this.levels.add(symbol);
		return new TechnologyRecord(symbol, depth, title, parent);
	}

	private static boolean inMainGroup(CpcSymbol symbol, CpcSymbol group) {
		if (!symbol.subclass().equals(group.subclass())) {
			return false;
		}
		int number = Integer.parseInt(symbol.mainGroup().substring(4));
		int main = Integer.parseInt(group.mainGroup().substring(4));
		return number == main || number == main + 2000;
	}

	private static int depth(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("unparseable dot level '" + text + "'");
		}
	}

}
