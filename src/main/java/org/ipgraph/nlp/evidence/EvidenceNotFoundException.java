package org.ipgraph.nlp.evidence;

import org.ipgraph.web.NotFoundException;

/**
 * No node or relationship matches what was asked for.
 */
public class EvidenceNotFoundException extends NotFoundException {

	public EvidenceNotFoundException(String message) {
		super(message);
	}

}
