package org.ipgraph.security;

import java.time.ZonedDateTime;

/**
 * One of a user's API tokens as its owner sees it: never the secret.
 *
 * @param id token id, to revoke it
 * @param name what it is for
 * @param createdAt when issued
 * @param expiresAt when it stops working, or null when it works until revoked
 * @param revoked whether it was revoked (with the token that minted it, or alone)
 * @param parent the token it was minted with, or null when it was issued with a password
 * or by the operator
 */
public record TokenInfo(String id, String name, ZonedDateTime createdAt, ZonedDateTime expiresAt, boolean revoked,
		String parent) {

	/**
	 * Whether it is accepted now.
	 */
	public boolean live() {
		return !this.revoked && (this.expiresAt == null || this.expiresAt.isAfter(ZonedDateTime.now()));
	}

}
