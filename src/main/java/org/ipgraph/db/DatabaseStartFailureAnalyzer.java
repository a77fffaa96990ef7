package org.ipgraph.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a database start failure into a short description and action instead of a stack
 * trace.
 */
class DatabaseStartFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseStartException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseStartException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Check the data directory (--data-dir / IPGRAPH_DATA_DIR), the ports (IPGRAPH_BOLT_ADDRESS, "
						+ "IPGRAPH_NEO4J_HTTP_ADDRESS) or NEO4J_URI with NEO4J_USERNAME and NEO4J_PASSWORD.",
				cause);
	}

}
