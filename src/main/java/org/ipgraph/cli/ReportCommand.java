package org.ipgraph.cli;

import java.io.PrintStream;

import picocli.CommandLine.Option;

/**
 * A verb that answers with one result: printed for people, or with {@code --json} as JSON for
 * machines. A verb implements {@link #report} and {@link #print}.
 *
 * @param <T> the result
 */
abstract class ReportCommand<T> extends ApplicationCommand {

	// The description may be worded per command in messages.properties (key <command path>.json)
	@Option(names = "--json", descriptionKey = "json", description = "Print JSON.")
	boolean json;

	@Override
	final int run(Application application) throws Exception {
		T result = report(application);
		if (this.json) {
			json(result, System.out);
		}
		else {
			print(result, System.out);
		}
		return exitCode(result);
	}

	/**
	 * Computes the result.
	 */
	abstract T report(Application application) throws Exception;

	/**
	 * Prints the result for people.
	 */
	abstract void print(T result, PrintStream out);

	/**
	 * Prints the result for machines.
	 */
	void json(T result, PrintStream out) {
		Output.json(out, result);
	}

	/**
	 * The exit code for a result: {@link #OK} unless overridden.
	 */
	int exitCode(T result) {
		return OK;
	}

}
