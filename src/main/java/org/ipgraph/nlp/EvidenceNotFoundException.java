package org.ipgraph.nlp;

/**
 * No node or relationship matches what was asked for.
 */
public class EvidenceNotFoundException extends RuntimeException {

	public EvidenceNotFoundException(String message) {
		super(message);
	}

}
