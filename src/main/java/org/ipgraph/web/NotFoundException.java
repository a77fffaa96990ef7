package org.ipgraph.web;

/**
 * The requested node does not exist; answered with 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, String key) {
		super(what + " '" + key + "' not found");
	}

	/**
	 * Not found, said in the caller's words.
	 */
	protected NotFoundException(String message) {
		super(message);
	}

}
