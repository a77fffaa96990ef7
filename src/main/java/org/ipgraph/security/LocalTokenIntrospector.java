package org.ipgraph.security;

import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Resolves ipgraph's own bearer tokens against the graph. Revoked and expired tokens
 * fail.
 */
class LocalTokenIntrospector implements OpaqueTokenIntrospector {

	private final UserService users;

	LocalTokenIntrospector(UserService users) {
		this.users = users;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		UserService.StoredUser user = this.users.userForToken(token)
			.orElseThrow(() -> new BadOpaqueTokenException("unknown, revoked or expired token"));
		return new DefaultOAuth2AuthenticatedPrincipal(user.username(),
				Map.of("sub", user.username(), Callers.TOKEN_ATTRIBUTE, user.token()),
				user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList());
	}

}
