package org.ipgraph.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Titles, abstracts and claims in patent English, written from a field's device words and
 * a topic's phrases. Patents of one topic share phrases, so text similarity follows the
 * classification; near-duplicates reuse their original's text with small changes.
 */
final class Texts {

	private static final String[] PARTS = { "processor", "memory", "controller", "sensor", "transceiver", "circuit",
			"module", "interface", "signal path", "buffer" };

	private static final String[] EFFECTS = { "reduces latency", "lowers power consumption", "improves accuracy",
			"reduces signalling overhead", "extends operating time", "improves robustness", "reduces cost",
			"simplifies calibration" };

	private static final String[] CONTINUATIONS = { "In some embodiments the %s is configured remotely.",
			"In further embodiments the %s operates in a low-power mode.",
			"The %s may be provided as a separate unit." };

	/**
	 * A patent's text.
	 *
	 * @param title title
	 * @param abstractText abstract
	 * @param claims first claim
	 */
	record Text(String title, String abstractText, String claims) {
	}

	private Texts() {
	}

	static Text write(Field field, List<String> phrases, SplittableRandom random) {
		String first = phrases.get(random.nextInt(phrases.size()));
		String second = phrases.get(random.nextInt(phrases.size()));
		String third = phrases.get(random.nextInt(phrases.size()));
		String product = field.products.get(random.nextInt(field.products.size()));
		String title = switch (random.nextInt(5)) {
			case 0 -> "Method and apparatus for " + first;
			case 1 -> Names.capitalize(first) + " in " + a(product);
			case 2 -> "System and method for " + first + " in " + product + "s";
			case 3 -> Names.capitalize(field.device) + " with " + first;
			default -> Names.capitalize(first) + " using " + second;
		};
		String part = pick(PARTS, random);
		String abstractText = "A" + a(product).substring(1) + " performs " + first + ". The " + product + " includes "
				+ a(part) + " configured for " + second + " and another " + pick(PARTS, random) + " for " + third
				+ ", which " + pick(EFFECTS, random) + ".";
		String claims = "1. A method comprising: receiving, by " + a(part) + " of " + a(field.device) + ", data for "
				+ first + "; determining " + second + " from the data; and outputting a result of the " + third + ".";
		return new Text(title, abstractText, claims);
	}

	/**
	 * A continuation's text: the same title and nearly the same abstract and claim.
	 */
	static Text twin(Text original, Field field, SplittableRandom random) {
		String sentence = String.format(CONTINUATIONS[random.nextInt(CONTINUATIONS.length)], field.device);
		String claims = original.claims()
			.replace("1. A method comprising:", "1. A system comprising a " + pick(PARTS, random) + " configured for:");
		return new Text(original.title(), original.abstractText() + " " + sentence, claims);
	}

	/**
	 * The word with its indefinite article: "an inspection camera".
	 */
	static String a(String word) {
		return ("aeiouAEIOU".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
	}

	private static String pick(String[] values, SplittableRandom random) {
		return values[random.nextInt(values.length)];
	}

}
