package org.ipgraph.db;

/**
 * The graph database could not be started or reached.
 */
public class DatabaseStartException extends RuntimeException {

	public DatabaseStartException(String message, Throwable cause) {
		super(message, cause);
	}

}
