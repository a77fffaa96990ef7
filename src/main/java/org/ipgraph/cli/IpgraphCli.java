package org.ipgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ipgraph}: the root command.
 */
@Command(name = IpgraphCli.NAME, mixinStandardHelpOptions = true, version = IpgraphCli.VERSION,
		description = IpgraphCli.DESCRIPTION, resourceBundle = IpgraphCli.MESSAGES,
		exitCodeListHeading = IpgraphCli.EXIT_CODES_HEADING,
		exitCodeList = { IpgraphCli.EXIT_OK, IpgraphCli.EXIT_REJECTED, IpgraphCli.EXIT_USAGE, IpgraphCli.EXIT_FAILED },
		subcommands = { ServeCommand.class, IngestCommand.class, StatsCommand.class, EntitiesCommand.class,
				UsersCommand.class, AuditCommand.class, BackupCommand.class, RestoreCommand.class,
				EvaluateCommand.class, DemoCommand.class, NlpCommand.class, EvidenceCommand.class,
				PartnersCommand.class, PoolsCommand.class, RiskCommand.class, LoadTestCommand.class,
				ExpertsCommand.class, ValueCommand.class, PatentCommand.class, StatusReportCommand.class,
				PoliciesCommand.class, ProvidersCommand.class, WatchCommand.class, AlertsCommand.class,
				WebhooksCommand.class, OffersCommand.class, DemandsCommand.class, MarketCommand.class,
				BenchCommand.class, SnapshotsCommand.class })
public class IpgraphCli {

	// what both roots (this and ReadRoot) say about themselves
	static final String NAME = "ipgraph";

	static final String VERSION = "ipgraph 0.1.0";

	static final String DESCRIPTION = "Knowledge graph and recommendations for IP ecosystems.";

	static final String MESSAGES = "org.ipgraph.cli.messages";

	static final String EXIT_CODES_HEADING = "%nExit codes:%n";

	static final String EXIT_OK = "0:success";

	static final String EXIT_REJECTED = "1:some records were rejected, the rest stored";

	static final String EXIT_USAGE = "2:usage error";

	static final String EXIT_FAILED = "3:the command failed (message on stderr)";

	/** Returned by {@code serve}: the web server keeps the JVM alive. */
	public static final int KEEP_RUNNING = -1;

	/**
	 * Runs a command line.
	 * @param application the Spring Boot application class the commands start (the main
	 * class hands it over: the CLI does not name it, as the root package depends on the
	 * CLI)
	 * @param args the command line
	 * @return the exit code, or {@link #KEEP_RUNNING}
	 */
	public static int run(Class<?> application, String... args) {
		return commandLine(application, args).execute(args);
	}

	/**
	 * The command line that runs these arguments.
	 */
	static CommandLine commandLine(Class<?> application, String... args) {
		// the verbs that may answer from a running server's API in about the JVM's start
		// do not wait for picocli to build every other verb's command (0.4 s): their root
		// holds only the verb asked for
		Factory factory = new Factory(application);
		Class<?> verb = args.length > 0 ? ReadRoot.VERBS.get(args[0]) : null;
		CommandLine cli;
		if (verb != null) {
			cli = new CommandLine(new ReadRoot(), factory);
			cli.addSubcommand(verb);
		}
		else {
			cli = new CommandLine(new IpgraphCli(), factory);
		}
		cli.setExecutionExceptionHandler((ex, command, parsed) -> IpgraphCommand.failed(ex, command.getErr()));
		return cli;
	}

	/**
	 * Makes the commands, handing each the application class.
	 */
	private record Factory(Class<?> application) implements CommandLine.IFactory {

		@Override
		public <K> K create(Class<K> type) throws Exception {
			K made = CommandLine.defaultFactory().create(type);
			if (made instanceof IpgraphCommand command) {
				command.source = this.application;
			}
			return made;
		}

	}

	/**
	 * The root command of the verbs that may answer from a running server's API (README,
	 * "Command line"), holding only the verb asked for: the same name, version, messages
	 * and options as {@link IpgraphCli}, so that the verb parses, prints its help and
	 * reports errors exactly as under the full root.
	 */
	@Command(name = NAME, mixinStandardHelpOptions = true, version = VERSION, description = DESCRIPTION,
			resourceBundle = MESSAGES, exitCodeListHeading = EXIT_CODES_HEADING,
			exitCodeList = { EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_FAILED })
	static final class ReadRoot {

		/** The verbs by name: each the same class as under {@link IpgraphCli}. */
		static final java.util.Map<String, Class<?>> VERBS = java.util.Map.ofEntries(
				java.util.Map.entry("stats", StatsCommand.class), java.util.Map.entry("patent", PatentCommand.class),
				java.util.Map.entry("entities", EntitiesCommand.class),
				java.util.Map.entry("evidence", EvidenceCommand.class),
				java.util.Map.entry("partners", PartnersCommand.class),
				java.util.Map.entry("experts", ExpertsCommand.class), java.util.Map.entry("risk", RiskCommand.class),
				java.util.Map.entry("pools", PoolsCommand.class),
				java.util.Map.entry("policies", PoliciesCommand.class),
				java.util.Map.entry("value", ValueCommand.class),
				java.util.Map.entry("providers", ProvidersCommand.class),
				java.util.Map.entry("offers", OffersCommand.class));

	}

}
