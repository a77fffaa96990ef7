package org.ipgraph.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The role matrix, in one place. Every endpoint needs an authenticated caller unless
 * listed as public; feature modules add their paths here.
 */
final class AccessRules {

	static final String[] PUBLIC = { "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs",
			"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error", "/browser-guide/**" };

	/** Risk and exposure reports: legal teams, analysts, admins. */
	static final String[] RISK = { "/api/v1/risk/**" };

	/** Loading data. */
	static final String[] INGEST = { "/api/v1/ingest/**" };

	/** User management and the audit log. */
	static final String[] ADMIN = { "/api/v1/users/**", "/api/v1/audit/**" };

	/** Saved pool work: organizers. Reading pool candidates is open to every user. */
	static final String[] POOL_WORK = { "/api/v1/pools/saved/**" };

	private AccessRules() {
	}

	static void apply(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
			.permitAll()
			.requestMatchers(RISK)
			.hasAnyRole(Role.LEGAL.name(), Role.ANALYST.name(), Role.ADMIN.name())
			.requestMatchers(INGEST)
			.hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name())
			.requestMatchers(ADMIN)
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, POOL_WORK)
			.authenticated()
			.requestMatchers(HttpMethod.HEAD, POOL_WORK)
			.authenticated()
			.requestMatchers(POOL_WORK)
			.hasAnyRole(Role.ORGANIZER.name(), Role.ADMIN.name())
			.requestMatchers("/api/v1/**")
			.authenticated()
			.anyRequest()
			.denyAll());
	}

}
