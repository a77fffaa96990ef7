package org.ipgraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokens {@code local}: users and tokens in the graph; {@code jwt}: bearer tokens
 * are JWTs from an external identity provider (configure
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri})
 * @param jwtRolesClaim the JWT claim holding ipgraph role names
 * @param requestsPerMinute per user or token, on the expensive endpoints
 * @param maxRequestBytes largest request body accepted
 * @param maxUploadBytes largest upload accepted by {@code /api/v1/ingest}
 * @param bootstrapAdmin create an admin with a generated password on first start
 * @param maxTokenDays longest validity a token may ask for
 * @param consoleFrameAncestors who may show the web console in a frame (CSP
 * {@code frame-ancestors}): {@code 'self'} by default, e.g.
 * {@code 'self' https://platform.example.com} to embed it
 */
@ConfigurationProperties("ipgraph.security")
public record SecurityProperties(@DefaultValue("local") String tokens, @DefaultValue("roles") String jwtRolesClaim,
		@DefaultValue("120") int requestsPerMinute, @DefaultValue("1048576") long maxRequestBytes,
		@DefaultValue("268435456") long maxUploadBytes, @DefaultValue("true") boolean bootstrapAdmin,
		@DefaultValue("3650") int maxTokenDays, @DefaultValue("'self'") String consoleFrameAncestors) {

	public boolean jwt() {
		return "jwt".equalsIgnoreCase(this.tokens);
	}

}
