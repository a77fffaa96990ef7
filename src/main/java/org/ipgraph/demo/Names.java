package org.ipgraph.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fictional organization and place names built from invented syllables ("Norvane Wireless
 * Inc.", "University of Corwick"), never drawn from a list of real ones. Each stem is
 * used once per ecosystem. Cities and countries are real, as they would be for any
 * fictional company.
 */
final class Names {

	private static final String[] STARTS = { "Al", "Bel", "Cor", "Dra", "El", "Fen", "Gal", "Hal", "Is", "Jor", "Kal",
			"Lor", "Mar", "Nor", "Or", "Pel", "Quin", "Ros", "Sel", "Tor", "Ul", "Val", "Wen", "Xan", "Yor", "Zel",
			"Bra", "Cal", "Dar", "Ev", "Fal", "Gor", "Hes", "Ith", "Kes", "Lun", "Mir", "Nev", "Ost", "Pry", "Ren",
			"Sar", "Tav", "Vor", "Wyn", "Ash", "Brin", "Cael", "Dun", "Eir", "Grel", "Hov", "Jas", "Kel", "Lys", "Mor",
			"Nim", "Oth", "Per", "Rhe", "Syl", "Thal", "Ves", "Zor" };

	private static final String[] MIDDLES = { "a", "e", "i", "o", "an", "ar", "en", "is", "or", "el", "ith", "um" };

	private static final String[] ENDS = { "vane", "trix", "mond", "dell", "gard", "wick", "quist", "lon", "rion",
			"dax", "ven", "thos", "rik", "lith", "ryn", "vale", "zen", "holt", "vik", "corr", "bris", "stra", "mara",
			"phor", "quen", "wyth", "marn" };

	private static final String[] PLACE_ENDS = { "ford", "mere", "haven", "ton", "field", "burg", "dale", "wick",
			"stad", "holm", "moor", "bridge", "port", "crest" };

	private static final String[] GENERIC_WORDS = { "Systems", "Technologies", "Electronics", "Labs", "Devices" };

	private static final String[] STREETS = { "Legacy", "Preston", "Commerce", "Lakeside", "Parkwood", "Granite",
			"Harbor", "Summit" };

	private final SplittableRandom random;

	private final Set<String> used = new HashSet<>();

	Names(SplittableRandom random) {
		this.random = random;
	}

	/**
	 * A fresh invented word such as "Norvane" or "Calitrix", never returned twice.
	 */
	String stem() {
		for (int attempt = 0;; attempt++) {
			// Short stems run out after some thousands; larger ecosystems get three-part
			// ones
			boolean extended = attempt > 40 || this.used.size() > 6000;
			StringBuilder stem = new StringBuilder(pick(STARTS));
			// three syllables at least: short invented words collide with real brands too
			// often
			stem.append(pick(MIDDLES)).append(pick(ENDS));
			if (extended) {
				stem.append(pick(MIDDLES)).append(pick(ENDS));
			}
			if (this.used.add(stem.toString())) {
				return stem.toString();
			}
		}
	}

	String place() {
		for (int attempt = 0;; attempt++) {
			boolean extended = attempt > 40 || this.used.size() > 6000;
			String place = pick(STARTS) + (extended || this.random.nextBoolean() ? pick(MIDDLES) : "")
					+ (extended ? pick(ENDS) : "") + pick(PLACE_ENDS);
			if (this.used.add(place)) {
				return place;
			}
		}
	}

	String industryWord(Field field) {
		if (this.random.nextInt(4) == 0) {
			return pick(GENERIC_WORDS);
		}
		return pick(switch (field) {
			case VIDEO -> new String[] { "Video", "Media", "Imaging", "Visual" };
			case WIRELESS -> new String[] { "Wireless", "Networks", "Telecom", "Radio" };
			case WEARABLES -> new String[] { "Health", "Medical", "Wearables", "Biosensing" };
			case DRONES -> new String[] { "Aerial", "Robotics", "Aero", "Drone Systems" };
			case BATTERIES -> new String[] { "Energy", "Battery", "Power", "Cells" };
			case VISION -> new String[] { "Vision", "Perception", "Analytics", "Imaging AI" };
			case EV_CHARGING -> new String[] { "Mobility", "Charging", "E-Mobility", "Electric" };
		});
	}

	/**
	 * A legal form as companies of that country write it.
	 * @param llc an American LLC, for operating companies whose name looks like a shell's
	 */
	String legalForm(String country, boolean llc) {
		if (llc) {
			return "LLC";
		}
		return pick(switch (country) {
			case "US", "CA", "TW" -> new String[] { "Inc.", "Corp.", "Inc." };
			case "JP" -> new String[] { "Co., Ltd.", "Corporation" };
			case "KR", "CN" -> new String[] { "Co., Ltd." };
			case "DE" -> new String[] { "GmbH", "AG" };
			case "FR" -> new String[] { "SA", "SAS" };
			case "GB" -> new String[] { "Ltd", "plc" };
			case "FI" -> new String[] { "Oy" };
			case "SE" -> new String[] { "AB" };
			case "NL" -> new String[] { "B.V." };
			default -> new String[] { "Ltd." };
		});
	}

	String university(String place) {
		return switch (this.random.nextInt(4)) {
			case 0 -> place + " Institute of Technology";
			case 1 -> place + " Polytechnic University";
			case 2 -> place + " State University";
			default -> "University of " + place;
		};
	}

	String researchInstitute(String place, Field field) {
		return switch (this.random.nextInt(3)) {
			case 0 -> place + " Institute for Applied " + capitalize(field.label);
			case 1 -> place + " Research Centre for " + capitalize(field.label);
			default -> "National Laboratory for " + capitalize(field.label) + " of " + place;
		};
	}

	String agency(String place, int variant) {
		return switch (variant % 6) {
			case 0 -> place + " Department of Innovation and Trade";
			case 1 -> place + " Ministry of Industry and Information Technology";
			case 2 -> place + " Small Business Innovation Administration";
			case 3 -> place + " Bureau of Energy Research";
			case 4 -> "Federal Office for Health Technology of " + place;
			default -> place + " Ministry of Transport and Mobility";
		};
	}

	String address() {
		return (100 + this.random.nextInt(8900)) + " " + pick(STREETS) + " "
				+ pick(new String[] { "Drive", "Parkway", "Boulevard" }) + ", Suite "
				+ (100 + this.random.nextInt(800));
	}

	static String acronym(String name) {
		StringBuilder acronym = new StringBuilder();
		for (String word : name.split("[\\s-]+")) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))
					&& !List.of("Of", "And", "For", "The").contains(word)) {
				acronym.append(word.charAt(0));
			}
		}
		return acronym.toString();
	}

	static String capitalize(String text) {
		StringBuilder out = new StringBuilder();
		for (String word : text.split(" ")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(word.equals(word.toUpperCase(Locale.ROOT)) ? word
					: Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return out.toString();
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

}
