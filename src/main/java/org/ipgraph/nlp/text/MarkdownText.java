package org.ipgraph.nlp.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of a Markdown file: markup removed, link texts kept, front matter and code
 * fences dropped, so that the NER models see sentences as a reader would.
 */
final class MarkdownText {

	private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n.*?\\n---\\n", Pattern.DOTALL);

	private static final Pattern FENCE = Pattern.compile("(?m)^(```|~~~).*?^\\1[^\\n]*$", Pattern.DOTALL);

	private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");

	private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");

	private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

	private static final Pattern FIRST_HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}\\s+(.+?)\\s*#*\\s*$");

	private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|~~)(?=\\S)(.+?)(?<=\\S)\\1");

	private static final Pattern CODE = Pattern.compile("`([^`]*)`");

	private static final Pattern LIST_MARK = Pattern.compile("(?m)^\\s*(?:[-*+]|\\d+[.)])\\s+");

	private static final Pattern QUOTE = Pattern.compile("(?m)^\\s*>\\s?");

	private static final Pattern TABLE_RULE = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{3,}.*$");

	private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

	private MarkdownText() {
	}

	static ExtractedText extract(String markdown, String charset) {
		String text = markdown.replace("\r\n", "\n");
		text = FRONT_MATTER.matcher(text).replaceFirst("");
		Matcher heading = FIRST_HEADING.matcher(text);
		String title = heading.find() ? strip(heading.group(1)) : null;
		text = FENCE.matcher(text).replaceAll("");
		text = IMAGE.matcher(text).replaceAll("$1");
		text = LINK.matcher(text).replaceAll("$1");
		// a heading is a paragraph of its own, so it does not join the next sentence
		text = HEADING.matcher(text).replaceAll("\n$1\n");
		text = TABLE_RULE.matcher(text).replaceAll("");
		text = text.replace('|', ' ');
		text = LIST_MARK.matcher(text).replaceAll("\n");
		text = QUOTE.matcher(text).replaceAll("");
		text = strip(text);
		return new ExtractedText(Texts.tidy(text), title, "text/markdown", charset);
	}

	private static String strip(String text) {
		String t = CODE.matcher(text).replaceAll("$1");
		String previous;
		do {
			previous = t;
			t = EMPHASIS.matcher(t).replaceAll("$2");
		}
		while (!t.equals(previous));
		return HTML_TAG.matcher(t).replaceAll(" ");
	}

}
