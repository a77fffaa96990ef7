package org.ipgraph.db;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * How this process reaches the graph: an external server, the in-process server of
 * another ipgraph process on the same data directory, or an in-process server of its own.
 */
public final class GraphConnection implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(GraphConnection.class);

	private final Mode mode;

	private final URI uri;

	private final String username;

	private final String password;

	private final EmbeddedNeo4j embedded;

	private GraphConnection(Mode mode, URI uri, String username, String password, EmbeddedNeo4j embedded) {
		this.mode = mode;
		this.uri = uri;
		this.username = username;
		this.password = password;
		this.embedded = embedded;
	}

	/**
	 * Resolves the connection for these settings, starting the in-process server if
	 * needed.
	 * @param console where the one-time password notice goes
	 */
	public static GraphConnection open(DatabaseProperties properties, PrintStream console) {
		if (properties.external()) {
			if (properties.password() == null || properties.password().isBlank()) {
				throw new DatabaseStartException("NEO4J_URI is set but NEO4J_PASSWORD is not. ipgraph has no "
						+ "default password: set the password of " + properties.username() + ".", null);
			}
			return new GraphConnection(Mode.EXTERNAL, URI.create(properties.uri()), properties.username(),
					properties.password(), null);
		}
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		Optional<RunningServer> running = RunningServer.find(dataDir);
		if (running.isPresent()) {
			try {
				return new GraphConnection(Mode.ATTACHED, running.get().bolt(), "neo4j", InitialPassword.read(dataDir),
						null);
			}
			catch (IOException ex) {
				throw new DatabaseStartException("A server (pid " + running.get().pid() + ") runs on " + dataDir
						+ " but its password file cannot be read: " + ex.getMessage(), ex);
			}
		}
		EmbeddedNeo4j embedded = EmbeddedNeo4j.start(properties.embeddedSettings()).closedByOwner();
		new RunningServer(ProcessHandle.current().pid(), embedded.boltUri(),
				embedded.httpUri().map(URI::toString).orElse(""))
			.write(dataDir);
		if (embedded.passwordGenerated()) {
			console.println();
			console.println("  A new graph store was created in " + dataDir);
			console.println("  Neo4j user:     neo4j");
			console.println("  Neo4j password: " + embedded.password());
			console
				.println("  This password is shown once. It is kept in " + dataDir.resolve(InitialPassword.FILE_NAME));
			console.println();
		}
		logger.info("In-process Neo4j on " + embedded.boltUri()
				+ embedded.httpUri().map(http -> ", Browser at " + http + "/browser/").orElse(""));
		return new GraphConnection(Mode.EMBEDDED, embedded.boltUri(), embedded.username(), embedded.password(),
				embedded);
	}

	/**
	 * The connection when the graph is reachable without starting a server in this
	 * process: an external server (with its password set), or the in-process server of a
	 * running ipgraph on the data directory; else empty. Nothing is started.
	 */
	public static Optional<GraphConnection> withoutStarting(DatabaseProperties properties) {
		if (properties.external()) {
			return properties.password() == null || properties.password().isBlank() ? Optional.empty()
					: Optional.of(new GraphConnection(Mode.EXTERNAL, URI.create(properties.uri()),
							properties.username(), properties.password(), null));
		}
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		Optional<RunningServer> running = RunningServer.find(dataDir);
		if (running.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new GraphConnection(Mode.ATTACHED, running.get().bolt(), "neo4j",
					InitialPassword.read(dataDir), null));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The user and password as a driver's authentication.
	 */
	public org.neo4j.driver.AuthToken authToken() {
		return org.neo4j.driver.AuthTokens.basic(this.username, this.password);
	}

	public Mode mode() {
		return this.mode;
	}

	public URI uri() {
		return this.uri;
	}

	public String username() {
		return this.username;
	}

	String password() {
		return this.password;
	}

	public Optional<EmbeddedNeo4j> embedded() {
		return Optional.ofNullable(this.embedded);
	}

	@Override
	public void close() {
		if (this.embedded != null) {
			RunningServer.remove(this.embedded.dataDir());
			this.embedded.close();
		}
	}

	public enum Mode {

		/** A Neo4j server named by NEO4J_URI. */
		EXTERNAL,
		/** The in-process server of another ipgraph process on this data directory. */
		ATTACHED,
		/** An in-process server started by this process. */
		EMBEDDED

	}

}
