package org.ipgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ipgraph.db.DatabaseProperties;
import org.ipgraph.db.GraphConnection;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The quick path of a command that only reads: when the graph is reachable without
 * starting a server in this process (a running ipgraph on the data directory, or the
 * server named by {@code NEO4J_URI}), the command's few beans run in a plain Spring
 * context over a Neo4j driver, without Spring Boot's auto-configuration, the embedded
 * server or the features' other beans: the answer comes in about a second instead of the
 * 8-60 s of a full start. The database settings are bound exactly as the full application
 * binds them ({@code application.properties}, the environment, the command's options).
 */
final class ThinContext {

	private ThinContext() {
	}

	/**
	 * A started context holding a {@link Driver}, a {@link Neo4jClient} and the given
	 * beans, or empty when the graph is not reachable without starting a server (the
	 * command then starts the full application).
	 * @param properties the command's Spring properties
	 * @param beans the classes the command asks for, constructed with the driver and the
	 * client (and each other)
	 */
	static Optional<ConfigurableApplicationContext> open(Map<String, Object> properties, List<Class<?>> beans) {
		Optional<GraphConnection> connection = GraphConnection.withoutStarting(database(properties));
		if (connection.isEmpty()) {
			return Optional.empty();
		}
		// the driver's own INFO lines (created, closing) would land in the command's
		// output
		Driver driver = GraphDatabase.driver(connection.get().uri(), connection.get().authToken(),
				Config.builder().withLogging(Logging.none()).build());
		try {
			driver.verifyConnectivity();
		}
		catch (RuntimeException ex) {
			// a server that went away without removing its run file: start the full way
			driver.close();
			return Optional.empty();
		}
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.registerBean(Driver.class, () -> driver, definition -> definition.setDestroyMethodName("close"));
		context.registerBean(Neo4jClient.class, () -> Neo4jClient.create(driver));
		beans.forEach(context::registerBean);
		context.refresh();
		return Optional.of(context);
	}

	/**
	 * The database settings, bound as the full application binds them.
	 */
	static DatabaseProperties database(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("command", properties));
		try {
			environment.getPropertySources()
				.addLast(new ResourcePropertySource("application", "classpath:application.properties"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ConfigurationPropertySources.attach(environment);
		return Binder.get(environment)
			.bind("ipgraph.neo4j", DatabaseProperties.class)
			.orElseThrow(() -> new IllegalStateException("No ipgraph.neo4j settings in application.properties"));
	}

}
