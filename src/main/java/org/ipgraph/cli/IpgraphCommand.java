package org.ipgraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

import org.ipgraph.db.DatabaseStartException;
import org.ipgraph.web.ConflictException;
import org.ipgraph.web.NotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of every verb: runs it and maps what it throws to the documented exit codes,
 * with the reason on stderr. Most verbs work on the application and extend
 * {@link ApplicationCommand}; this class serves the few that only touch files.
 */
abstract class IpgraphCommand implements Callable<Integer> {

	/** Success. */
	static final int OK = 0;

	/** Some records were rejected, the rest stored. */
	static final int REJECTED = 1;

	/** A usage error: an option or argument the command cannot work with. */
	static final int USAGE = 2;

	/** The command failed; the reason is printed. */
	static final int FAILED = 3;

	@Spec
	CommandSpec spec;

	/** The application class, for verbs that start it; set by {@link IpgraphCli}. */
	Class<?> source;

	@Override
	public final Integer call() {
		try {
			return execute();
		}
		catch (CommandLine.ParameterException ex) {
			// picocli prints the message and the usage, and exits with USAGE
			throw ex;
		}
		catch (Exception ex) {
			return failed(ex, this.spec.commandLine().getErr());
		}
		catch (OutOfMemoryError ex) {
			// bounded readers make this a defect, not a verdict on the input: say so and
			// exit as a failure, never as "some records rejected"
			PrintWriter err = this.spec.commandLine().getErr();
			err.println("ipgraph: out of memory (" + ex.getMessage() + "); raise -Xmx in IPGRAPH_JAVA_OPTS "
					+ "or lower the limits in docs/SECURITY.md, and report the input that caused it");
			err.flush();
			return FAILED;
		}
	}

	/**
	 * Does the verb's work.
	 * @return the exit code
	 * @throws IllegalArgumentException for a usage error
	 */
	abstract int execute() throws Exception;

	/**
	 * A usage error ({@link IllegalArgumentException}) exits with {@link #USAGE},
	 * anything else with {@link #FAILED}; expected failures print their message, others
	 * their type too.
	 */
	static int failed(Throwable ex, PrintWriter err) {
		Throwable cause = rootCause(ex);
		if (cause instanceof DatabaseStartException || cause instanceof IllegalArgumentException
				|| cause instanceof UncheckedIOException || cause instanceof NotFoundException
				|| cause instanceof ConflictException) {
			err.println("ipgraph: " + cause.getMessage());
		}
		else {
			err.println("ipgraph: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
			err.println("Run with --verbose for details, or see the log above.");
		}
		err.flush();
		return cause instanceof IllegalArgumentException ? USAGE : FAILED;
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable current = ex;
		while (current.getCause() != null && !(current instanceof DatabaseStartException)) {
			current = current.getCause();
		}
		return current;
	}

}
