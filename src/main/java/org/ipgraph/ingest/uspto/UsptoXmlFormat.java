package org.ipgraph.ingest.uspto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.NamedFormat;
import org.w3c.dom.Document;

import org.springframework.stereotype.Component;

/**
 * USPTO full-text XML v4.x: the weekly grant files ({@code ipgYYMMDD.xml}, one
 * {@code <?xml?>} declaration per patent) and single grant or application documents.
 * Documents are split off the stream and parsed one at a time; a bad one is rejected with
 * its position and the others go on. Each document is parsed by a streaming (StAX) reader
 * ({@link StaxGrantReader}); the DOM reader it replaced ({@link SafeXml} and
 * {@link GrantMapper}), which gives the same records, is kept for comparison: system
 * property {@value #PARSER_PROPERTY}{@code =dom}.
 */
@Component
class UsptoXmlFormat extends NamedFormat {

	/**
	 * Larger than any real grant; a document beyond it is rejected rather than held in
	 * memory.
	 */
	static final int MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

	private static final Set<String> PATENTS = Set.of(GrantMapper.GRANT, GrantMapper.APPLICATION);

	// Sequence listings and other attachments come as documents of their own in weekly
	// files
	private static final Set<String> ATTACHMENTS = Set.of("sequence-cwu", "us-sequence-listing");

	private static final Pattern ROOT = Pattern.compile("<(us-patent-grant|us-patent-application)[\\s>]");

	/**
	 * The system property that picks the parser: {@code stax} (the default) or
	 * {@code dom}, read when the format is made; for benchmarks.
	 */
	public static final String PARSER_PROPERTY = "ipgraph.ingest.uspto-parser";

	/**
	 * How each document is parsed.
	 */
	enum Parser {

		/** A DOM per document, mapped by {@link GrantMapper}. */
		DOM,

		/** {@link StaxGrantReader}: streaming, only the needed parts kept. */
		STAX;

		static Parser fromProperty() {
			String value = System.getProperty(PARSER_PROPERTY, "stax");
			return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
				case "dom" -> DOM;
				case "stax" -> STAX;
				default -> throw new IllegalArgumentException(PARSER_PROPERTY + " is stax or dom, not '" + value + "'");
			};
		}

	}

	private final int maxDocumentBytes;

	private final Parser parser;

	UsptoXmlFormat() {
		this(MAX_DOCUMENT_BYTES);
	}

	UsptoXmlFormat(int maxDocumentBytes) {
		this(maxDocumentBytes, Parser.fromProperty());
	}

	UsptoXmlFormat(int maxDocumentBytes, Parser parser) {
		super("uspto-xml", "USPTO full-text XML v4.x: weekly grant files (ipg*.xml) and single grants or applications");
		this.maxDocumentBytes = maxDocumentBytes;
		this.parser = parser;
	}

	/**
	 * An XML file whose head names a v4 grant or application as an element: text that
	 * merely mentions {@code <us-patent-grant>} does not start with {@code <}.
	 */
	@Override
	public boolean accepts(Path file, byte[] head) {
		String text = new String(head, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").stripLeading();
		return text.startsWith("<") && ROOT.matcher(text).find();
	}

	@Override
	public void read(Path file, InputStream in, RecordSink sink) throws IOException {
		int max = (int) Math.min(this.maxDocumentBytes, sink.limits().maxXmlDocumentBytes().toBytes());
		DocumentSplitter splitter = new DocumentSplitter(in, max, PATENTS::contains);
		SafeXml xml = this.parser == Parser.DOM ? new SafeXml() : null;
		StaxGrantReader stax = this.parser == Parser.STAX ? new StaxGrantReader() : null;
		for (RawDocument raw = splitter.next(); raw != null; raw = splitter.next()) {
			String ref = "document " + raw.number() + " (line " + raw.line() + ")";
			try {
				PatentRecord record = read(raw, xml, stax, max);
				if (record != null) {
					sink.accept(ref, record);
				}
			}
			catch (InvalidDocumentException ex) {
				sink.reject(ref, ex.getMessage());
			}
		}
	}

	/**
	 * The record of one document, or null for an attachment that carries none.
	 */
	private PatentRecord read(RawDocument raw, SafeXml xml, StaxGrantReader stax, int max)
			throws InvalidDocumentException {
		if (!raw.looksLikeXml()) {
			throw new InvalidDocumentException("not XML: it starts with \"" + printable(raw.head())
					+ "\" where <?xml ...?> and <us-patent-grant> were expected");
		}
		if (raw.oversized()) {
			throw new InvalidDocumentException("larger than " + size(max) + " (" + raw.lines()
					+ " lines; ipgraph.ingest.max-xml-document-bytes); is the next <?xml ...?> declaration missing?");
		}
		if (raw.root() == null) {
			throw new InvalidDocumentException(
					"no root element: the document holds only \"" + printable(raw.head()) + "\" (truncated?)");
		}
		if (!PATENTS.contains(raw.root())) {
			if (ATTACHMENTS.contains(raw.root())) {
				return null;
			}
			throw new InvalidDocumentException("<" + raw.root()
					+ "> is not a USPTO v4 grant or application (expected <us-patent-grant> or <us-patent-application>)");
		}
		if (stax != null) {
			return stax.read(raw.content(), raw.line(), raw.root());
		}
		Document document = xml.parse(raw.content(), raw.line(), raw.root());
		return GrantMapper.map(document.getDocumentElement());
	}

	private static String size(int bytes) {
		return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
	}

	private static String printable(String text) {
		String clean = text.replaceAll("[\\p{Cc}\\p{Cs}\uFFFD]", "?");
		return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
	}

}
