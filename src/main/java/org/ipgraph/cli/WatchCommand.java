package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.ipgraph.security.Role;
import org.ipgraph.security.UserService;
import org.ipgraph.watch.Watch;
import org.ipgraph.watch.WatchRequest;
import org.ipgraph.watch.Watches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", mixinStandardHelpOptions = true,
		description = "Manage a user's watches: organizations (with their group), patents, CPC areas, standards and "
				+ "saved partner, pool or exposure searches. Alerts: ipgraph alerts.",
		subcommands = { WatchCommand.Add.class, WatchCommand.ListWatches.class, WatchCommand.Remove.class,
				WatchBenchCommand.class })
class WatchCommand {

	/**
	 * Whose watches and alerts: a user in the graph.
	 */
	static class UserOption {

		@Option(names = "--user", defaultValue = "admin", paramLabel = "USERNAME",
				description = "The user whose watches or alerts these are (default ${DEFAULT-VALUE}).")
		String user;

		/**
		 * Whether the user may read risk reports (exposure searches, restricted alerts).
		 */
		boolean readsRisk(Application application) {
			EnumSet<Role> risk = EnumSet.of(Role.LEGAL, Role.ANALYST, Role.ADMIN);
			return application.bean(UserService.class)
				.find(this.user)
				.orElseThrow(() -> new IllegalArgumentException("no user '" + this.user + "' (ipgraph users list)"))
				.roles()
				.stream()
				.anyMatch(risk::contains);
		}

	}

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Watch something: organization NAME [--group], patent NUMBER, cpc SYMBOL, standard ID, or "
					+ "search --search partner|pool|exposure --param name=value...")
	static class Add extends ReportCommand<Watch> {

		@Parameters(index = "0", paramLabel = "KIND", description = "organization, patent, cpc, standard or search.")
		String kind;

		@Parameters(index = "1", arity = "0..1", paramLabel = "TARGET",
				description = "What is watched (not for a search).")
		String target;

		@Option(names = "--group", description = "An organization with its subsidiaries.")
		boolean group;

		@Option(names = "--search", paramLabel = "TYPE", description = "partner, pool or exposure.")
		String search;

		@Option(names = "--param", paramLabel = "NAME=VALUE",
				description = "A saved search's parameter: organization, role (partner); cpc, standard, topic, "
						+ "minOwners (pool); organization, minNpeScore (exposure).")
		Map<String, String> parameters;

		@Mixin
		UserOption user;

		@Override
		Watch report(Application application) {
			WatchRequest request = new WatchRequest(this.kind, this.target, this.group, this.search,
					this.parameters == null ? Map.of() : this.parameters);
			boolean risk = this.user.readsRisk(application);
			return application.bean(Watches.class).add(this.user.user, request, risk);
		}

		@Override
		void print(Watch watch, PrintStream out) {
			out.println("Watching " + describe(watch) + " (" + watch.id() + ")");
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List a user's watches.")
	static class ListWatches extends ReportCommand<List<Watch>> {

		@Mixin
		UserOption user;

		@Override
		List<Watch> report(Application application) {
			return application.bean(Watches.class).list(this.user.user);
		}

		@Override
		void print(List<Watch> watches, PrintStream out) {
			if (watches.isEmpty()) {
				out.println(this.user.user + " watches nothing.");
			}
			watches.forEach(w -> out.printf("%-20s %s%n", w.id(), describe(w)));
		}

	}

	@Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop watching (the alerts stay).")
	static class Remove extends ApplicationCommand {

		@Parameters(index = "0", paramLabel = "WATCH_ID")
		String id;

		@Mixin
		UserOption user;

		@Override
		int run(Application application) {
			application.bean(Watches.class).remove(this.user.user, this.id);
			System.out.println("Removed " + this.id);
			return OK;
		}

	}

	static String describe(Watch w) {
		return switch (w.kind()) {
			case "organization" -> "organization " + w.target() + (w.group() ? " with its group" : "");
			case "search" -> "saved " + w.target();
			default -> w.kind() + " " + w.target();
		};
	}

}
