package org.ipgraph.ingest.uspto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * Cuts a stream of concatenated XML documents, as in the USPTO weekly files, into single
 * documents. A document starts at each line that begins with {@code <?xml}; the stream is
 * read line by line, so only one document is ever held in memory. Documents whose root
 * element is not wanted (sequence listings) are counted but not kept.
 */
final class DocumentSplitter {

	private static final byte[] DECLARATION = "<?xml".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final ByteLines lines;

	private final int maxDocumentBytes;

	private final Predicate<String> wanted;

	private boolean lineHeld;

	private int documents;

	/**
	 * @param in the stream, read to its end
	 * @param maxDocumentBytes a larger document is reported as
	 * {@link RawDocument#oversized()}
	 * @param wanted which root elements to keep the content of
	 */
	DocumentSplitter(InputStream in, int maxDocumentBytes, Predicate<String> wanted) {
		this.lines = new ByteLines(in, maxDocumentBytes);
		this.maxDocumentBytes = maxDocumentBytes;
		this.wanted = wanted;
	}

	/**
	 * The next document, or null at the end of the stream. Blank lines between documents
	 * are skipped.
	 */
	RawDocument next() throws IOException {
		RawDocument.Builder document = null;
		while (this.lineHeld || this.lines.next()) {
			boolean declaration = this.lines.startsWith(DECLARATION, this.lines.startsWith(BOM, 0) ? BOM.length : 0);
			if (document != null && declaration) {
				// the line opens the next document: keep it for the next call
				this.lineHeld = true;
				return document.build();
			}
			this.lineHeld = false;
			if (document == null) {
				if (!declaration && this.lines.isBlank()) {
					continue;
				}
				document = new RawDocument.Builder(++this.documents, this.lines.number(), this.maxDocumentBytes,
						this.wanted);
			}
			document.append(this.lines);
		}
		return document == null ? null : document.build();
	}

}
