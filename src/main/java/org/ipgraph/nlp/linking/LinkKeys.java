package org.ipgraph.nlp.linking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.graph.OrganizationKind;
import org.ipgraph.graph.OrganizationNames;

/**
 * The keys a name may be known by. The first is {@link OrganizationNames#plainKey}, the
 * organization key before abbreviation (a new Organization gets
 * {@link OrganizationNames#key} of the last); the others undo what writers add around a
 * name: a country qualifier ("U.S. Department of Energy"), trailing award words ("Army
 * Grant No"), abbreviated words ("Natl Science Foundation").
 */
final class LinkKeys {

	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("dept", "department"),
			Map.entry("natl", "national"), Map.entry("nat", "national"), Map.entry("univ", "university"),
			Map.entry("inst", "institute"), Map.entry("lab", "laboratory"), Map.entry("labs", "laboratories"),
			Map.entry("ctr", "center"), Map.entry("centre", "center"), Map.entry("admin", "administration"),
			Map.entry("assn", "association"), Map.entry("intl", "international"), Map.entry("govt", "government"),
			Map.entry("res", "research"), Map.entry("dev", "development"), Map.entry("tech", "technology"));

	private static final List<String> COUNTRY = List.of("united states of america", "united states", "us", "usa", "u s",
			"american");

	private static final Set<String> TRAILING = Set.of("grant", "grants", "contract", "contracts", "award", "awards",
			"no", "nos", "number", "numbers", "agreement", "cooperative", "subcontract", "funds", "funding",
			"sponsored", "case", "control");

	private static final Set<String> FUND_TRAILING = Set.of("program", "programs", "programme", "phase", "i", "ii",
			"iii", "grant", "grants", "award", "awards", "contract", "contracts", "no", "number", "topic", "initiative",
			"funding", "fund", "funds");

	private static final Set<String> LEADING = Set.of("grant", "grants", "contract", "contracts", "award", "awards",
			"federal", "government", "agency", "sponsored", "funded", "support", "the", "by", "from", "under");

	private static final Set<String> GOVERNMENT_HEADS = Set.of("army", "navy", "naval", "air", "office", "department",
			"national", "federal", "bureau", "agency", "defense", "marine", "coast", "government", "secretary",
			"centers", "intelligence", "small");

	private LinkKeys() {
	}

	/**
	 * Keys for an organization name, best first, no duplicates, none empty.
	 */
	static List<String> organization(String raw) {
		Set<String> keys = new LinkedHashSet<>();
		String key = OrganizationNames.plainKey(raw);
		add(keys, key);
		String expanded = expand(key);
		add(keys, expanded);
		String trimmed = trimTrailing(expanded, TRAILING);
		add(keys, trimmed);
		add(keys, trimLeading(trimmed));
		for (String k : List.copyOf(keys)) {
			String rest = stripCountry(k);
			if (rest != null) {
				add(keys, rest);
			}
		}
		return new ArrayList<>(keys);
	}

	/**
	 * The name with words glued by a lost space split again ("Department of DefenseAir"):
	 * a last resort, since real names are camel-cased too (InterDigital).
	 */
	static String unglued(String raw) {
		String split = raw.replaceAll("(?<=\\p{Ll}{2})(?=\\p{Lu})", " ");
		return split.equals(raw) ? null : expand(OrganizationNames.plainKey(split));
	}

	private static String trimLeading(String key) {
		List<String> tokens = new ArrayList<>(List.of(key.split(" ")));
		while (tokens.size() > 1 && LEADING.contains(tokens.get(0))) {
			tokens.remove(0);
		}
		return String.join(" ", tokens);
	}

	/**
	 * The key under which a fund or program is stored: {@code SBIR Phase II} and
	 * {@code SBIR program} are the same fund.
	 */
	static String fund(String raw) {
		String key = expand(OrganizationNames.plainKey(raw));
		String trimmed = trimTrailing(key, FUND_TRAILING);
		return trimmed.isEmpty() ? key : trimmed;
	}

	static String policy(String raw) {
		return expand(OrganizationNames.plainKey(raw));
	}

	/**
	 * The name without a leading country qualifier when what remains names a government
	 * body; null otherwise ("US Robotics" keeps its "US").
	 */
	static String stripCountry(String key) {
		for (String country : COUNTRY) {
			if (key.startsWith(country + " ")) {
				String rest = key.substring(country.length() + 1);
				if (rest.startsWith("of ")) {
					return null;
				}
				String head = rest.split(" ")[0];
				if (rest.contains(" ") || GOVERNMENT_HEADS.contains(head)) {
					if (GOVERNMENT_HEADS.contains(head)
							|| OrganizationNames.kind(rest) == OrganizationKind.GOVERNMENT_AGENCY) {
						return rest;
					}
				}
			}
		}
		return null;
	}

	private static String expand(String key) {
		if (key.isEmpty()) {
			return key;
		}
		StringBuilder out = new StringBuilder(key.length() + 8);
		for (String word : key.split(" ")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(WORDS.getOrDefault(word, word));
		}
		return out.toString();
	}

	private static String trimTrailing(String key, Set<String> words) {
		List<String> tokens = new ArrayList<>(List.of(key.split(" ")));
		while (tokens.size() > 1 && words.contains(tokens.get(tokens.size() - 1))) {
			tokens.remove(tokens.size() - 1);
		}
		// an award number glued to the name: "army grant w81xwh"
		while (tokens.size() > 1 && tokens.get(tokens.size() - 1).matches(".*\\d.*")) {
			tokens.remove(tokens.size() - 1);
			while (tokens.size() > 1 && words.contains(tokens.get(tokens.size() - 1))) {
				tokens.remove(tokens.size() - 1);
			}
		}
		return String.join(" ", tokens);
	}

	private static void add(Set<String> keys, String key) {
		if (key != null && !key.isBlank()) {
			keys.add(key);
		}
	}

}
