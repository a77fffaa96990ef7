package org.ipgraph.nlp.text;

import java.util.regex.Pattern;

/**
 * Plain text as blocks: paragraphs separated by blank lines, and each line that starts
 * like a list item or a dated news line ("- ...", "2004-07-16 US ...") a block of its
 * own.
 */
final class PlainText {

	private static final Pattern ITEM = Pattern.compile("^(?:[-*•]\\s|\\d{2}(?:\\d{2})?-\\d{2}(?:-\\d{2})?\\s)");

	private PlainText() {
	}

	/**
	 * @param tracked whether the offsets mean anything (not for text a PDF gave)
	 */
	static ExtractedText extract(String text, String title, String mediaType, String charset, boolean tracked) {
		TextBuilder out = new TextBuilder(tracked);
		int position = 0;
		boolean item = false;
		while (position <= text.length()) {
			int lineEnd = text.indexOf('\n', position);
			int end = lineEnd < 0 ? text.length() : lineEnd;
			String line = text.substring(position, end).strip();
			if (line.isEmpty()) {
				out.endBlock(item ? TextBlock.Kind.LIST_ITEM : TextBlock.Kind.PARAGRAPH);
				item = false;
			}
			else {
				boolean startsItem = ITEM.matcher(line).find();
				boolean indented = Character.isWhitespace(text.charAt(position));
				if (startsItem || item && !indented) {
					out.endBlock(item ? TextBlock.Kind.LIST_ITEM : TextBlock.Kind.PARAGRAPH);
					item = startsItem;
				}
				int first = position + text.substring(position, end).indexOf(line.charAt(0));
				if (startsItem && (line.charAt(0) == '-' || line.charAt(0) == '*' || line.charAt(0) == '•')) {
					first++;
				}
				for (int i = first; i < end; i++) {
					out.append(text.charAt(i), i);
				}
				out.newline(end);
			}
			if (lineEnd < 0) {
				break;
			}
			position = lineEnd + 1;
		}
		out.endBlock(item ? TextBlock.Kind.LIST_ITEM : TextBlock.Kind.PARAGRAPH);
		return out.build(title, mediaType, charset);
	}

}
