package org.ipgraph.graph;

import java.util.Locale;

/**
 * Kinds of organization in an IP ecosystem.
 */
public enum OrganizationKind {

	COMPANY, UNIVERSITY, RESEARCH_INSTITUTE, GOVERNMENT_AGENCY, SERVICE_INSTITUTION, PLATFORM, STANDARDS_BODY;

	/**
	 * The value stored in the graph, e.g. {@code research_institute}.
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static OrganizationKind of(String value) {
		return valueOf(value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
	}

}
