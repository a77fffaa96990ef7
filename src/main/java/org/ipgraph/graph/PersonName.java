package org.ipgraph.graph;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A person's name as given by a source, with the key used to block candidates for the
 * same person. The key is lower case, without accents or punctuation, first names before
 * the last name, so "SMITH, John A." and "John A. Smith" share it.
 *
 * @param first given names, possibly empty
 * @param last family name
 */
public record PersonName(String first, String last) {

	public PersonName {
		first = first == null ? "" : tidy(first);
		last = last == null ? "" : tidy(last);
	}

	/**
	 * A name written "Last, First" or "First Last".
	 */
	public static PersonName parse(String text) {
		String t = tidy(text == null ? "" : text);
		int comma = t.indexOf(',');
		if (comma > 0) {
			return new PersonName(t.substring(comma + 1), t.substring(0, comma));
		}
		int space = t.lastIndexOf(' ');
		if (space < 0) {
			return new PersonName("", t);
		}
		return new PersonName(t.substring(0, space), t.substring(space + 1));
	}

	/**
	 * A name written family name first, as in Lens exports: {@code MARKOWETZ FRANZ}.
	 */
	public static PersonName parseLastFirst(String text) {
		String t = tidy(text == null ? "" : text);
		int comma = t.indexOf(',');
		if (comma > 0) {
			return new PersonName(t.substring(comma + 1), t.substring(0, comma));
		}
		int space = t.indexOf(' ');
		if (space < 0) {
			return new PersonName("", t);
		}
		return new PersonName(t.substring(space + 1), t.substring(0, space));
	}

	public String display() {
		String name = (this.first + " " + this.last).strip();
		return isUpperCase(name) ? titleCase(name) : name;
	}

	public String key() {
		String text = Normalizer.normalize(this.first + " " + this.last, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		return text;
	}

	public boolean isBlank() {
		return this.last.isBlank() && this.first.isBlank();
	}

	private static String tidy(String s) {
		return s.strip().replaceAll("\\s+", " ");
	}

	private static boolean isUpperCase(String s) {
		return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
	}

	private static String titleCase(String s) {
		StringBuilder out = new StringBuilder(s.length());
		boolean start = true;
		for (char c : s.toCharArray()) {
			out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
			start = !Character.isLetter(c) && c != '\'';
		}
		return out.toString();
	}

}
