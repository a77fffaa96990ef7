package org.ipgraph.cli;

import java.util.Map;

import picocli.CommandLine.Mixin;

/**
 * A verb that works on the application, as neo4j-migrations' {@code ConnectedCommand} works on
 * a connection: the base starts the application without a web server (quiet, against the
 * running server's database when one is up, else the data directory) when the verb first asks
 * for a bean, and closes it when the verb returns. A verb implements {@link #run} only.
 */
abstract class ApplicationCommand extends IpgraphCommand {

	@Mixin
	CommonOptions common;

	@Override
	final int execute() throws Exception {
		try (Application application = new Application(this.source, this.common, properties())) {
			return run(application);
		}
		finally {
			cleanUp();
		}
	}

	/**
	 * Spring properties this command sets, beyond {@link CommonOptions}.
	 */
	Map<String, Object> properties() {
		return Map.of();
	}

	/**
	 * Runs after the application has closed, e.g. to delete a temporary store.
	 */
	void cleanUp() {
	}

	/**
	 * The verb. Check the options first: the application starts on the first
	 * {@link Application#bean}.
	 * @return the exit code
	 */
	abstract int run(Application application) throws Exception;

}
