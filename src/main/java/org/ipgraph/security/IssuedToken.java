package org.ipgraph.security;

/**
 * A new API token. The secret is shown once; only its hash is stored.
 *
 * @param id token id, to revoke it
 * @param token the secret bearer token
 * @param username whose token
 */
public record IssuedToken(String id, String token, String username) {
}
