package org.ipgraph.security;

import java.time.ZonedDateTime;

/**
 * A new API token. The secret is shown once; only its hash is stored.
 *
 * @param id token id, to revoke it
 * @param token the secret bearer token
 * @param username whose token
 * @param expiresAt when it stops working (never after the token it was minted with), or
 * null when it works until revoked
 */
public record IssuedToken(String id, String token, String username, ZonedDateTime expiresAt) {
}
