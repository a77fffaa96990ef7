package org.ipgraph.nlp.text;

/**
 * The plain text of a file.
 *
 * @param text the text, paragraphs separated by blank lines
 * @param title the title the file gives itself (HTML title, PDF title, first Markdown
 * heading), or null
 * @param mediaType text/plain, text/markdown, text/html or application/pdf
 * @param charset how the bytes were decoded (null for PDF)
 */
public record ExtractedText(String text, String title, String mediaType, String charset) {
}
