package org.ipgraph.nlp.text;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF, with PDFBox. Line breaks inside paragraphs are joined; hyphenated
 * line ends are mended.
 */
final class PdfText {

	private PdfText() {
	}

	static ExtractedText extract(byte[] bytes) throws TextExtractionException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
				throw new TextExtractionException("encrypted PDF: its permissions forbid text extraction");
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setParagraphStart("\n");
			String raw = stripper.getText(document);
			String title = document.getDocumentInformation() != null ? document.getDocumentInformation().getTitle()
					: null;
			String text = raw.replace("\r\n", "\n").replaceAll("(\\p{Ll})-\\n(\\p{Ll})", "$1$2");
			text = text.replaceAll("(?<!\\n)\\n(?!\\n)", " ");
			return PlainText.extract(text, title == null || title.isBlank() ? null : title.strip(), "application/pdf",
					null, false);
		}
		catch (InvalidPasswordException ex) {
			throw new TextExtractionException("encrypted PDF: it needs a password", ex);
		}
		catch (IOException ex) {
			throw new TextExtractionException("not a readable PDF (" + ex.getMessage() + ")", ex);
		}
	}

}
