package org.ipgraph.ingest.orgs;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Two-letter country codes for English country names, as curated lists write them.
 */
final class Countries {

	private static final Map<String, String> CODES = new HashMap<>();

	static {
		for (String code : Locale.getISOCountries()) {
			CODES.put(normalize(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)), code);
		}
		Map.of("korea", "KR", "south korea", "KR", "russian federation", "RU", "czech republic", "CZ", "congo", "CG",
				"united states of america", "US", "usa", "US", "uk", "GB", "great britain", "GB", "taiwan", "TW")
			.forEach(CODES::put);
	}

	private Countries() {
	}

	/**
	 * The code, or null for a name not known.
	 */
	static String code(String name) {
		return name == null ? null : CODES.get(normalize(name));
	}

	private static String normalize(String name) {
		return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

}
