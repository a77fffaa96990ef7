package org.ipgraph.security;

import java.util.Locale;

/**
 * The roles of ipgraph users.
 */
public enum Role {

	/** A platform user: partners, experts (consented ones by name), pools. */
	USER,
	/** An alliance organizer: also saves pool work. */
	ORGANIZER,
	/** A legal team member: also risk and exposure reports. */
	LEGAL,
	/** Everything read-only, hidden experts included, and ingest. */
	ANALYST,
	/** User management and consent overrides, and everything else. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	public static Role of(String text) {
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"Unknown role '" + text + "'. Known: USER, ORGANIZER, LEGAL, ANALYST, ADMIN");
		}
	}

}
