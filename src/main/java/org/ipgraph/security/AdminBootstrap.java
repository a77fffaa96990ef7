package org.ipgraph.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of the service, creates the {@code admin} user with a generated
 * password and prints it once. There is no built-in default password.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

	private final UserService users;

	private final SecurityProperties properties;

	AdminBootstrap(UserService users, SecurityProperties properties) {
		this.users = users;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.bootstrapAdmin()) {
			return;
		}
		this.users.bootstrapAdmin().ifPresent(password -> {
			System.out.println();
			System.out.println("  ipgraph API user:     admin");
			System.out.println("  ipgraph API password: " + password);
			System.out.println("  Shown once. Add users with `bin/ipgraph users add` or POST /api/v1/users.");
			System.out.println();
		});
	}

}
