package org.ipgraph.nlp.linking;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ipgraph.nlp.Sentence;
import org.ipgraph.nlp.Mention;
import org.ipgraph.nlp.AnnotatedText;

/**
 * Acronyms: the initials a long name is abbreviated to, and the definitions a document
 * gives itself ("Intelligence Advanced Research Projects Activity (IARPA)").
 */
public final class Acronyms {

	private static final Set<String> SKIPPED = Set.of("of", "and", "the", "for", "on", "in", "at", "to", "a", "an",
			"de", "du", "des", "la", "le", "der", "und", "y");

	private Acronyms() {
	}

	/**
	 * The initials of a name's significant words, upper case: "Office of Naval Research"
	 * is {@code ONR}, "Air Force Office of Scientific Research" {@code AFOSR}. Null for
	 * one-word names.
	 */
	static String initials(String name) {
		List<String> words = NameTokens.of(name.replace('-', ' '));
		StringBuilder out = new StringBuilder();
		int significant = 0;
		for (String word : words) {
			if (SKIPPED.contains(word) || word.chars().allMatch(Character::isDigit)) {
				continue;
			}
			significant++;
			out.append(Character.toUpperCase(word.charAt(0)));
		}
		return significant >= 2 ? out.toString() : null;
	}

	/**
	 * Whether an acronym plausibly abbreviates a name: it is the name's initials, or its
	 * letters appear in order at word starts (DoD, NAVAIR, EPSCoR are looser).
	 */
	static boolean abbreviates(String acronym, String name) {
		String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
		String trimmed = name.strip();
		if (letters.length() < 2 || trimmed.isEmpty() || !Character.isUpperCase(trimmed.charAt(0))) {
			return false;
		}
		String initials = initials(name);
		if (initials != null && (initials.equals(letters) || initials.replace("US", "").equals(letters))) {
			return true;
		}
		// the capitals of the acronym are the initials of some of the words, in order,
		// from the first
		String capitals = acronym.replaceAll("[^A-Z]", "");
		StringBuilder wordInitials = new StringBuilder();
		for (String word : trimmed.split("[\\s/]+")) {
			if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
				wordInitials.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		if (capitals.isEmpty() || wordInitials.isEmpty() || wordInitials.charAt(0) != capitals.charAt(0)) {
			return false;
		}
		int at = 0;
		for (char c : capitals.toCharArray()) {
			at = wordInitials.indexOf(String.valueOf(c), at);
			if (at < 0) {
				return false;
			}
			at++;
		}
		return true;
	}

	/**
	 * Acronym definitions in a document: a mention followed by an acronym in parentheses,
	 * or an acronym followed by its long form in parentheses.
	 * @return acronym to long form
	 */
	public static Map<String, String> definitions(AnnotatedText text) {
		Map<String, String> out = new HashMap<>();
		for (Mention m : text.mentions()) {
			Sentence s = text.sentences().get(m.sentence());
			String[] t = s.tokens();
			int e = m.tokenEnd();
			if (e + 2 < t.length && t[e].equals("(") && t[e + 2].equals(")") && NameTokens.isAcronym(t[e + 1])
					&& abbreviates(t[e + 1], m.text())) {
				out.putIfAbsent(t[e + 1], m.text());
			}
			if (NameTokens.isAcronym(m.text()) && e + 1 < t.length && t[e].equals("(")) {
				int close = e + 1;
				while (close < t.length && !t[close].equals(")")) {
					close++;
				}
				if (close < t.length && close > e + 2) {
					String longForm = s.cover(e + 1, close);
					if (abbreviates(m.text(), longForm)) {
						out.putIfAbsent(m.text(), longForm);
					}
				}
			}
		}
		return out;
	}

}
