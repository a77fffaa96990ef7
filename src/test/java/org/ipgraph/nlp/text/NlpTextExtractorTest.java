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

	@Test
	void readsWikiMarkupAsAReaderSeesItAndKeepsWhereEachCharacterCameFrom() throws Exception {
		String markdown = """
				# EICTA\\'s \\'air of disaster\\' {#eictas_air}

				\\[ [ News](SwpatcninoEn "wikilink") \\]

				------------------------------------------------------------------------

				*In the magazine EU Reporter EICTA put a report about Mark* !MacGann *titled
				\\'A false campaign\\'.* See <http://example.org/x> or www.example.org.

				`Mark `[`MacGann`](MacGann "wikilink")` has a guarded admiration for `\\
				`the directive's opponents.`
				""";
		ExtractedText text = TextExtractor.extract("Page.md", markdown.getBytes(StandardCharsets.UTF_8));
		assertThat(text.title()).isEqualTo("EICTA's 'air of disaster'");
		assertThat(text.text()).isEqualTo("EICTA's 'air of disaster'\n\n[ News ]\n\n"
				+ "In the magazine EU Reporter EICTA put a report about Mark MacGann titled\n'A false campaign'. See or ."
				+ "\n\nMark MacGann has a guarded admiration for\nthe directive's opponents.");
		assertThat(text.blocks()).extracting(TextBlock::kind)
			.containsExactly(TextBlock.Kind.HEADING, TextBlock.Kind.PARAGRAPH, TextBlock.Kind.PARAGRAPH,
					TextBlock.Kind.QUOTE);
		// a name across inline markup maps back to its whole source slice
		int quoted = text.text().lastIndexOf("Mark MacGann");
		int[] span = text.sourceSpan(quoted, quoted + "Mark MacGann".length());
		assertThat(markdown.substring(span[0], span[1])).isEqualTo("Mark `[`MacGann");
		int escaped = text.text().indexOf("EICTA's");
		span = text.sourceSpan(escaped, escaped + "EICTA's".length());
		assertThat(markdown.substring(span[0], span[1])).isEqualTo("EICTA\\'s");
		int moin = text.text().indexOf("MacGann");
		span = text.sourceSpan(moin, moin + "MacGann".length());
		assertThat(markdown.substring(span[0], span[1])).isEqualTo("MacGann");
		assertThat(markdown.charAt(span[0] - 1)).isEqualTo('!');
	}

	@Test
	void aDatedNewsLineKeepsItsDateAndLosesItsRegionTag() throws Exception {
		String markdown = """
				-   [2004-07-16 US ZDNet.com: Microsoft sued
				    again](http://example.org/a "wikilink")
				-   [ 2004-06-25 DE Teles AG starts to sue](Teles040625En "wikilink")
				-   2004-10-27 [ DE](SwpatdeEn "wikilink") Bundestag votes
				-   2004-06-18 [InternetNews](InternetNews "wikilink") on Acacia
				""";
		ExtractedText text = TextExtractor.extract("News.md", markdown.getBytes(StandardCharsets.UTF_8));
		assertThat(text.text()).isEqualTo("2004-07-16 ZDNet.com: Microsoft sued\nagain\n\n"
				+ "2004-06-25 Teles AG starts to sue\n\n2004-10-27 Bundestag votes\n\n2004-06-18 InternetNews on Acacia");
		assertThat(text.blocks()).extracting(TextBlock::kind).containsOnly(TextBlock.Kind.LIST_ITEM);
		assertThat(text.blocks()).extracting(TextBlock::date)
			.containsExactly("2004-07-16", "2004-06-25", "2004-10-27", null);
		assertThat(text.blocks()).extracting(TextBlock::region).containsExactly("US", "DE", "DE", null);
		assertThat(text.blocks().get(0).headline()).isTrue();
		int zdnet = text.text().indexOf("ZDNet.com");
		int[] span = text.sourceSpan(zdnet, zdnet + "ZDNet.com".length());
		assertThat(markdown.substring(span[0], span[1])).isEqualTo("ZDNet.com");
	}

	@Test
	void tableCellsAndListItemsAreBlocksOfTheirOwn() throws Exception {
		String markdown = """
				| Party | Vote |
				|-------|------|
				| SPD | yes |

				1. First item
				   continues here
				2. Second item
				""";
		ExtractedText text = TextExtractor.extract("Table.md", markdown.getBytes(StandardCharsets.UTF_8));
		assertThat(text.text()).isEqualTo("Party\n\nVote\n\nSPD\n\nyes\n\nFirst item\ncontinues here\n\nSecond item");
		assertThat(text.blocks()).extracting(TextBlock::kind)
			.containsExactly(TextBlock.Kind.TABLE_CELL, TextBlock.Kind.TABLE_CELL, TextBlock.Kind.TABLE_CELL,
					TextBlock.Kind.TABLE_CELL, TextBlock.Kind.LIST_ITEM, TextBlock.Kind.LIST_ITEM);
	}

	@Test
	void htmlHeadingsListsAndCellsAreBlocks() throws Exception {
		String html = "<html><body><h2>Patent news</h2><ul><li>EPO grants</li><li>FFII protests</li></ul>"
				+ "<table><tr><td>SAP</td><td>Walldorf</td></tr></table><p>Body text.</p></body></html>";
		ExtractedText text = TextExtractor.extract("page.html", html.getBytes(StandardCharsets.UTF_8));
		assertThat(text.text())
			.isEqualTo("Patent news\n\nEPO grants\n\nFFII protests\n\nSAP\n\nWalldorf\n\nBody text.");
		assertThat(text.blocks()).extracting(TextBlock::kind)
			.containsExactly(TextBlock.Kind.HEADING, TextBlock.Kind.LIST_ITEM, TextBlock.Kind.LIST_ITEM,
					TextBlock.Kind.TABLE_CELL, TextBlock.Kind.TABLE_CELL, TextBlock.Kind.PARAGRAPH);
		assertThat(text.offsets()).isNull();
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
