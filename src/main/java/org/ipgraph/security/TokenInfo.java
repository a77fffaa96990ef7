package org.ipgraph.security;

import java.time.ZonedDateTime;

/**
 * A bearer token as its owner and admins see it: never the token itself.
 *
 * @param id the short id that revokes it
 * @param name what its owner called it
 * @param createdAt when it was issued
 * @param expiresAt when it expires, or null
 * @param revoked whether it was revoked
 */
public record TokenInfo(String id, String name, ZonedDateTime createdAt, ZonedDateTime expiresAt, boolean revoked) {

	/**
	 * Whether it is accepted now.
	 */
	public boolean live() {
		return !this.revoked && (this.expiresAt == null || this.expiresAt.isAfter(ZonedDateTime.now()));
	}

}
