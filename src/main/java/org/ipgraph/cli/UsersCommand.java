package org.ipgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ipgraph.security.IssuedToken;
import org.ipgraph.security.Role;
import org.ipgraph.security.UserAccount;
import org.ipgraph.security.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.context.ConfigurableApplicationContext;

@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage API users and their tokens.",
		subcommands = { UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class,
				UsersCommand.Token.class, UsersCommand.Revoke.class })
class UsersCommand {

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Add a user. The password is generated and shown once unless --password-stdin.")
	static class Add implements Callable<Integer> {

		@Mixin
		CommonOptions common;

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username;

		@Option(names = "--role", required = true, split = ",",
				description = "USER, ORGANIZER, LEGAL, ANALYST, ADMIN (comma-separated or repeated).")
		List<String> roles;

		@Option(names = "--person", paramLabel = "PERSON_ID", description = "Link the user to a Person (own consent).")
		String personId;

		@Option(names = "--password-stdin", description = "Read the password from standard input.")
		boolean passwordStdin;

		@Override
		public Integer call() throws IOException {
			EnumSet<Role> parsed = EnumSet.noneOf(Role.class);
			this.roles.forEach(r -> parsed.add(Role.of(r)));
			String password = this.passwordStdin ? readLine() : null;
			try (ConfigurableApplicationContext context = Application.forCommand(this.common, Map.of())) {
				UserService users = context.getBean(UserService.class);
				boolean generated = password == null;
				if (generated) {
					password = Passwords.generate();
				}
				UserAccount user = users.create(this.username, password, parsed, this.personId);
				System.out.println("Added " + user.username() + " " + user.roles());
				if (generated) {
					System.out.println("Password (shown once): " + password);
				}
				return 0;
			}
		}

		private static String readLine() throws IOException {
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			if (line == null || line.isBlank()) {
				throw new IllegalArgumentException("no password on standard input");
			}
			return line.strip();
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List users.")
	static class ListUsers implements Callable<Integer> {

		@Mixin
		CommonOptions common;

		@Option(names = "--json", description = "Print JSON.")
		boolean json;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = Application.forCommand(this.common, Map.of())) {
				List<UserAccount> users = context.getBean(UserService.class).list();
				if (this.json) {
					Output.json(System.out, users);
				}
				else {
					users.forEach(u -> System.out.printf("%-24s %-36s tokens=%d%s%n", u.username(), u.roles(),
							u.tokens(), u.personId() == null ? "" : " person=" + u.personId()));
				}
				return 0;
			}
		}

	}

	@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user and their tokens.")
	static class Remove implements Callable<Integer> {

		@Mixin
		CommonOptions common;

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = Application.forCommand(this.common, Map.of())) {
				context.getBean(UserService.class).remove(this.username);
				System.out.println("Removed " + this.username);
				return 0;
			}
		}

	}

	@Command(name = "token", mixinStandardHelpOptions = true,
			description = "Issue a bearer token for a user; it is shown once.")
	static class Token implements Callable<Integer> {

		@Mixin
		CommonOptions common;

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username;

		@Option(names = "--name", description = "What the token is for.")
		String name;

		@Option(names = "--days", description = "Valid for this many days (default: until revoked).")
		Integer days;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = Application.forCommand(this.common, Map.of())) {
				IssuedToken token = context.getBean(UserService.class)
					.issueToken(this.username, this.name, this.days == null ? null : Duration.ofDays(this.days));
				System.out.println("Token id " + token.id() + " for " + token.username() + " (revoke with `ipgraph users revoke "
						+ token.id() + "`):");
				System.out.println(token.token());
				return 0;
			}
		}

	}

	@Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id.")
	static class Revoke implements Callable<Integer> {

		@Mixin
		CommonOptions common;

		@Parameters(index = "0", paramLabel = "TOKEN_ID")
		String id;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = Application.forCommand(this.common, Map.of())) {
				if (!context.getBean(UserService.class).revokeToken("", this.id, true)) {
					throw new IllegalArgumentException("No token with id " + this.id);
				}
				System.out.println("Revoked " + this.id);
				return 0;
			}
		}

	}

}
