package org.ipgraph.web;

/**
 * The caller may see the resource but not do this to it, e.g. delete another user's saved
 * pool; answered with 403.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
