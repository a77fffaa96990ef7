package org.ipgraph.ingest.litigation;

import java.util.Locale;

/**
 * What a recorded assignment conveys, from its conveyance text. Only assignments, mergers
 * and changes of name move ownership; security interests (and their releases) pledge
 * patents to a lender, who does not become their owner.
 */
enum Conveyance {

	ASSIGNMENT, MERGER, NAME_CHANGE, SECURITY, RELEASE, LICENSE, OTHER;

	static Conveyance of(String text) {
		String t = text == null ? "" : text.toUpperCase(Locale.ROOT);
		if (t.contains("RELEASE") || t.contains("TERMINATION")) {
			return RELEASE;
		}
		if (t.contains("SECURITY") || t.contains("LIEN") || t.contains("MORTGAGE") || t.contains("PLEDGE")
				|| t.contains("COLLATERAL") || t.contains("CONDITIONAL ASSIGNMENT")) {
			return SECURITY;
		}
		if (t.contains("LICENSE")) {
			return LICENSE;
		}
		if (t.contains("MERGER")) {
			return MERGER;
		}
		if (t.contains("CHANGE OF NAME") || t.contains("ENTITY CONVERSION")) {
			return NAME_CHANGE;
		}
		if (t.contains("ASSIGNMENT") || t.contains("ASSIGNS THE ENTIRE INTEREST")) {
			return ASSIGNMENT;
		}
		return OTHER;
	}

	boolean transfersOwnership() {
		return this == ASSIGNMENT || this == MERGER || this == NAME_CHANGE;
	}

}
