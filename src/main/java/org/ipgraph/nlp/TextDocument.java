package org.ipgraph.nlp;

import java.util.Map;
import org.ipgraph.nlp.text.ExtractedText;

/**
 * One analyzed text on its way into the graph.
 *
 * @param source the extracted text and what it was extracted from
 * @param analysis what the pipeline read
 * @param documentProperties further Document properties (the patent and field for patent
 * text)
 */
record TextDocument(ExtractedText source, DocumentAnalysis analysis, Map<String, Object> documentProperties) {
}
