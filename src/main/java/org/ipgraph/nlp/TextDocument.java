package org.ipgraph.nlp;

import java.util.Map;
import org.ipgraph.nlp.text.ExtractedText;

/**
 * One analyzed text on its way into the graph.
 *
 * @param documentId its Document node ({@code sha256:} of the content), or null for the
 * Document of the write context
 * @param source the extracted text and what it was extracted from
 * @param analysis what the pipeline read
 * @param documentProperties further Document properties (the patent and field for patent
 * text)
 */
record TextDocument(String documentId, ExtractedText source, DocumentAnalysis analysis,
		Map<String, Object> documentProperties) {
}
