package org.ipgraph.cli;

import java.io.PrintWriter;

import org.ipgraph.db.DatabaseStartException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ipgraph}: the root command.
 */
@Command(name = "ipgraph", mixinStandardHelpOptions = true, version = "ipgraph 0.1.0",
		description = "Knowledge graph and recommendations for IP ecosystems.",
		subcommands = { ServeCommand.class, IngestCommand.class, StatsCommand.class, EntitiesCommand.class,
				UsersCommand.class, AuditCommand.class, BackupCommand.class, RestoreCommand.class,
				EvaluateCommand.class, DemoCommand.class,
				NlpCommand.class, EvidenceCommand.class, PartnersCommand.class, PoolsCommand.class, RiskCommand.class,
				LoadTestCommand.class, ExpertsCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:some records were rejected, the rest stored", "2:usage error",
				"3:the command failed (message on stderr)" })
public class IpgraphCli {

	/** Returned by {@code serve}: the web server keeps the JVM alive. */
	public static final int KEEP_RUNNING = -1;

	/** A failure that is not a usage error. */
	public static final int FAILED = 3;

	/**
	 * Runs a command line.
	 * @param application the Spring Boot application class the commands start
	 * @param args the command line
	 * @return the exit code, or {@link #KEEP_RUNNING}
	 */
	public static int run(Class<?> application, String... args) {
		Application.source(application);
		CommandLine cli = new CommandLine(new IpgraphCli());
		cli.setExecutionExceptionHandler(IpgraphCli::failed);
		return cli.execute(args);
	}

	private static int failed(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
		PrintWriter err = cli.getErr();
		Throwable cause = rootCause(ex);
		if (cause instanceof DatabaseStartException || cause instanceof IllegalArgumentException
				|| cause instanceof java.io.UncheckedIOException) {
			err.println("ipgraph: " + cause.getMessage());
		}
		else {
			err.println("ipgraph: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
			err.println("Run with --verbose for details, or see the log above.");
		}
		err.flush();
		return cause instanceof IllegalArgumentException ? 2 : FAILED;
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable current = ex;
		while (current.getCause() != null && !(current instanceof DatabaseStartException)) {
			current = current.getCause();
		}
		return current;
	}

}
