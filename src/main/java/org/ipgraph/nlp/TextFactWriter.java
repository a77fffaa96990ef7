package org.ipgraph.nlp;

import java.util.Map;

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
	 * @param writes the batch's transaction
	 */
	void write(DocumentAnalysis analysis, String title, Writes writes);

	/**
	 * What a fact writer may do in the batch's transaction.
	 */
	interface Writes {

		/** The Document being read. */
		String documentId();

		/** Runs one parameterized statement. */
		void run(String cypher, Map<String, Object> parameters);

	}

}
