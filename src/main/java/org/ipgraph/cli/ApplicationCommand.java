package org.ipgraph.cli;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Mixin;

/**
 * A verb that works on the application, as neo4j-migrations' {@code ConnectedCommand}
 * works on a connection: the base starts the application without a web server (quiet,
 * against the running server's database when one is up, else the data directory) when the
 * verb first asks for a bean, and closes it when the verb returns. A verb implements
 * {@link #run} only.
 */
abstract class ApplicationCommand extends IpgraphCommand {

	@Mixin
	CommonOptions common;

	@Override
	final int execute() throws Exception {
		Integer answered = answeredByServer();
		if (answered != null) {
			return answered;
		}
		try (Application application = new Application(this.source, this.common, properties(), thinBeans())) {
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
	 * For a verb that only reads the graph, the beans it asks for and what they need
	 * beyond the driver and {@code Neo4jClient}: when a running server or an external one
	 * holds the graph, only they start (about a second, not a full start). Empty (the
	 * default): always the full application.
	 */
	List<Class<?>> thinBeans() {
		return List.of();
	}

	/**
	 * For a verb that only reads, its answer from the API of a server running on the data
	 * directory ({@link LocalApi}), without starting anything in this process; null (the
	 * default) when there is none, and the verb then runs on the application.
	 * @return the exit code, or null
	 */
	Integer answeredByServer() throws Exception {
		return null;
	}

	/**
	 * The API of the ipgraph server running on this command's data directory, if any.
	 */
	final java.util.Optional<LocalApi> localApi() {
		Map<String, Object> properties = new java.util.LinkedHashMap<>(this.common.properties());
		properties.putAll(properties());
		java.nio.file.Path dataDir = LocalApi.dataDir(properties, p -> {
			org.ipgraph.db.DatabaseProperties database = ThinContext.database(p);
			return database.external() ? null : database.dataDir().toAbsolutePath().normalize();
		});
		return dataDir == null ? java.util.Optional.empty() : LocalApi.find(dataDir);
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
