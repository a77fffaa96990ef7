package org.ipgraph.db;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The driver GDS work goes through ({@link GdsProperties}): the application's own, or one
 * to the designated GDS server, closed with the application.
 */
public final class GdsConnection implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(GdsConnection.class);

	private final Driver driver;

	private final boolean separate;

	private GdsConnection(Driver driver, boolean separate) {
		this.driver = driver;
		this.separate = separate;
	}

	/**
	 * GDS on the graph's own database.
	 */
	public static GdsConnection sameAs(Driver graph) {
		return new GdsConnection(graph, false);
	}

	static GdsConnection open(GdsProperties properties, GraphConnection graph, Driver graphDriver) {
		if (!properties.separate()) {
			return sameAs(graphDriver);
		}
		String username = properties.username().isBlank() ? graph.username() : properties.username();
		String password = properties.password().isBlank() ? graph.password() : properties.password();
		logger.info("GDS work runs on " + properties.uri() + " as " + username);
		return new GdsConnection(GraphDatabase.driver(properties.uri(), AuthTokens.basic(username, password)), true);
	}

	public Driver driver() {
		return this.driver;
	}

	/**
	 * Whether GDS runs on a server of its own rather than through the graph's driver.
	 */
	public boolean separate() {
		return this.separate;
	}

	@Override
	public void close() {
		if (this.separate) {
			this.driver.close();
		}
	}

}
