package org.ipgraph.evaluation.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The gold eligibility facts of {@code eligibility.jsonl} as comparable values, and how a
 * read value is compared with them.
 */
final class GoldFacts {

	static final List<String> KINDS = List.of("applicants", "excluded", "size", "region", "fields", "instrument",
			"amounts", "deadlines", "dates", "issuing_body");

	private GoldFacts() {
	}

	static List<String> values(String kind, JsonNode fact) {
		List<String> out = new ArrayList<>();
		switch (kind) {
			case "applicants", "excluded" -> out.add(normalize(kind, fact.get("kind").asString()));
			case "size", "region", "instrument" -> out.add(normalize(kind, fact.get("value").asString()));
			case "fields" -> {
				JsonNode cpc = fact.get("cpc");
				if (cpc == null || cpc.isEmpty()) {
					out.add("keywords");
				}
				else {
					cpc.forEach(c -> out.add(normalize(kind, c.asString())));
				}
			}
			case "amounts", "deadlines", "dates" -> out.add(normalize(kind, fact.get("text").asString()));
			case "issuing_body" -> out.add(normalize(kind, fact.get("name").asString()));
			default -> throw new IllegalArgumentException(kind);
		}
		return out;
	}

	static String normalize(String kind, String value) {
		String v = value.strip();
		return switch (kind) {
			case "size" -> v.equals("small-or-medium") ? "sme" : v;
			case "region" -> v.replace("UK", "GB");
			case "amounts", "deadlines", "dates", "issuing_body" -> v.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			default -> v;
		};
	}

	/**
	 * Whether a value matches one of a set: exactly; for fields, one CPC prefix covers
	 * the other; for amounts, dates and bodies, one text contains the other.
	 */
	static boolean matches(String kind, String value, Set<String> set) {
		for (String other : set) {
			boolean hit = switch (kind) {
				case "fields" -> other.startsWith(value) || value.startsWith(other);
				case "amounts", "deadlines", "dates", "issuing_body" -> other.contains(value) || value.contains(other);
				default -> other.equals(value);
			};
			if (hit) {
				return true;
			}
		}
		return false;
	}

}
