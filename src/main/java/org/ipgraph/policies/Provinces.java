package org.ipgraph.policies;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Provinces and states of cities and of place words in organization names ("SHENZHEN ...
 * CO LTD", "UNIV TEXAS"): reference data for the region criteria policies name.
 */
final class Provinces {

	private static final Map<String, String> CITIES = new LinkedHashMap<>();

	static {
		for (String city : new String[] { "shenzhen", "guangzhou", "zhuhai", "dongguan", "foshan", "huizhou",
				"zhongshan", "shantou", "guangdong" }) {
			CITIES.put(city, "CN-GD");
		}
		CITIES.put("beijing", "CN-BJ");
		CITIES.put("shanghai", "CN-SH");
		CITIES.put("guizhou", "CN-GZ");
		CITIES.put("guiyang", "CN-GZ");
		CITIES.put("hangzhou", "CN-ZJ");
		CITIES.put("zhejiang", "CN-ZJ");
		CITIES.put("wuhan", "CN-HB");
		CITIES.put("texas", "US-TX");
		CITIES.put("austin", "US-TX");
		CITIES.put("dallas", "US-TX");
		CITIES.put("houston", "US-TX");
		CITIES.put("california", "US-CA");
		CITIES.put("massachusetts", "US-MA");
	}

	// "SZ DJI": the usual short form of Shenzhen in Chinese company names
	private static final Pattern SHENZHEN_SHORT = Pattern.compile("^SZ\\s");

	private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

	private Provinces() {
	}

	// "US NAVY", "U.S. PHILIPS"
	private static final Pattern US_FIRST = Pattern.compile("^(?:US|U\\.S\\.)\\s", Pattern.CASE_INSENSITIVE);

	/**
	 * The country a name's words give ("US NAVY", "CHINA MOBILE", "British Telecom"), or
	 * null.
	 */
	static Places.Place countryInName(String name) {
		if (US_FIRST.matcher(name).find()) {
			return new Places.Place("US", name.substring(0, name.indexOf(' ')));
		}
		for (Places.Place place : Places.in(name)) {
			if (!place.code().startsWith("EU")) {
				return place;
			}
		}
		return null;
	}

	static String of(String city) {
		return CITIES.get(city.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * The province or state a name's place words give, or null.
	 */
	static Places.Place inName(String name) {
		if (SHENZHEN_SHORT.matcher(name).find()) {
			return new Places.Place("CN-GD", "SZ (Shenzhen)");
		}
		Matcher m = WORD.matcher(name);
		while (m.find()) {
			String code = CITIES.get(m.group().toLowerCase(Locale.ROOT));
			if (code != null) {
				return new Places.Place(code, m.group());
			}
		}
		return null;
	}

}
