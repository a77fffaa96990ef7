package org.ipgraph.security;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Resolves ipgraph's own bearer tokens against the graph. Revoked and expired tokens
 * fail. The running server's {@link LocalApiToken} is its CLI's, for reads from loopback.
 */
class LocalTokenIntrospector implements OpaqueTokenIntrospector {

	private final UserService users;

	private final LocalApiToken local;

	/**
	 * @param local the running server's token for CLI commands beside it, or null
	 */
	LocalTokenIntrospector(UserService users, LocalApiToken local) {
		this.users = users;
		this.local = local;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		if (this.local != null && this.local.accepts(token,
				RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
						? attributes.getRequest() : null)) {
			return new DefaultOAuth2AuthenticatedPrincipal(LocalApiToken.PRINCIPAL,
					Map.of("sub", LocalApiToken.PRINCIPAL),
					List.of(new SimpleGrantedAuthority(Role.ANALYST.authority())));
		}
		UserService.StoredUser user = this.users.userForToken(token)
			.orElseThrow(() -> new BadOpaqueTokenException("unknown, revoked or expired token"));
		return new DefaultOAuth2AuthenticatedPrincipal(user.username(),
				Map.of("sub", user.username(), Callers.TOKEN_ATTRIBUTE, user.token()),
				user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList());
	}

}
