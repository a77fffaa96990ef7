package org.ipgraph.ingest.patentsview;

/**
 * A row that cannot be used, with a reason a user can act on.
 */
final class BadRowException extends RuntimeException {

	BadRowException(String reason) {
		super(reason, null, false, false);
	}

}
