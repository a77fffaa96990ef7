package org.ipgraph.policies;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The section of a statute or regulation a text is part of, and the subsection it is,
 * read from its headings ("Title 15— COMMERCE AND TRADE", "§ 3710. Utilization of Federal
 * technology", "(d) Dissemination of technical information"): the shared US Code comes
 * one subsection a file. A subsection that names its own recipients is a policy of its
 * own ({@link #subsectionKey()}, {@code policy:title 15 § 3710(d)}), part of its section
 * ({@link #key()}, {@code policy:title 15 § 3710}); {@code EligibilityWriter} decides
 * which. Pure: plain inputs.
 *
 * @param key the section's policy key, {@code policy:title 15 § 3721}
 * @param title the section's heading, {@code Title 15 § 3721. Federal loan guarantees...}
 * @param subsection the subsection's letter ({@code d}), or null when the text names none
 * @param subsectionHeading the subsection's heading ({@code Dissemination of technical
 * information}), or null
 */
record StatuteSection(String key, String title, String subsection, String subsectionHeading) {

	// headings are among the first lines; a section named in the body is a reference
	private static final int HEADING_LINES = 8;

	// a subsection heading longer than this is the subsection's first sentence (35 U.S.C.
	// writes "(a) The term of a patent which claims ..."): its start is the title
	private static final int HEADING_CHARS = 90;

	// the US Code writes "§\u202F3721": spaces are any Unicode space
	private static final Pattern TITLE = Pattern.compile("^\\s*#*\\s*Title\\s+(\\d+[A-Z]?)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern SECTION = Pattern.compile(
			"^\\s*#*\\s*§+\\s*(\\d+[0-9A-Za-z.\\-–]*?)\\.?\\s+(\\S.{2,200}?)\\s*$", Pattern.UNICODE_CHARACTER_CLASS);

	// a subsection is lower-case letters in parentheses ("(d)", "(aa)"); "(1)" and "(A)"
	// are paragraphs and subparagraphs
	private static final Pattern SUBSECTION = Pattern.compile("^\\s*#*\\s*\\(([a-z]{1,2})\\)\\s*(\\S.*?)?\\s*$",
			Pattern.UNICODE_CHARACTER_CLASS);

	static Optional<StatuteSection> of(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String title = null;
		String[] lines = text.split("\\R", HEADING_LINES + 2);
		for (int i = 0; i < Math.min(HEADING_LINES, lines.length); i++) {
			Matcher t = TITLE.matcher(lines[i]);
			if (title == null && t.find()) {
				title = t.group(1);
				continue;
			}
			Matcher s = SECTION.matcher(lines[i]);
			if (s.matches()) {
				String where = (title == null ? "" : "title " + title + " ") + "§ " + s.group(1);
				String heading = (title == null ? "" : "Title " + title + " ") + "§ " + s.group(1) + ". "
						+ s.group(2).strip();
				String letter = null;
				String subheading = null;
				// the subsection heading is the next non-blank line
				for (int j = i + 1; j < Math.min(i + 4, lines.length); j++) {
					if (lines[j].isBlank()) {
						continue;
					}
					Matcher sub = SUBSECTION.matcher(lines[j]);
					if (sub.matches()) {
						letter = sub.group(1);
						subheading = sub.group(2) == null ? "" : shorten(sub.group(2).strip());
					}
					break;
				}
				return Optional
					.of(new StatuteSection("policy:" + where.toLowerCase(Locale.ROOT), heading, letter, subheading));
			}
		}
		return Optional.empty();
	}

	/**
	 * The subsection's policy key, {@code policy:title 15 § 3710(d)}, or the section's
	 * when the text names no subsection.
	 */
	String subsectionKey() {
		return this.subsection == null ? this.key : this.key + "(" + this.subsection + ")";
	}

	/**
	 * The subsection's title, {@code Title 15 § 3710(d). Dissemination of technical
	 * information (§ 3710. Utilization of Federal technology)}, or the section's.
	 */
	String subsectionTitle() {
		if (this.subsection == null) {
			return this.title;
		}
		int dot = this.title.indexOf(". ", this.title.indexOf('§'));
		String number = this.title.substring(0, dot);
		String name = this.title.substring(dot + 2);
		return number + "(" + this.subsection + ")"
				+ (this.subsectionHeading.isEmpty() ? "" : ". " + this.subsectionHeading) + " (" + name + ")";
	}

	private static String shorten(String heading) {
		String h = heading.replaceAll("\\s+\\.$", ".").replaceAll("\\.$", "");
		if (h.length() <= HEADING_CHARS) {
			return h;
		}
		int cut = h.lastIndexOf(' ', HEADING_CHARS);
		return h.substring(0, cut > 0 ? cut : HEADING_CHARS) + "…";
	}

}
