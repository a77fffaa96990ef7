package org.ipgraph.policies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries, regions and provinces named in policy texts, as codes: ISO countries
 * ({@code US}, {@code CN}, {@code GB}), subdivisions ({@code US-TX}, {@code CN-GD}) and
 * groups ({@code EU}, {@code EU+associated}); and which countries a group holds.
 * Reference data, not facts about any organization.
 */
final class Places {

	/** A place named in a sentence: its code and the words that named it. */
	record Place(String code, String words) {
	}

	/** EU member states (2024). */
	static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
			"IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

	/** Countries associated to Horizon Europe (2024), besides the member states. */
	static final Set<String> ASSOCIATED = Set.of("NO", "IS", "GB", "IL", "TR", "UA", "RS", "AL", "BA", "ME", "MK", "MD",
			"GE", "AM", "TN", "FO", "NZ");

	/** Foreign countries of concern under the CHIPS Act (15 U.S.C. 4651). */
	static final Set<String> OF_CONCERN = Set.of("CN", "RU", "IR", "KP");

	// Country names that are also a US state ("Georgia", "New Jersey"), a person's name
	// or
	// a common word
	private static final Set<String> AMBIGUOUS = Set.of("Georgia", "Jersey", "Jordan", "Chad", "Guernsey", "Niger",
			"Guinea", "Turkey");

	// Order matters: groups and subdivisions before the countries inside them
	private static final Map<String, Pattern> PLACES = new LinkedHashMap<>();

	static {
		put("EU+associated", "associated to Horizon Europe|associated countr(?:y|ies)|country associated");
		put("EU", "Member States? of the European Union|EU Member States?|in a Member State|European Union|"
				+ "participating Member States");
		put("US-TX", "Texas");
		put("CN-GD", "Guangdong");
		put("CN-BJ", "Zhongguancun|Beijing");
		put("US", "United States|U\\.S\\.(?= )|USA|American");
		put("CN", "People's Republic of China|China|Chinese");
		put("GB", "United Kingdom|UK|Britain|British");
		put("DE", "Germany|German");
		put("FR", "France|French");
		put("NL", "Netherlands|Dutch");
		// every other country by its English name (Ireland, Japan, Singapore...): a text
		// of a country the words above do not know still has a place; names that are also
		// a US state, a person's name or a word are left out, as are names with a
		// qualifier
		// ("Congo - Kinshasa", "Hong Kong SAR China") that texts do not write
		for (String code : Locale.getISOCountries()) {
			String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
			if (!PLACES.containsKey(code) && !AMBIGUOUS.contains(name)
					&& name.matches("[A-Z][a-z]+(?: [A-Z][a-z]+)*")) {
				put(code, Pattern.quote(name));
			}
		}
	}

	private static final Pattern LANGUAGE = Pattern.compile("\\blanguages?\\b", Pattern.CASE_INSENSITIVE);

	// the words of a place that also name a language
	private static final Set<String> ADJECTIVES = Set.of("American", "British", "Chinese", "Dutch", "French", "German");

	private Places() {
	}

	private static void put(String code, String words) {
		PLACES.put(code, Pattern.compile("(?<![A-Za-z])(?:" + words + ")(?![A-Za-z])"));
	}

	/**
	 * The places a sentence names, the most specific first; a country is left out when a
	 * subdivision of it is named in the same sentence.
	 */
	static List<Place> in(String sentence) {
		List<Place> out = new ArrayList<>();
		boolean languages = LANGUAGE.matcher(sentence).find();
		for (Map.Entry<String, Pattern> place : PLACES.entrySet()) {
			Matcher m = place.getValue().matcher(sentence);
			boolean found = m.find();
			// "English, French or German" in a sentence on languages names no place
			while (found && languages && ADJECTIVES.contains(m.group())) {
				found = m.find();
			}
			if (!found) {
				continue;
			}
			String code = place.getKey();
			boolean covered = out.stream()
				.anyMatch(p -> p.code().startsWith(code + "-") || p.code().startsWith(code + "+"));
			if (!covered) {
				out.add(new Place(code, m.group()));
			}
		}
		return out;
	}

	/**
	 * Whether a value is a place code of this list ({@code US}, {@code CN-GD},
	 * {@code EU}), not a kind of applicant.
	 */
	static boolean isCode(String value) {
		return value != null && PLACES.containsKey(value);
	}

	/**
	 * Whether an organization's country (and subdivision, when known) lies in a region.
	 * @return true, false, or null when the subdivision would decide and is unknown
	 */
	static Boolean contains(String region, String country, String subdivision) {
		String c = country.toUpperCase(Locale.ROOT);
		return switch (region) {
			case "EU" -> EU.contains(c);
			case "EU+associated" -> EU.contains(c) || ASSOCIATED.contains(c);
			default -> {
				int dash = region.indexOf('-');
				if (dash < 0) {
					yield region.equals(c);
				}
				if (!region.substring(0, dash).equals(c)) {
					yield false;
				}
				yield subdivision == null ? null : region.equalsIgnoreCase(subdivision);
			}
		};
	}

}
