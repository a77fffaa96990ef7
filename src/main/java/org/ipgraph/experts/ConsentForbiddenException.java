package org.ipgraph.experts;

/**
 * A caller tried to change the consent of someone other than themself without the right
 * role.
 */
class ConsentForbiddenException extends RuntimeException {

	ConsentForbiddenException(String personId) {
		super("Only admins or the person themself (the user linked to that Person) may change the consent of "
				+ personId);
	}

}
