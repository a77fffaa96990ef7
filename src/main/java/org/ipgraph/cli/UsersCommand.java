package org.ipgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.ipgraph.security.IssuedToken;
import org.ipgraph.security.Role;
import org.ipgraph.security.TokenInfo;
import org.ipgraph.security.UserAccount;
import org.ipgraph.security.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage API users and their tokens.",
		subcommands = { UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class,
				UsersCommand.Roles.class, UsersCommand.Token.class, UsersCommand.Tokens.class,
				UsersCommand.Revoke.class })
class UsersCommand {

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Add a user. The password is generated and shown once unless --password-stdin.")
	static class Add extends ApplicationCommand {

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username;

		@Mixin
		RoleOptions roles;

		@Option(names = "--person", paramLabel = "PERSON_ID", description = "Link the user to a Person (own consent).")
		String personId;

		@Option(names = "--password-stdin", description = "Read the password from standard input.")
		boolean passwordStdin;

		@Override
		int run(Application application) throws IOException {
			EnumSet<Role> parsed = this.roles.parsed();
			String password = this.passwordStdin ? readLine() : null;
			UserService users = application.bean(UserService.class);
			boolean generated = password == null;
			if (generated) {
				password = Passwords.generate();
			}
			UserAccount user = users.create(this.username, password, parsed, this.personId);
			System.out.println("Added " + user.username() + " " + user.roles());
			if (generated) {
				System.out.println("Password (shown once): " + password);
			}
			return OK;
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
	static class ListUsers extends ReportCommand<List<UserAccount>> {

		@Override
		List<UserAccount> report(Application application) {
			return application.bean(UserService.class).list();
		}

		@Override
		void print(List<UserAccount> users, PrintStream out) {
			users.forEach(u -> out.printf("%-24s %-36s tokens=%d%s%n", u.username(), u.roles(), u.tokens(),
					u.personId() == null ? "" : " person=" + u.personId()));
		}

	}

	@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user and their tokens.")
	static class Remove extends ApplicationCommand {

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username;

		@Override
		int run(Application application) {
			application.bean(UserService.class).remove(this.username);
			System.out.println("Removed " + this.username);
			return OK;
		}

	}

	/**
	 * The roles of a user, as {@code add} and {@code roles} take them.
	 */
	static class RoleOptions {

		@Option(names = "--role", required = true, split = ",",
				description = "USER, ORGANIZER, LEGAL, ANALYST, ADMIN (comma-separated or repeated).")
		List<String> roles;

		EnumSet<Role> parsed() {
			EnumSet<Role> parsed = EnumSet.noneOf(Role.class);
			this.roles.forEach(r -> parsed.add(Role.of(r)));
			return parsed;
		}

	}

	@Command(name = "roles", mixinStandardHelpOptions = true,
			description = "Replace a user's roles (audited); the last admin keeps ADMIN.")
	static class Roles extends ReportCommand<UserAccount> {

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username;

		@Mixin
		RoleOptions roles;

		@Override
		UserAccount report(Application application) {
			EnumSet<Role> parsed = this.roles.parsed();
			return application.bean(UserService.class).setRoles(this.username, parsed);
		}

		@Override
		void print(UserAccount user, PrintStream out) {
			out.println(user.username() + " now has " + user.roles());
		}

	}

	@Command(name = "tokens", mixinStandardHelpOptions = true,
			description = "List a user's tokens (never the secrets), newest first.")
	static class Tokens extends ReportCommand<List<TokenInfo>> {

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username;

		@Override
		List<TokenInfo> report(Application application) {
			return application.bean(UserService.class).tokens(this.username);
		}

		@Override
		void print(List<TokenInfo> tokens, PrintStream out) {
			tokens.forEach(t -> out.printf("%-12s %-20s created %s  %s%s%s%n", t.id(), t.name(), t.createdAt(),
					t.expiresAt() == null ? "no expiry" : "expires " + t.expiresAt(), t.revoked() ? "  REVOKED" : "",
					t.parent() == null ? "" : "  minted by " + t.parent()));
		}

	}

	@Command(name = "token", mixinStandardHelpOptions = true,
			description = "Issue a bearer token for a user; it is shown once.")
	static class Token extends ApplicationCommand {

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username;

		@Option(names = "--name", description = "What the token is for.")
		String name;

		@Option(names = "--days", description = "Valid for this many days (default: until revoked).")
		Integer days;

		@Override
		int run(Application application) {
			IssuedToken token = application.bean(UserService.class)
				.issueToken(this.username, this.name, this.days == null ? null : Duration.ofDays(this.days));
			System.out.println("Token id " + token.id() + " for " + token.username()
					+ (token.expiresAt() == null ? ", no expiry" : ", expires " + token.expiresAt())
					+ " (revoke with `ipgraph users revoke " + token.id() + "`):");
			System.out.println(token.token());
			return OK;
		}

	}

	@Command(name = "revoke", mixinStandardHelpOptions = true,
			description = "Revoke a token by its id, and every token minted with it.")
	static class Revoke extends ApplicationCommand {

		@Parameters(index = "0", paramLabel = "TOKEN_ID")
		String id;

		@Override
		int run(Application application) {
			long revoked = application.bean(UserService.class)
				.revokeToken("", this.id, true)
				.orElseThrow(() -> new IllegalArgumentException("No token with id " + this.id));
			System.out
				.println("Revoked " + this.id + (revoked > 1 ? " and " + (revoked - 1) + " token(s) minted with it"
						: revoked == 0 ? " (it was revoked already)" : ""));
			return OK;
		}

	}

}
