package org.ipgraph.nlp.evidence;

/**
 * No node or relationship matches what was asked for.
 */
public class EvidenceNotFoundException extends RuntimeException {

	public EvidenceNotFoundException(String message) {
		super(message);
	}

}
