package org.ipgraph.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ipgraph.db.DatabaseProperties;
import org.ipgraph.db.GraphConnection;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The note a running server leaves in its data directory so that read-only CLI commands
 * started beside it ask its API instead of starting Spring and a Neo4j driver of their
 * own: its address and a random token, written readable by the owner only
 * ({@value #FILE_NAME}, removed when the server stops). Whoever can read the file can
 * read the data directory, and with it the database password, so the token gives no more
 * than that already does; it is accepted for GET and HEAD from loopback only, as a caller
 * named {@value #PRINCIPAL} with the ANALYST role (what the CLI sees: everything,
 * read-only). Only a server that runs the in-process database writes the note; with
 * {@code NEO4J_URI} the data directory is not the graph's.
 */
@Component
public class LocalApiToken {

	/** The file in the data directory. */
	public static final String FILE_NAME = "ipgraph-api.properties";

	/** The caller the token authenticates, as the audit log names it. */
	public static final String PRINCIPAL = "cli:local";

	private static final Log logger = LogFactory.getLog(LocalApiToken.class);

	private final byte[] token;

	private final Path dataDir;

	private final Environment environment;

	private volatile Path written;

	LocalApiToken(GraphConnection connection, DatabaseProperties database, Environment environment) {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		this.token = ("ipg_local_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random))
			.getBytes(StandardCharsets.US_ASCII);
		this.dataDir = connection.mode() == GraphConnection.Mode.EMBEDDED
				? database.dataDir().toAbsolutePath().normalize() : null;
		this.environment = environment;
	}

	/**
	 * Whether the bearer token is this server's local token, sent by a GET or HEAD from
	 * loopback.
	 * @param request the request, or null outside one
	 */
	boolean accepts(String bearer, HttpServletRequest request) {
		if (this.written == null || bearer == null || request == null
				|| !MessageDigest.isEqual(this.token, bearer.getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return false;
		}
		try {
			return InetAddress.ofLiteral(request.getRemoteAddr()).isLoopbackAddress();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@EventListener
	void started(WebServerInitializedEvent event) {
		if (this.dataDir == null || event.getApplicationContext().getServerNamespace() != null) {
			return;
		}
		String address = this.environment.getProperty("server.address", "127.0.0.1");
		String host = address.isBlank() || "0.0.0.0".equals(address) || "::".equals(address) ? "127.0.0.1"
				: address.contains(":") ? "[" + address + "]" : address;
		String path = this.environment.getProperty("server.servlet.context-path", "");
		write(this.dataDir, ProcessHandle.current().pid(),
				"http://" + host + ":" + event.getWebServer().getPort() + path);
	}

	/**
	 * Writes the note, readable by the owner only; where the file system has no POSIX
	 * permissions, no note is written (the CLI then starts its own context).
	 */
	public void write(Path dir, long pid, String url) {
		Path file = dir.resolve(FILE_NAME);
		Properties properties = new Properties();
		properties.setProperty("pid", Long.toString(pid));
		properties.setProperty("url", url);
		properties.setProperty("token", new String(this.token, StandardCharsets.US_ASCII));
		try {
			Files.deleteIfExists(file);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			try (OutputStream out = Files.newOutputStream(file)) {
				properties.store(out, "written by the running ipgraph server for read-only CLI commands; secret");
			}
			this.written = file;
		}
		catch (UnsupportedOperationException | FileAlreadyExistsException ex) {
			logger.debug("No local API note in " + dir + ": " + ex);
		}
		catch (IOException ex) {
			logger.warn("Could not write the local API note " + file + ": " + ex.getMessage());
		}
	}

	@EventListener
	void stopped(ContextClosedEvent event) {
		remove();
	}

	/**
	 * Removes the note this server wrote, unless another server has written its own
	 * since.
	 */
	public void remove() {
		Path file = this.written;
		if (file == null) {
			return;
		}
		this.written = null;
		try {
			Properties properties = new Properties();
			try (var in = Files.newInputStream(file)) {
				properties.load(in);
			}
			// another server may have taken the directory since
			if (new String(this.token, StandardCharsets.US_ASCII).equals(properties.getProperty("token"))) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// a note left behind names a process that is gone: the CLI ignores it
		}
	}

}
