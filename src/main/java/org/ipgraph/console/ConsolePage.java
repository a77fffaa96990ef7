package org.ipgraph.console;

/**
 * One entry of the console's menu. Declare it as a bean beside the page's controller; the
 * menu shows it to a user whose roles let them open its path (the rules of
 * {@code AccessRules}), in its section, by order.
 *
 * @param section the menu section, one of the constants here or a new one
 * @param order position in the section
 * @param title the link text and page title
 * @param path the page's path, e.g. {@code /console/partners}
 * @param summary one line for the home page
 */
public record ConsolePage(String section, int order, String title, String path, String summary) {

	/** Organizations, patents, evidence. */
	public static final String EXPLORE = "Explore";

	/** Partners, demands, experts, pools. */
	public static final String FIND = "Find";

	/** Risk reports. */
	public static final String LEGAL = "Legal";

	/** Stats, health, users, audit. */
	public static final String ADMIN = "Admin";

	/** The signed-in user's own account. */
	public static final String ACCOUNT = "Account";

	/** Sections in menu order; a section not listed comes after these. */
	static final java.util.List<String> SECTIONS = java.util.List.of(EXPLORE, FIND, LEGAL, ADMIN, ACCOUNT);

	public ConsolePage {
		if (path == null || !path.startsWith("/console")) {
			throw new IllegalArgumentException("A console page lives under /console, not " + path);
		}
	}

}
