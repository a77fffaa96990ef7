package org.ipgraph.security;

import java.util.Arrays;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, for services that decide what to show (hidden experts) or record
 * (audit).
 */
public final class Callers {

	private Callers() {
	}

	public static String name() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
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
