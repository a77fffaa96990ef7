package org.ipgraph.risk;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How much a name looks like a patent-holding entity: words of licensing and IP holding
 * ("Licensing", "IP Holdings", "Patent Assets", "Intellectual Property") score 1; a
 * limited liability company named for generic "Technologies", "Innovations", "Ventures",
 * "Solutions" or "Holdings" scores 0.6; a bare LLC 0.25. Operating companies' IP
 * subsidiaries ("Verizon Patent and Licensing") score too: the name is one signal among
 * several.
 */
public final class HoldingNames {

	private static final Pattern STRONG = Pattern
		.compile("\\b(licens(e|ing)|patents?|ip (holdings?|ventures?|assets|investments?)|intellectual property|"
				+ "patent assets|monetization|enforcement)\\b");

	private static final Pattern WEAK = Pattern
		.compile("\\b(technolog(y|ies)|innovations?|ventures?|solutions?|holdings?|investments?|assets|ip)\\b");

	private static final Pattern LLC = Pattern.compile("\\b(llc|l l c|limited liability company)\\b");

	private HoldingNames() {
	}

	public static double score(String name) {
		if (name == null) {
			return 0;
		}
		String n = " " + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
		n = n.replace(" l l c ", " llc ");
		if (STRONG.matcher(n).find()) {
			return 1;
		}
		boolean llc = LLC.matcher(n).find();
		if (llc && WEAK.matcher(n).find()) {
			return 0.6;
		}
		return llc ? 0.25 : 0;
	}

	/**
	 * The highest score among a name and its spellings.
	 */
	public static double score(String name, List<String> aliases) {
		double best = score(name);
		for (String alias : aliases) {
			best = Math.max(best, score(alias));
		}
		return best;
	}

	/**
	 * The words that made the score, for explanations.
	 */
	public static String why(String name) {
		double score = score(name);
		if (score >= 1) {
			return "licensing or IP-holding words";
		}
		if (score >= 0.6) {
			return "an LLC with a generic holding word";
		}
		return score > 0 ? "a limited liability company" : "no holding-entity pattern";
	}

}
