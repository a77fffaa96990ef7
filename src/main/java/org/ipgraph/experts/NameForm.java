package org.ipgraph.experts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name reduced to what name comparison needs: the family name without spaces,
 * hyphens or accents, the given names as lower-case tokens, and a generational suffix.
 * "GARCIA FELIPE A", "Felipe A. García" and "Felipe Garcia" all have family name {@code garcia}.
 *
 * @param family family name, compacted
 * @param given given names and initials, in order
 * @param suffix jr, sr, ii, iii, iv or empty
 */
public record NameForm(String family, List<String> given, String suffix) {

	private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

	/**
	 * How well two names agree.
	 */
	enum Match {

		/** Different people by name alone. */
		NONE,
		/** One side gives only an initial for the first name ("R. J. Kline" / "Robert J. Kline"). */
		INITIAL,
		/** Same first name; a middle name is missing or initialled on one side. */
		MIDDLE,
		/** The same given names. */
		EXACT

	}

	public static NameForm of(String first, String last) {
		List<String> given = new ArrayList<>();
		String suffix = "";
		for (String token : tokens(first)) {
			if (SUFFIXES.contains(token)) {
				suffix = token;
			}
			else {
				given.add(token);
			}
		}
		List<String> familyTokens = new ArrayList<>();
		for (String token : tokens(last)) {
			if (SUFFIXES.contains(token) && !familyTokens.isEmpty()) {
				suffix = token;
			}
			else {
				familyTokens.add(token);
			}
		}
		return new NameForm(String.join("", familyTokens), List.copyOf(given), suffix);
	}

	/**
	 * The block candidates are compared within: family name and first initial.
	 */
	public String block() {
		return this.given.isEmpty() ? "" : this.family + "|" + this.given.get(0).charAt(0);
	}

	public Match match(NameForm other) {
		if (this.family.isEmpty() || !this.family.equals(other.family) || this.given.isEmpty()
				|| other.given.isEmpty()) {
			return Match.NONE;
		}
		if (!this.suffix.isEmpty() && !other.suffix.isEmpty() && !this.suffix.equals(other.suffix)) {
			return Match.NONE;
		}
		if (this.given.equals(other.given) || String.join("", this.given).equals(String.join("", other.given))) {
			return Match.EXACT;
		}
		String a = this.given.get(0);
		String b = other.given.get(0);
		boolean initial;
		if (a.equals(b)) {
			initial = false;
		}
		else if ((a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0)) {
			initial = true;
		}
		else {
			return Match.NONE;
		}
		List<String> restA = this.given.subList(1, this.given.size());
		List<String> restB = other.given.subList(1, other.given.size());
		for (int i = 0; i < Math.min(restA.size(), restB.size()); i++) {
			if (!agree(restA.get(i), restB.get(i))) {
				return Match.NONE;
			}
		}
		return initial ? Match.INITIAL : Match.MIDDLE;
	}

	/**
	 * The longer of two forms of one person's name: more given names, then longer ones.
	 */
	boolean fuller(NameForm other) {
		if (this.given.size() != other.given.size()) {
			return this.given.size() > other.given.size();
		}
		return String.join("", this.given).length() > String.join("", other.given).length();
	}

	private static boolean agree(String a, String b) {
		return a.equals(b) || (a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0);
	}

	private static List<String> tokens(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		return plain.isEmpty() ? List.of() : List.of(plain.split(" "));
	}

}
