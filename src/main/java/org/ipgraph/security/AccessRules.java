package org.ipgraph.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The role matrix, in one place, for the REST API and the web console alike. Every
 * endpoint needs an authenticated caller unless listed as public; feature modules add
 * their paths here, and console pages follow the rules of the API they show.
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

	/** Lists of every node of a type, people included: analysts and admins. */
	static final String[] ENTITIES = { "/api/v1/entities/**" };

	/** Saved pool work: organizers. Reading pool candidates is open to every user. */
	static final String[] POOL_WORK = { "/api/v1/pools/saved/**" };

	/** The web console: its pages, its sign-in and the files it loads. */
	static final String[] CONSOLE = { "/", "/console", "/console/**", "/webjars/**" };

	/** What the console shows before sign-in. */
	static final String[] CONSOLE_PUBLIC = { "/", "/console/login", "/console/assets/**", "/webjars/**" };

	/** Risk pages of the console: as {@link #RISK}. */
	static final String[] CONSOLE_RISK = { "/console/risk/**" };

	/** Admin pages of the console: as {@link #ADMIN}. */
	static final String[] CONSOLE_ADMIN = { "/console/admin/**" };

	/** Saving and deleting pools in the console: as {@link #POOL_WORK}. */
	static final String[] CONSOLE_POOL_WORK = { "/console/pools/saved/**" };

	private static final String[] RISK_ROLES = { Role.LEGAL.name(), Role.ANALYST.name(), Role.ADMIN.name() };

	private static final String[] INGEST_ROLES = { Role.ANALYST.name(), Role.ADMIN.name() };

	private static final String[] POOL_WORK_ROLES = { Role.ORGANIZER.name(), Role.ADMIN.name() };

	private AccessRules() {
	}

	static void apply(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
			.permitAll()
			.requestMatchers(RISK)
			.hasAnyRole(RISK_ROLES)
			.requestMatchers(INGEST)
			.hasAnyRole(INGEST_ROLES)
			.requestMatchers(ENTITIES)
			.hasAnyRole(INGEST_ROLES)
			.requestMatchers(ADMIN)
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, POOL_WORK)
			.authenticated()
			.requestMatchers(HttpMethod.HEAD, POOL_WORK)
			.authenticated()
			.requestMatchers(POOL_WORK)
			.hasAnyRole(POOL_WORK_ROLES)
			.requestMatchers("/api/v1/**")
			.authenticated()
			.anyRequest()
			.denyAll());
	}

	/**
	 * The console's pages, with the roles of the API they show. (No dispatcher-type rule:
	 * the menu asks these rules about paths, with requests that have none.)
	 */
	static void applyConsole(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(CONSOLE_PUBLIC)
			.permitAll()
			.requestMatchers(CONSOLE_RISK)
			.hasAnyRole(RISK_ROLES)
			.requestMatchers(CONSOLE_ADMIN)
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, CONSOLE_POOL_WORK)
			.authenticated()
			.requestMatchers(CONSOLE_POOL_WORK)
			.hasAnyRole(POOL_WORK_ROLES)
			.anyRequest()
			.authenticated());
	}

}
