package org.ipgraph.nlp.linking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words of a name for matching: lower case, accents dropped, dotted initials joined
 * ({@code U.S.} is {@code us}), {@code &} read as "and", split at anything not a letter
 * or digit. The same rules as {@code OrganizationNames}, so gazetteer matches and
 * organization keys agree.
 */
public final class NameTokens {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern DOTTED = Pattern.compile("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)");

	private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

	private NameTokens() {
	}

	static List<String> of(String text) {
		List<String> out = new ArrayList<>();
		if (text == null) {
			return out;
		}
		String t = normalize(text);
		for (String part : SPLIT.split(t)) {
			if (!part.isEmpty()) {
				out.add(part);
			}
		}
		return out;
	}

	static String normalize(String text) {
		String t = Normalizer.normalize(text, Normalizer.Form.NFKD);
		t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
		t = t.replace("ß", "ss").replace("æ", "ae").replace("ø", "o");
		t = DOTTED.matcher(t).replaceAll("");
		return t.replace("&", " and ").replace("+", " and ");
	}

	/**
	 * Whether a token looks like an acronym: {@code ONR}, {@code DoD}, {@code NAVAIR},
	 * {@code EPSCoR}, {@code NIST}.
	 */
	public static boolean isAcronym(String token) {
		if (token.length() < 2 || token.length() > 10 || !Character.isUpperCase(token.charAt(0))) {
			return false;
		}
		int upper = 0;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (Character.isUpperCase(c)) {
				upper++;
			}
			else if (!Character.isLowerCase(c) && c != '&' && c != '-') {
				return false;
			}
		}
		return upper >= 2 && upper * 2 >= token.length();
	}

}
