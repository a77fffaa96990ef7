package org.ipgraph.ingest.uspto;

/**
 * A document that cannot be used, with a reason a user can act on.
 */
final class InvalidDocumentException extends Exception {

	InvalidDocumentException(String reason) {
		super(reason, null, false, false);
	}

}
