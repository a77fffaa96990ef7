package org.ipgraph.policies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Technology fields named in policy texts and demands, mapped to CPC prefixes (a class or
 * subclass). A hand-made list of the fields policies name most; a field it does not know
 * is not guessed.
 */
final class Fields {

	/** A field named in a text: the CPC prefixes and the words that named it. */
	record Field(List<String> cpc, String words) {
	}

	/** "No restriction on technology or sector", "any area of science". */
	static final Pattern ANY = Pattern.compile("\\b(no restriction on (?:technology|sector)|any (?:area|field) of "
			+ "(?:science|technology)|any technology|open to all (?:technologies|fields|sectors)|whatever (?:its|their) "
			+ "(?:size or )?sector|regardless of (?:(?:size|field) or )?(?:sector|field)|(?:of|in) any sector|"
			+ "all sectors)\\b", Pattern.CASE_INSENSITIVE);

	private static final Map<Pattern, List<String>> FIELDS = new LinkedHashMap<>();

	static {
		// "chips" but not "CHIPS" (an act's acronym)
		put("semiconductors?|integrated circuits?|(?-i:[Cc]hips?)\\b|microelectronics", "H01L", "H10");
		put("artificial intelligence|machine learning|\\bAI\\b", "G06N");
		put("biotechnology|life sciences?|biomedicine|biopharmaceutical", "C12N", "A61K");
		put("medical devices?|medical equipment", "A61B", "A61F", "A61M");
		put("clean energy|renewable energy|new energy|energy storage|fusion energy", "Y02E", "H01M");
		put("quantum", "G06N", "H10N");
		put("nanotechnology", "B82Y");
		put("advanced manufacturing|additive manufacturing|machine tools|robots?|robotics", "B33Y", "B25J", "G05B");
		put("software|computer-implemented|information technology|advanced (?:scientific )?computing", "G06F");
		put("telecommunications?|wireless|5G|mobile communications?|standard essential patents", "H04");
		put("drones?|unmanned aerial|aerospace|aircraft", "B64");
		put("wearables?|wearable devices?", "A61B", "G06F");
		put("new-energy vehicles|electric vehicles", "B60L");
		put("motor vehicles?|automotive|automobiles?", "B60", "B62D");
		put("agricultur\\w*", "A01");
		put("new materials|advanced materials", "C08", "C22");
		put("rail transit", "B61");
		put("ships?|ocean engineering", "B63");
		put("electric power", "H02");
	}

	private Fields() {
	}

	private static void put(String words, String... cpc) {
		FIELDS.put(Pattern.compile("\\b(?:" + words + ")", Pattern.CASE_INSENSITIVE), List.of(cpc));
	}

	static List<Field> in(String text) {
		List<Field> out = new ArrayList<>();
		for (Map.Entry<Pattern, List<String>> field : FIELDS.entrySet()) {
			Matcher m = field.getKey().matcher(text);
			if (m.find()) {
				out.add(new Field(field.getValue(), m.group()));
			}
		}
		return out;
	}

	/**
	 * Whether a CPC symbol of an organization falls under a field's prefix.
	 */
	static boolean covers(String prefix, String symbol) {
		return symbol.startsWith(prefix);
	}

}
