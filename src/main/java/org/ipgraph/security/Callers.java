package org.ipgraph.security;

import java.util.Arrays;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;

/**
 * Who is calling, for services that decide what to show (hidden experts) or record
 * (audit).
 */
public final class Callers {

	/** The principal attribute holding the id of the ipgraph token a caller presented. */
	static final String TOKEN_ATTRIBUTE = "ipgraph_token";

	private Callers() {
	}

	/**
	 * The id of the ipgraph token the caller authenticated with, or null (a password, a
	 * JWT, the operator).
	 */
	static String tokenId() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth instanceof BearerTokenAuthentication bearer
				&& bearer.getTokenAttributes().get(TOKEN_ATTRIBUTE) instanceof String id) {
			return id;
		}
		return null;
	}

	public static String name() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
	}

	/**
	 * Whether the caller may read risk reports and risk-bearing alerts (LEGAL, ANALYST,
	 * ADMIN, as {@code AccessRules} grants the risk API).
	 */
	public static boolean readsRisk() {
		return hasAnyRole(Role.LEGAL, Role.ANALYST, Role.ADMIN);
	}

	/**
	 * Whether the caller has any of the roles. Without an authentication there are none.
	 */
	public static boolean hasAnyRole(Role... roles) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return false;
		}
		return auth.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(a -> Arrays.stream(roles).anyMatch(r -> r.authority().equals(a)));
	}

	/**
	 * Acts as the local operator for the rest of this process: the CLI is run by whoever
	 * owns the data directory, who can read the store anyway.
	 */
	public static void actAsOperator() {
		SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_INHERITABLETHREADLOCAL);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated("cli:" + System.getProperty("user.name"), null,
							Arrays.stream(Role.values()).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
	}

	/**
	 * Analysts and admins see hidden (non-consented) persons.
	 */
	public static boolean seesHiddenPersons() {
		return hasAnyRole(Role.ANALYST, Role.ADMIN);
	}

}
