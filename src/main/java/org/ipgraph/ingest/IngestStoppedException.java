package org.ipgraph.ingest;

/**
 * Thrown through a reader when a stop was requested: the batch in flight has been
 * written, and nothing more is read.
 */
class IngestStoppedException extends RuntimeException {

	IngestStoppedException() {
		super("stopped on request", null, false, false);
	}

}
