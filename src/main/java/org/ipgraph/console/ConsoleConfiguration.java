package org.ipgraph.console;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The console's menu entries, its timing filter, and the line that tells where it is.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleConfiguration {

	@Bean
	ConsolePage organizationsPage() {
		return new ConsolePage(ConsolePage.EXPLORE, 10, "Organizations", "/console/organizations",
				"Search organizations; portfolio by year and CPC area, group, litigation, policies and funds.");
	}

	@Bean
	ConsolePage evidencePage() {
		return new ConsolePage(ConsolePage.EXPLORE, 30, "Evidence", "/console/evidence",
				"The source sentences behind an organization, person, patent, policy or fund.");
	}

	@Bean
	ConsolePage partnersPage() {
		return new ConsolePage(ConsolePage.FIND, 10, "Partners", "/console/partners",
				"Partner candidates for an organization, every score component and the paths behind it.");
	}

	@Bean
	ConsolePage demandPage() {
		return new ConsolePage(ConsolePage.FIND, 20, "Demand → supply", "/console/demand",
				"Type a technology demand; see the patents and owners that answer it.");
	}

	@Bean
	ConsolePage expertsPage() {
		return new ConsolePage(ConsolePage.FIND, 30, "Experts", "/console/experts",
				"People for a topic, patent or demand, consent-aware, with conflict-of-interest exclusions.");
	}

	@Bean
	ConsolePage poolsPage() {
		return new ConsolePage(ConsolePage.FIND, 40, "Pools", "/console/pools",
				"Pool candidates by CPC, standard, topic or seed patents: members, licensors' shares, HHI.");
	}

	@Bean
	ConsolePage savedPoolsPage() {
		return new ConsolePage(ConsolePage.FIND, 50, "Saved pools", "/console/pools/saved",
				"Pools organizers saved, to open and share.");
	}

	@Bean
	ConsolePage riskPage() {
		return new ConsolePage(ConsolePage.LEGAL, 10, "Risk", "/console/risk",
				"NPE score with each signal, exposure ranking with evidence paths, patent assertion risk. Audited.");
	}

	@Bean
	ConsolePage statsPage() {
		return new ConsolePage(ConsolePage.ADMIN, 10, "Stats and health", "/console/admin",
				"What the graph holds, service health and the precomputed snapshots.");
	}

	@Bean
	ConsolePage usersPage() {
		return new ConsolePage(ConsolePage.ADMIN, 20, "Users and tokens", "/console/admin/users",
				"Add and remove users, see and revoke their API tokens.");
	}

	@Bean
	ConsolePage auditPage() {
		return new ConsolePage(ConsolePage.ADMIN, 30, "Audit log", "/console/admin/audit",
				"Who read risk reports and hidden experts, saved pools, changed consent.");
	}

	@Bean
	ConsolePage watchesPage() {
		return new ConsolePage(ConsolePage.ACCOUNT, 5, "Watches and alerts", "/console/watches",
				"What you watch and the alerts it gave: new patents, ownership changes, suits, expiries.");
	}

	@Bean
	ConsolePage accountPage() {
		return new ConsolePage(ConsolePage.ACCOUNT, 10, "Your account", "/console/account",
				"Your roles and your API tokens.");
	}

	@Bean
	FilterRegistrationBean<ConsoleTimingFilter> consoleTiming(MeterRegistry meters) {
		FilterRegistrationBean<ConsoleTimingFilter> registration = new FilterRegistrationBean<>(
				new ConsoleTimingFilter(meters));
		registration.addUrlPatterns("/console", "/console/*");
		// after Spring Security's filters: a refused request is forwarded to the refusal
		// page from inside them, and a buffered response would reach the container closed
		// and empty
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
		return registration;
	}

	/**
	 * Prints the console's address once the server listens.
	 */
	@Bean
	ApplicationListener<WebServerInitializedEvent> consoleAddress(Environment environment) {
		return event -> {
			String host = environment.getProperty("server.address", "127.0.0.1");
			host = host.isBlank() || host.equals("0.0.0.0") ? "localhost"
					: host.contains(":") ? "[" + host + "]" : host;
			System.out.println();
			System.out.println("  ipgraph console: http://" + host + ":" + event.getWebServer().getPort() + "/console"
					+ "   (sign in as admin with the API password)");
			System.out.println();
		};
	}

}
