package org.ipgraph.nlp.text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a file's bytes into plain text: plain text, Markdown, HTML and PDF, chosen by the
 * file name and, failing that, by the first bytes. Files without text fail with a message
 * that says why.
 */
public final class TextExtractor {

	/** File name endings the {@code text} format reads. */
	public static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm", "xhtml", "pdf");

	private TextExtractor() {
	}

	/**
	 * @param fileName the file name, for its extension
	 * @param bytes the content
	 */
	public static ExtractedText extract(String fileName, byte[] bytes) throws TextExtractionException {
		if (bytes.length == 0) {
			throw new TextExtractionException("empty file: there is no text to read");
		}
		String extension = extension(fileName);
		if (extension.equals("pdf") || isPdf(bytes)) {
			return nonEmpty(PdfText.extract(bytes));
		}
		if (Charsets.looksBinary(bytes)) {
			throw new TextExtractionException("binary content, not text (NUL or control bytes); "
					+ "the text format reads plain text, Markdown, HTML and PDF");
		}
		Charsets.Decoded decoded = Charsets.decode(bytes);
		String charset = decoded.charset().name();
		String text = decoded.text();
		if (extension.startsWith("htm") || extension.equals("xhtml") || looksLikeHtml(text)) {
			return nonEmpty(HtmlText.extract(text, charset));
		}
		if (extension.equals("md") || extension.equals("markdown")) {
			return nonEmpty(MarkdownText.extract(text, charset));
		}
		return nonEmpty(PlainText.extract(text, null, "text/plain", charset, true));
	}

	public static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean isPdf(byte[] bytes) {
		return bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
	}

	private static boolean looksLikeHtml(String text) {
		String head = text.stripLeading();
		head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
		return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
	}

	private static ExtractedText nonEmpty(ExtractedText text) throws TextExtractionException {
		if (text.text().isBlank()) {
			throw new TextExtractionException("no text in the file (" + text.mediaType()
					+ (text.mediaType().equals("application/pdf") ? ": scanned images need OCR first" : "") + ")");
		}
		return text;
	}

}
