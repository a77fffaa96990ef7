package org.ipgraph.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page pattern's one rule: a page answers a normal request with the whole page and an
 * htmx request (a form or a pager inside the page) with the fragment that changes.
 */
public final class Views {

	private Views() {
	}

	/**
	 * {@code template} for a page load, {@code template :: fragment} for htmx.
	 */
	public static String page(HttpServletRequest request, String template, String fragment) {
		return htmx(request) ? template + " :: " + fragment : template;
	}

	/**
	 * Whether htmx sent the request for part of a page (not a boosted page load).
	 */
	public static boolean htmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"));
	}

	/**
	 * Puts an htmx answer in the page's problem area instead of its target.
	 */
	static void retargetProblem(HttpServletResponse response) {
		response.setHeader("HX-Retarget", "#problem");
		response.setHeader("HX-Reswap", "innerHTML");
	}

}
