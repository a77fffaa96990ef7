package org.ipgraph.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The note a process leaves in the data directory while it runs the in-process server, so
 * that CLI commands started meanwhile connect to that server over Bolt instead of opening
 * the store.
 *
 * @param pid the server's process
 * @param bolt its Bolt address
 * @param http its Neo4j HTTP address, if any
 */
public record RunningServer(long pid, URI bolt, String http) {

	static final String FILE_NAME = "ipgraph-server.properties";

	static Optional<RunningServer> find(Path dataDir) {
		Path file = dataDir.resolve(FILE_NAME);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
			RunningServer server = new RunningServer(Long.parseLong(properties.getProperty("pid")),
					URI.create(properties.getProperty("bolt")), properties.getProperty("http", ""));
			return server.alive() ? Optional.of(server) : Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	void write(Path dataDir) {
		Properties properties = new Properties();
		properties.setProperty("pid", Long.toString(this.pid));
		properties.setProperty("bolt", this.bolt.toString());
		properties.setProperty("http", this.http);
		try (OutputStream out = Files.newOutputStream(dataDir.resolve(FILE_NAME))) {
			properties.store(out, "written by the ipgraph process that runs the in-process Neo4j");
		}
		catch (IOException ex) {
			// CLI commands will then report the store as in use instead of attaching
		}
	}

	static void remove(Path dataDir) {
		try {
			Files.deleteIfExists(dataDir.resolve(FILE_NAME));
		}
		catch (IOException ex) {
			// a stale note is ignored once its process is gone
		}
	}

	private boolean alive() {
		if (ProcessHandle.of(this.pid).map(ProcessHandle::isAlive).orElse(false)) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(this.bolt.getHost(), this.bolt.getPort()), 2000);
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		}
		return false;
	}

}
