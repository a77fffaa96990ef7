package org.ipgraph.graph;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes people's names out of text: every word of a hidden person's name (given and
 * family names, as whole words, ignoring case and accents) becomes "[name withheld]".
 * Evidence sentences and documents pass through it before a caller who may not see those
 * people reads them (evidence, partners, patents, pools: {@link HiddenPersons}), and the
 * experts' document text passes through it before indexing, so that a query naming
 * someone does not find them through their biography.
 */
public final class Redaction {

	public static final String WITHHELD = "[name withheld]";

	private Redaction() {
	}

	public static String withhold(String text, Collection<String> names) {
		if (text == null || names.isEmpty()) {
			return text;
		}
		Set<String> words = new LinkedHashSet<>();
		for (String name : names) {
			for (String word : fold(name).split("[^\\p{L}\\p{N}]+")) {
				if (word.length() > 1) {
					words.add(word);
				}
			}
		}
		if (words.isEmpty()) {
			return text;
		}
		String folded = fold(text);
		StringBuilder pattern = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
		words.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.forEach(w -> pattern.append(Pattern.quote(w)).append('|'));
		pattern.setLength(pattern.length() - 1);
		pattern.append(")(?![\\p{L}\\p{N}])");
		// Folding keeps one character per character for Latin text, so offsets carry over
		if (folded.length() != text.length()) {
			return Pattern.compile(pattern.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
				.matcher(text)
				.replaceAll(WITHHELD);
		}
		Matcher matcher = Pattern.compile(pattern.toString()).matcher(folded);
		StringBuilder out = new StringBuilder(text.length());
		int last = 0;
		while (matcher.find()) {
			out.append(text, last, matcher.start()).append(WITHHELD);
			last = matcher.end();
		}
		out.append(text, last, text.length());
		return collapse(out.toString());
	}

	// "[name withheld] [name withheld]" for a full name reads better once
	private static String collapse(String text) {
		return text.replace(WITHHELD + " " + WITHHELD, WITHHELD).replace(WITHHELD + " " + WITHHELD, WITHHELD);
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

}
