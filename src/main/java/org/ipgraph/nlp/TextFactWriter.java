package org.ipgraph.nlp;

import org.ipgraph.ingest.WriteContext;

/**
 * Further facts read from an analyzed text by another module (the eligibility facts of
 * policies and funds), written in the same transaction right after the pipeline's own
 * facts. Not called when the same content was read before with the same model, so an
 * implementation only has to replace what it wrote for the Document earlier.
 */
public interface TextFactWriter {

	/**
	 * @param analysis what the pipeline read
	 * @param title the title the file gives itself, or null
	 * @param context the batch's transaction; {@code context.documentId()} is the
	 * Document
	 */
	void write(DocumentAnalysis analysis, String title, WriteContext context);

}
