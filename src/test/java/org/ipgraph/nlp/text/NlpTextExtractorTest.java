package org.ipgraph.nlp.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NlpTextExtractorTest {

	@Test
	void readsHtmlAsParagraphsWithoutScriptsOrNavigation() throws Exception {
		String html = """
				<!DOCTYPE html><html><head><title>SBIR notice</title><script>var x = 1;</script></head>
				<body><nav>Home | About</nav><h1>Small Business Innovation Research</h1>
				<p>The <b>Small Business Administration</b> coordinates the program.</p><p>Awards start in May.</p>
				</body></html>""";
		ExtractedText text = TextExtractor.extract("notice.html", html.getBytes(StandardCharsets.UTF_8));
		assertThat(text.title()).isEqualTo("SBIR notice");
		assertThat(text.mediaType()).isEqualTo("text/html");
		assertThat(text.text()).isEqualTo("Small Business Innovation Research\n\n"
				+ "The Small Business Administration coordinates the program.\n\nAwards start in May.");
	}

	@Test
	void readsMarkdownProseWithoutMarkup() throws Exception {
		String markdown = """
				---
				title: ignored
				---
				# Title 35 — PATENTS

				The **Director** of the [United States Patent and Trademark Office](https://www.uspto.gov) shall
				publish _notices_.

				```
				code is dropped
				```
				""";
		ExtractedText text = TextExtractor.extract("chunk.md", markdown.getBytes(StandardCharsets.UTF_8));
		assertThat(text.title()).isEqualTo("Title 35 — PATENTS");
		assertThat(text.text()).isEqualTo("Title 35 — PATENTS\n\nThe Director of the United States Patent and "
				+ "Trademark Office shall\npublish notices.");
	}

	@Test
	void readsThePdfItIsGiven() throws Exception {
		ExtractedText text = TextExtractor.extract("policy.pdf",
				pdf("The State Intellectual Property Office issued the plan."));
		assertThat(text.mediaType()).isEqualTo("application/pdf");
		assertThat(text.title()).isEqualTo("Patent plan");
		assertThat(text.text()).isEqualTo("The State Intellectual Property Office issued the plan.");
	}

	@Test
	void aCorruptPdfFailsWithAReason() {
		byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog >> broken".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> TextExtractor.extract("broken.pdf", corrupt))
			.isInstanceOf(TextExtractionException.class)
			.hasMessageStartingWith("not a readable PDF");
	}

	@Test
	void anEmptyFileFailsWithAReason() {
		assertThatThrownBy(() -> TextExtractor.extract("empty.txt", new byte[0]))
			.isInstanceOf(TextExtractionException.class)
			.hasMessage("empty file: there is no text to read");
	}

	@Test
	void binaryGarbageFailsWithAReason() {
		byte[] garbage = new byte[4096];
		new Random(7).nextBytes(garbage);
		assertThatThrownBy(() -> TextExtractor.extract("data.txt", garbage)).isInstanceOf(TextExtractionException.class)
			.hasMessageStartingWith("binary content, not text");
	}

	@Test
	void decodesWindows1252WhenTheBytesAreNotUtf8() throws Exception {
		byte[] bytes = "Société Générale licensed the “patent” to Müller – for €5.".getBytes(Charsets.WINDOWS_1252);
		ExtractedText text = TextExtractor.extract("note.txt", bytes);
		assertThat(text.charset()).isEqualTo("windows-1252");
		assertThat(text.text()).isEqualTo("Société Générale licensed the “patent” to Müller – for €5.");
	}

	@Test
	void decodesUtf8AndDropsItsByteOrderMark() throws Exception {
		byte[] body = "Zoë Ångström works at Nokia.".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(body, 0, bytes, 3, body.length);
		ExtractedText text = TextExtractor.extract("note.txt", bytes);
		assertThat(text.charset()).isEqualTo("UTF-8");
		assertThat(text.text()).isEqualTo("Zoë Ångström works at Nokia.");
	}

	private static byte[] pdf(String line) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			document.getDocumentInformation().setTitle("Patent plan");
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(line);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
