package org.ipgraph.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.CommunityBootstrapper;

/**
 * An in-process Neo4j Community server: the store under a data directory, Bolt and HTTP
 * (with Neo4j Browser) on loopback by default, authentication on, and the Graph Data
 * Science plugin.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4j.class);

	private final Settings settings;

	private final StoreLock lock;

	private final CommunityBootstrapper bootstrapper;

	private final String password;

	private final boolean passwordGenerated;

	private EmbeddedNeo4j(Settings settings, StoreLock lock, CommunityBootstrapper bootstrapper,
			InitialPassword.Result password) {
		this.settings = settings;
		this.lock = lock;
		this.bootstrapper = bootstrapper;
		this.password = password.password();
		this.passwordGenerated = password.generated();
	}

	/**
	 * Starts the server, or fails with a message that names the cause (store in use, port
	 * taken, unreadable password file).
	 */
	public static EmbeddedNeo4j start(Settings settings) {
		Path home = settings.dataDir().toAbsolutePath().normalize();
		StoreLock lock = StoreLock.acquire(home);
		try {
			GdsPlugins.install(home.resolve("plugins"));
			if (settings.httpAddress() != null && !settings.httpAddress().isBlank()) {
				BrowserAssets.install(home);
			}
			InitialPassword.Result password = InitialPassword.ensure(home);
			CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
			int rc = bootstrapper.start(home, configuration(home, settings));
			if (rc != 0 || bootstrapper.getDatabaseManagementService() == null) {
				throw new DatabaseStartException(
						"Neo4j did not start (code " + rc + "). Is port " + settings.boltAddress() + " or "
								+ settings.httpAddress() + " taken? See " + home.resolve("logs").resolve("neo4j.log"),
						null);
			}
			return new EmbeddedNeo4j(settings, lock, bootstrapper, password);
		}
		catch (RuntimeException ex) {
			lock.close();
			throw ex;
		}
	}

	/**
	 * Neo4j's bootstrapper stops the database from a JVM shutdown hook of its own, which
	 * on SIGTERM runs at the same time as the application's: the database would close
	 * under a request or an ingest batch still in flight. An owner that closes this
	 * server itself, after its own work has wound down (the Spring context does), removes
	 * that hook with this.
	 * @return this server
	 */
	public EmbeddedNeo4j closedByOwner() {
		try {
			java.lang.reflect.Method remove = org.neo4j.server.NeoBootstrapper.class
				.getDeclaredMethod("removeShutdownHook");
			remove.setAccessible(true);
			remove.invoke(this.bootstrapper);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			logger.debug("Neo4j's shutdown hook stays: " + ex);
		}
		return this;
	}

	static Map<String, String> configuration(Path home, Settings settings) {
		Map<String, String> config = new LinkedHashMap<>();
		config.put("server.default_listen_address", "127.0.0.1");
		config.put("server.bolt.enabled", "true");
		String bolt = withConcretePort(settings.boltAddress());
		config.put("server.bolt.listen_address", bolt);
		// Neo4j Browser learns the Bolt address from the HTTP discovery document
		config.put("server.bolt.advertised_address", bolt);
		config.put("server.bolt.tls_level", "DISABLED");
		boolean http = settings.httpAddress() != null && !settings.httpAddress().isBlank();
		config.put("server.http.enabled", Boolean.toString(http));
		if (http) {
			String address = withConcretePort(settings.httpAddress());
			config.put("server.http.listen_address", address);
			// Browser applies ipgraph's style and opens its guide on connect (settings
			// below may override)
			config.putAll(BrowserGuide.onConnect(address));
		}
		config.put("server.https.enabled", "false");
		config.put("dbms.security.auth_enabled", "true");
		config.put("server.directories.plugins", home.resolve("plugins").toString());
		config.put("dbms.security.procedures.unrestricted", "gds.*");
		config.put("dbms.usage_report.enabled", "false");
		config.put("server.memory.pagecache.size", settings.pageCache());
		config.put("db.transaction.timeout", settings.transactionTimeout().toSeconds() + "s");
		config.put("server.logs.user.config", userLogConfig(home).toString());
		// Bolt otherwise waits a fixed 10 s quiet period at shutdown; the app has stopped
		// its
		// own work by then, so in-flight requests get a bounded grace time instead
		config.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
		config.put("internal.dbms.bolt.netty_server_shutdown_timeout", "5s");
		config.putAll(settings.extra());
		return config;
	}

	// Port 0 means any free port; it is chosen here so that it can be advertised too
	private static String withConcretePort(String address) {
		int colon = address.lastIndexOf(':');
		if (colon < 0 || !address.substring(colon + 1).equals("0")) {
			return address;
		}
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(address.substring(0, colon)))) {
			return address.substring(0, colon) + ":" + socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path userLogConfig(Path home) {
		Path target = home.resolve("conf").resolve("user-logs.xml");
		try (InputStream in = EmbeddedNeo4j.class.getResourceAsStream("neo4j-user-logs.xml")) {
			Files.createDirectories(target.getParent());
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public URI boltUri() {
		return URI.create("bolt://" + address(ConnectorType.BOLT).orElseThrow());
	}

	public Optional<URI> httpUri() {
		return address(ConnectorType.HTTP).map(address -> URI.create("http://" + address));
	}

	private Optional<String> address(ConnectorType type) {
		GraphDatabaseAPI system = (GraphDatabaseAPI) dbms().database("system");
		HostnamePort address = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(type);
		return Optional.ofNullable(address).map(a -> a.getHost() + ":" + a.getPort());
	}

	public String username() {
		return "neo4j";
	}

	public String password() {
		return this.password;
	}

	/**
	 * Whether this start generated the password: it is shown once, then only kept on
	 * disk.
	 */
	public boolean passwordGenerated() {
		return this.passwordGenerated;
	}

	public Path dataDir() {
		return this.settings.dataDir().toAbsolutePath().normalize();
	}

	public DatabaseManagementService dbms() {
		return this.bootstrapper.getDatabaseManagementService();
	}

	/**
	 * The default database (the one Bolt sessions without a database name use), for work
	 * that goes through the in-process Java API rather than Bolt and Cypher.
	 */
	public GraphDatabaseService database() {
		GraphDatabaseAPI system = (GraphDatabaseAPI) dbms().database("system");
		String name = system.getDependencyResolver()
			.resolveDependency(Config.class)
			.get(GraphDatabaseSettings.initial_default_database);
		return dbms().database(name);
	}

	@Override
	public void close() {
		try {
			if (this.bootstrapper.isRunning()) {
				logger.info("Stopping the embedded Neo4j in " + dataDir());
				this.bootstrapper.stop();
			}
		}
		finally {
			this.lock.close();
		}
	}

	/**
	 * How to run the server.
	 *
	 * @param dataDir the Neo4j home: store, logs, plugins, password
	 * @param boltAddress host:port, port 0 for any free one
	 * @param httpAddress host:port, or blank for no HTTP (and no Browser)
	 * @param pageCache page cache size, e.g. {@code 512m}
	 * @param transactionTimeout longest a transaction may run
	 * @param extra further Neo4j settings
	 */
	public record Settings(Path dataDir, String boltAddress, String httpAddress, String pageCache,
			Duration transactionTimeout, Map<String, String> extra) {

		public Settings {
			extra = Map.copyOf(extra);
		}

	}

}
