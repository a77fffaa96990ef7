package org.ipgraph.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Real cities where fictional organizations sit, by country, and the share of companies
 * per country.
 */
final class Places {

	record City(String name, String state, String country) {
	}

	static final List<City> CITIES = List.of(new City("San Jose", "CA", "US"), new City("Austin", "TX", "US"),
			new City("Boston", "MA", "US"), new City("San Diego", "CA", "US"), new City("Seattle", "WA", "US"),
			new City("Raleigh", "NC", "US"), new City("Pittsburgh", "PA", "US"), new City("Ann Arbor", "MI", "US"),
			new City("Tokyo", null, "JP"), new City("Osaka", null, "JP"), new City("Kyoto", null, "JP"),
			new City("Nagoya", null, "JP"), new City("Yokohama", null, "JP"), new City("Seoul", null, "KR"),
			new City("Suwon", null, "KR"), new City("Daejeon", null, "KR"), new City("Shenzhen", null, "CN"),
			new City("Beijing", null, "CN"), new City("Shanghai", null, "CN"), new City("Hangzhou", null, "CN"),
			new City("Wuhan", null, "CN"), new City("Munich", null, "DE"), new City("Stuttgart", null, "DE"),
			new City("Berlin", null, "DE"), new City("Dresden", null, "DE"), new City("Aachen", null, "DE"),
			new City("Paris", null, "FR"), new City("Grenoble", null, "FR"), new City("Toulouse", null, "FR"),
			new City("Cambridge", null, "GB"), new City("London", null, "GB"), new City("Bristol", null, "GB"),
			new City("Espoo", null, "FI"), new City("Oulu", null, "FI"), new City("Tampere", null, "FI"),
			new City("Stockholm", null, "SE"), new City("Lund", null, "SE"), new City("Gothenburg", null, "SE"),
			new City("Eindhoven", null, "NL"), new City("Delft", null, "NL"), new City("Hsinchu", null, "TW"),
			new City("Taipei", null, "TW"), new City("Toronto", null, "CA"), new City("Waterloo", null, "CA"),
			new City("Ottawa", null, "CA"));

	/** Where patent-holding shells tend to register. */
	static final List<City> SHELL_CITIES = List.of(new City("Plano", "TX", "US"), new City("Marshall", "TX", "US"),
			new City("Tyler", "TX", "US"), new City("Wilmington", "DE", "US"), new City("Newport Beach", "CA", "US"));

	private static final String[] COUNTRIES = { "US", "JP", "KR", "CN", "DE", "FR", "GB", "FI", "SE", "NL", "TW",
			"CA" };

	private static final int[] COUNTRY_WEIGHTS = { 30, 12, 10, 12, 9, 4, 5, 3, 3, 3, 5, 4 };

	private Places() {
	}

	static String country(SplittableRandom random) {
		int r = random.nextInt(100);
		for (int i = 0; i < COUNTRIES.length; i++) {
			r -= COUNTRY_WEIGHTS[i];
			if (r < 0) {
				return COUNTRIES[i];
			}
		}
		return "US";
	}

	static City city(String country, SplittableRandom random) {
		List<City> in = CITIES.stream().filter(c -> c.country().equals(country)).toList();
		return in.get(random.nextInt(in.size()));
	}

	static String currency(String country) {
		return switch (country) {
			case "DE", "FR", "FI", "NL" -> "EUR";
			case "JP" -> "JPY";
			case "KR" -> "KRW";
			case "CN" -> "CNY";
			case "GB" -> "GBP";
			case "SE" -> "SEK";
			case "TW" -> "TWD";
			case "CA" -> "CAD";
			default -> "USD";
		};
	}

}
