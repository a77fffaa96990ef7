package org.ipgraph.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links to console pages, for graph nodes and lists built in Java (templates use
 * {@code @{...}}).
 */
public final class Hrefs {

	private Hrefs() {
	}

	public static String organization(String id) {
		return "/console/organizations/view?id=" + encode(id);
	}

	public static String patent(String number) {
		return "/console/patents/view?number=" + encode(number);
	}

	/**
	 * The evidence page of a node; null for a withheld person, who has none to show.
	 */
	public static String evidence(String entity) {
		return entity == null || entity.equals(org.ipgraph.graph.HiddenPersons.WITHHELD_KEY) ? null
				: "/console/evidence?entity=" + encode(entity);
	}

	/**
	 * Where a node of a path leads: a patent's page, an organization's profile, a
	 * person's or demand's evidence.
	 */
	static String node(String id, String kind) {
		return switch (kind) {
			case "Patent" -> patent(id);
			case "Organization" -> organization(id);
			case "Technology", "Demand" -> null;
			default -> evidence(id);
		};
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
