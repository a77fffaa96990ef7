/**
 * Who may do what: users and revocable API tokens kept in the graph (or an external
 * identity provider's JWTs), the role rules for every endpoint, rate limits, and the
 * append-only audit log of sensitive reads.
 */
package org.ipgraph.security;
