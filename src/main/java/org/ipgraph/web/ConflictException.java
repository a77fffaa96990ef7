package org.ipgraph.web;

/**
 * The request conflicts with what the graph holds, e.g. a user that exists; answered with
 * 409.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
