package org.ipgraph.policies;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The section of a statute or regulation a text is part of, read from its headings
 * ("Title 15— COMMERCE AND TRADE", "§ 3721. Federal loan guarantees for innovative
 * technologies in manufacturing"): texts cut from one section (the shared US Code comes
 * in chunks of a subsection each) are one policy. Pure: plain inputs.
 *
 * @param key the policy key, {@code policy:title 15 § 3721}
 * @param title the section's heading, {@code Title 15 § 3721. Federal loan guarantees...}
 */
record StatuteSection(String key, String title) {

	// headings are among the first lines; a section named in the body is a reference
	private static final int HEADING_LINES = 8;

	// the US Code writes "§\u202F3721": spaces are any Unicode space
	private static final Pattern TITLE = Pattern.compile("^\\s*#*\\s*Title\\s+(\\d+[A-Z]?)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern SECTION = Pattern.compile(
			"^\\s*#*\\s*§+\\s*(\\d+[0-9A-Za-z.\\-]*?)\\.?\\s+(\\S.{2,200}?)\\s*$", Pattern.UNICODE_CHARACTER_CLASS);

	static Optional<StatuteSection> of(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String title = null;
		String[] lines = text.split("\\R", HEADING_LINES + 1);
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
				return Optional.of(new StatuteSection("policy:" + where.toLowerCase(Locale.ROOT), heading));
			}
		}
		return Optional.empty();
	}

}
