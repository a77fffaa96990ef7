package org.ipgraph.security;

import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A user as the API shows it: never with a password hash.
 *
 * @param username login name
 * @param roles roles
 * @param personId the Person this user is, if linked (may change that person's consent)
 * @param createdAt when created
 * @param tokens active API tokens
 */
public record UserAccount(String username, Set<Role> roles, String personId, ZonedDateTime createdAt, long tokens) {
}
