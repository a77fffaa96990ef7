package org.ipgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.WorkBudget;
import org.ipgraph.ingest.NamedFormat;
import org.ipgraph.nlp.text.TextExtractor;
import org.ipgraph.nlp.text.TextExtractionException;
import org.ipgraph.nlp.text.ExtractedText;

import org.springframework.stereotype.Component;

/**
 * {@code ingest --format text}: plain text, Markdown, HTML and PDF files, read by the NLP
 * pipeline into linked entities and facts with their evidence. A file without usable text
 * is rejected with the reason; a file in a language without models is stored as a
 * Document with its language and nothing guessed, and the summary says so. The analysis
 * of one document has a time budget ({@code ipgraph.nlp.max-document-time}): a document
 * that needs longer is rejected and its analysis stopped.
 */
@Component
class TextSourceFormat extends NamedFormat {

	private final NlpService nlp;

	TextSourceFormat(NlpService nlp) {
		super("text", "text, Markdown, HTML and PDF documents, read by the NLP pipeline");
		this.nlp = nlp;
	}

	@Override
	public boolean fallback() {
		return true;
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		return TextExtractor.EXTENSIONS.contains(TextExtractor.extension(file.getFileName().toString()));
	}

	@Override
	public void read(Path file, InputStream in, RecordSink sink) throws IOException {
		long max = this.nlp.properties().maxDocumentSize().toBytes();
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
		if (bytes.length > max) {
			sink.reject("file", "larger than ipgraph.nlp.max-document-size (" + max + " bytes)");
			return;
		}
		ExtractedText text;
		try {
			text = TextExtractor.extract(file.getFileName().toString(), bytes);
		}
		catch (TextExtractionException ex) {
			sink.reject("file", ex.getMessage());
			return;
		}
		// models and the name index load once, outside any one document's budget
		TextAnalyzer analyzer = this.nlp.analyzer();
		DocumentAnalysis analysis;
		try {
			analysis = WorkBudget.current()
				.within(this.nlp.properties().maxDocumentTime(), "ipgraph.nlp.max-document-time")
				.call(() -> analyzer.analyze(text, null));
		}
		catch (WorkBudget.Exceeded ex) {
			sink.reject("file", "the analysis " + ex.getMessage() + " and was stopped; split the document (it holds "
					+ text.text().length() + " characters) or raise the limit");
			return;
		}
		if (!analysis.text().analyzed()) {
			sink.note("language '" + analysis.text().language() + "' has no NLP models: stored as a Document "
					+ "with its language and the names already known, no relations extracted");
		}
		sink.accept("document", new TextDocument(sink.documentId(), text, analysis, Map.of()));
	}

	/**
	 * Files are analyzed on several threads and written several per transaction.
	 */
	@Override
	public boolean concurrent() {
		return true;
	}

}
