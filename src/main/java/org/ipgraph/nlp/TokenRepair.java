package org.ipgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Mends what the UD-trained English tokenizer does to patent and legal text: it splits
 * {@code 4,255,837} into {@code 4,255,} and {@code 837}, {@code N00014-15-1-2244} and
 * {@code Stevenson-Wydler} at the hyphen, {@code U.S.C.} into {@code U.S.} and
 * {@code C.}, and leaves a sentence's final period on a number ({@code 1981.}). Names and
 * numbers must be whole tokens for the name finder and the gazetteer.
 */
final class TokenRepair {

	private static final Pattern NUMBER_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})*,");

	private static final Pattern DOTTED = Pattern.compile("([A-Za-z]\\.)+");

	private static final Pattern FINAL_PERIOD = Pattern.compile("[A-Za-z0-9]{2,}\\.|\\d\\.");

	private TokenRepair() {
	}

	static Span[] repair(CharSequence text, Span[] spans, Set<String> abbreviations) {
		List<Span> out = new ArrayList<>(spans.length);
		for (Span whole : spans) {
			Span span = whole;
			int possessive = possessive(text, span);
			if (possessive > 0) {
				// "EICTA's" is the name and its possessive ending, as "EICTA" "'s"
				addJoined(text, out, new Span(span.getStart(), possessive), abbreviations);
				out.add(new Span(possessive, span.getEnd()));
				continue;
			}
			addJoined(text, out, span, abbreviations);
		}
		if (!out.isEmpty()) {
			Span last = out.get(out.size() - 1);
			String token = text.subSequence(last.getStart(), last.getEnd()).toString();
			if (FINAL_PERIOD.matcher(token).matches() && !abbreviations.contains(token)
					&& !DOTTED.matcher(token).matches()) {
				out.set(out.size() - 1, new Span(last.getStart(), last.getEnd() - 1));
				out.add(new Span(last.getEnd() - 1, last.getEnd()));
			}
		}
		return out.toArray(Span[]::new);
	}

	private static void addJoined(CharSequence text, List<Span> out, Span span, Set<String> abbreviations) {
		if (!out.isEmpty()) {
			Span previous = out.get(out.size() - 1);
			if (previous.getEnd() == span.getStart()
					&& (joins(text, previous, span) || abbreviation(text, previous, span, abbreviations))) {
				out.set(out.size() - 1, new Span(previous.getStart(), span.getEnd()));
				return;
			}
		}
		out.add(span);
	}

	/**
	 * Where a possessive ending ('s, ’s) starts in a token of at least two more
	 * characters, or -1.
	 */
	private static int possessive(CharSequence text, Span span) {
		int end = span.getEnd();
		if (span.length() < 4 || Character.toLowerCase(text.charAt(end - 1)) != 's') {
			return -1;
		}
		char apostrophe = text.charAt(end - 2);
		return (apostrophe == '\'' || apostrophe == '’') && Character.isLetterOrDigit(text.charAt(end - 3)) ? end - 2
				: -1;
	}

	/**
	 * "Pat" + "." is the abbreviation "Pat.", as in "U.S. Pat. No.".
	 */
	private static boolean abbreviation(CharSequence text, Span previous, Span next, Set<String> abbreviations) {
		return next.length() == 1 && text.charAt(next.getStart()) == '.'
				&& abbreviations.contains(text.subSequence(previous.getStart(), previous.getEnd()) + ".");
	}

	private static boolean isWord(String token) {
		return token.chars().allMatch(Character::isLetter);
	}

	private static boolean joins(CharSequence text, Span previous, Span next) {
		String a = text.subSequence(previous.getStart(), previous.getEnd()).toString();
		String b = text.subSequence(next.getStart(), next.getEnd()).toString();
		if (isWord(a) && isWord(b)
				&& (Character.isUpperCase(b.charAt(0)) || Character.isUpperCase(a.charAt(a.length() - 1)))) {
			// the model splits some capitalized words it does not know: "F" "FII",
			// "Shark" "Tech"
			return true;
		}
		if (NUMBER_GROUPS.matcher(a).matches() && Character.isDigit(b.charAt(0))) {
			return true;
		}
		char last = a.charAt(a.length() - 1);
		if ((b.charAt(0) == '-' || b.charAt(0) == '/') && b.length() > 1 && Character.isLetterOrDigit(b.charAt(1))
				&& Character.isLetterOrDigit(last)) {
			return true;
		}
		if (last == '-' && a.length() > 1 && Character.isLetterOrDigit(b.charAt(0))
				&& Character.isLetterOrDigit(a.charAt(a.length() - 2))) {
			return true;
		}
		return DOTTED.matcher(a).matches() && DOTTED.matcher(b).matches() && b.length() <= 4;
	}

}
