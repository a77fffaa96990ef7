package org.ipgraph.security;

import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Two filter chains. The web console ({@code /console}): a sign-in form against users in
 * the graph, a session whose id changes at sign-in, CSRF tokens on every write, logout.
 * The stateless API (everything else): HTTP Basic against users in the graph, and bearer
 * tokens that are either ipgraph's own revocable tokens or, with
 * {@code ipgraph.security.tokens=jwt}, JWTs from an enterprise identity provider. Both
 * authorize with {@link AccessRules} and share the per-user request limits.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SecurityProperties.class, BulkheadProperties.class })
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONSOLE_LOGIN = "/console/login";

	/**
	 * bcrypt through the delegating encoder; verified logins are remembered briefly (see
	 * {@link CachingPasswordEncoder}) so that HTTP Basic costs one bcrypt per user and
	 * {@code ipgraph.security.credential-cache-ttl}, not one per request.
	 */
	@Bean
	PasswordEncoder passwordEncoder(SecurityProperties properties) {
		return new CachingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
				properties.credentialCacheSize(), properties.credentialCacheTtl());
	}

	/**
	 * The HTTP side; command-line runs have no web server and need only the encoder.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class Web {

		private final RequestLimits limits;

		Web(SecurityProperties properties) {
			this.limits = new RequestLimits(properties.requestsPerMinute(), properties.maxRequestBytes(),
					properties.maxUploadBytes());
		}

		@Bean
		UserDetailsService userDetailsService(UserService users) {
			return username -> users.credentials(username)
				.map(u -> User.withUsername(u.username())
					.password(u.passwordHash())
					.authorities(u.roles().stream().map(Role::authority).toArray(String[]::new))
					.build())
				.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		}

		/**
		 * The console's chain, matched first: its paths only.
		 */
		@Bean
		@Order(1)
		SecurityFilterChain console(HttpSecurity http, SecurityProperties properties) throws Exception {
			String frameAncestors = properties.consoleFrameAncestors().strip();
			http.securityMatcher(AccessRules.CONSOLE)
				.formLogin(form -> form.loginPage(CONSOLE_LOGIN)
					.defaultSuccessUrl("/console", false)
					.failureUrl(CONSOLE_LOGIN + "?error"))
				.logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl(CONSOLE_LOGIN + "?logout"))
				.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
				.exceptionHandling(e -> e.authenticationEntryPoint(new ConsoleEntryPoint(CONSOLE_LOGIN))
					.accessDeniedPage("/console/denied"))
				.headers(headers -> headers
					.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
							+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
							+ "base-uri 'self'; form-action 'self'; frame-ancestors " + frameAncestors))
					.frameOptions(frame -> {
						if ("'self'".equals(frameAncestors)) {
							frame.sameOrigin();
						}
						else {
							frame.disable();
						}
					}))
				.addFilterBefore(this.limits, AuthorizationFilter.class);
			AccessRules.applyConsole(http);
			return http.build();
		}

		@Bean
		Bulkheads bulkheads(BulkheadProperties properties) {
			return new Bulkheads(properties);
		}

		// the bulkhead runs inside the security chain, after authorization: a request
		// that is refused never waits for a turn
		@Bean
		FilterRegistrationBean<Bulkheads> bulkheadsOutsideTheServletChain(Bulkheads bulkheads) {
			FilterRegistrationBean<Bulkheads> registration = new FilterRegistrationBean<>(bulkheads);
			registration.setEnabled(false);
			return registration;
		}

		@Bean
		@Order(2)
		SecurityFilterChain api(HttpSecurity http, UserService users, SecurityProperties properties,
				Bulkheads bulkheads, ObjectProvider<LocalApiToken> local) throws Exception {
			ProblemResponses problems = new ProblemResponses();
			http.csrf(csrf -> csrf.disable())
				.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.httpBasic(basic -> basic.authenticationEntryPoint(problems))
				.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
				.addFilterBefore(this.limits, AuthorizationFilter.class)
				.addFilterAfter(bulkheads, AuthorizationFilter.class);
			if (properties.jwt()) {
				http.oauth2ResourceServer(o -> o.authenticationEntryPoint(problems)
					.jwt(jwt -> jwt.jwtAuthenticationConverter(jwtRoles(properties.jwtRolesClaim()))));
			}
			else {
				http.oauth2ResourceServer(o -> o.authenticationEntryPoint(problems)
					.opaqueToken(
							token -> token.introspector(new LocalTokenIntrospector(users, local.getIfAvailable()))));
			}
			AccessRules.apply(http);
			return http.build();
		}

	}

	private static boolean isRole(String name) {
		try {
			Role.of(name);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	// Role names from the identity provider's claim, e.g. "roles": ["LEGAL"]
	static Converter<Jwt, AbstractAuthenticationToken> jwtRoles(String claim) {
		return jwt -> {
			Collection<GrantedAuthority> authorities = jwt.getClaimAsStringList(claim) == null ? List.of()
					: jwt.getClaimAsStringList(claim)
						.stream()
						.filter(SecurityConfiguration::isRole)
						.map(name -> (GrantedAuthority) new SimpleGrantedAuthority(Role.of(name).authority()))
						.toList();
			return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
		};
	}

}
