package org.ipgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * The fastest path of a command that only reads: the API of the ipgraph server running on
 * the data directory, asked with the token it left there
 * ({@code org.ipgraph.security.LocalApiToken}). No Spring context and no Neo4j driver
 * start in the command's process, so it answers in about the time the JVM takes to start.
 * Anything but a 200 answer (no server, a server that went away, an error, a server with
 * JWT authentication) leaves the command to its other paths, which report errors as
 * always.
 *
 * @param url the server's base URL
 * @param token its local token
 */
record LocalApi(URI url, String token) {

	/**
	 * Whether commands may use the server's API: {@code IPGRAPH_CLI_API=false} turns the
	 * path off (e.g. to compare it with the others).
	 */
	static boolean enabled() {
		return !"false".equalsIgnoreCase(System.getenv("IPGRAPH_CLI_API"))
				&& !"false".equalsIgnoreCase(System.getProperty("ipgraph.cli.api"));
	}

	private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern
		.compile("\\$\\{([A-Z][A-Z0-9_]*):([^${}]*)}");

	/**
	 * The command's data directory, without starting Spring's configuration binding
	 * (which initialises logging and takes seconds): the command's {@code --data-dir},
	 * else {@code application.properties}' {@code ipgraph.neo4j.data-dir} with its
	 * environment placeholder resolved. Where the settings could come from anywhere else
	 * (Spring's own environment variables and system properties, a configuration file in
	 * the working directory), {@code spring} binds them as the application would.
	 * @param properties the command's Spring properties
	 * @param spring binds the settings as the application does: the data directory, or
	 * null when the graph is on an external server
	 * @return the data directory, or null when the graph is on an external server
	 */
	static Path dataDir(java.util.Map<String, Object> properties,
			java.util.function.Function<java.util.Map<String, Object>, Path> spring) {
		java.util.Map<String, String> env = System.getenv();
		boolean elsewhere = java.util.stream.Stream
			.of("IPGRAPH_NEO4J_DATADIR", "IPGRAPH_NEO4J_URI", "SPRING_APPLICATION_JSON", "SPRING_CONFIG_LOCATION",
					"SPRING_CONFIG_ADDITIONAL_LOCATION", "SPRING_CONFIG_IMPORT", "SPRING_PROFILES_ACTIVE")
			.anyMatch(env::containsKey)
				|| System.getProperties()
					.stringPropertyNames()
					.stream()
					.anyMatch(n -> n.startsWith("ipgraph.neo4j.") || n.startsWith("spring."))
				|| java.util.stream.Stream.of("application.properties", "application.yml", "application.yaml", "config")
					.anyMatch(f -> Files.exists(Path.of(f)));
		Properties defaults = new Properties();
		try (InputStream in = LocalApi.class.getResourceAsStream("/application.properties")) {
			if (in == null) {
				elsewhere = true;
			}
			else {
				defaults.load(in);
			}
		}
		catch (IOException ex) {
			elsewhere = true;
		}
		String uri = properties.containsKey("ipgraph.neo4j.uri") ? String.valueOf(properties.get("ipgraph.neo4j.uri"))
				: resolve(defaults.getProperty("ipgraph.neo4j.uri"), env);
		String dir = properties.containsKey("ipgraph.neo4j.data-dir")
				? String.valueOf(properties.get("ipgraph.neo4j.data-dir"))
				: resolve(defaults.getProperty("ipgraph.neo4j.data-dir"), env);
		if (elsewhere || uri == null || dir == null) {
			return spring.apply(properties);
		}
		return uri.isBlank() ? Path.of(dir).toAbsolutePath().normalize() : null;
	}

	// a value that is literal or one ${NAME:default} placeholder; null for anything else
	private static String resolve(String value, java.util.Map<String, String> env) {
		if (value == null) {
			return null;
		}
		java.util.regex.Matcher m = PLACEHOLDER.matcher(value);
		if (m.matches()) {
			return env.getOrDefault(m.group(1), m.group(2));
		}
		return value.contains("$") ? null : value;
	}

	/**
	 * A query parameter's value or a path segment, percent-encoded (spaces as
	 * {@code %20}).
	 */
	static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * A path with its query: the parameters given as name, value, name, value...; a null
	 * value is left out, a list gives the parameter once per element.
	 * @param path the path, already encoded
	 * @return the path and query, or null when a list element holds a comma (the server
	 * would split a single such value) or a value is blank (the server would read it as
	 * absent): such requests take the command's other paths
	 */
	static String path(String path, Object... parameters) {
		StringBuilder query = new StringBuilder(path);
		char separator = '?';
		for (int i = 0; i < parameters.length; i += 2) {
			Object value = parameters[i + 1];
			java.util.List<?> values = value instanceof java.util.List<?> list ? list
					: value == null ? java.util.List.of() : java.util.List.of(value);
			for (Object v : values) {
				String text = String.valueOf(v);
				if (text.isBlank() || value instanceof java.util.List<?> && text.contains(",")) {
					return null;
				}
				query.append(separator).append(parameters[i]).append('=').append(encode(text));
				separator = '&';
			}
		}
		return query.toString();
	}

	/**
	 * The API of the server running on the data directory, or empty when no live server
	 * left a note there.
	 */
	static Optional<LocalApi> find(Path dataDir) {
		Path file = dataDir.resolve(org.ipgraph.security.LocalApiToken.FILE_NAME);
		if (!enabled() || !Files.isReadable(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
			long pid = Long.parseLong(properties.getProperty("pid"));
			if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
				return Optional.empty();
			}
			String url = properties.getProperty("url");
			String token = properties.getProperty("token");
			return url == null || token == null ? Optional.empty() : Optional.of(new LocalApi(URI.create(url), token));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The body of a 200 answer to a GET, or empty for any other outcome.
	 * @param pathAndQuery e.g. {@code /api/v1/stats}, already encoded
	 */
	Optional<String> get(String pathAndQuery) {
		// HttpURLConnection, not java.net.http.HttpClient: a fraction of the classes to
		// load and no selector thread to start, for the one request of the command
		java.net.HttpURLConnection connection = null;
		try {
			connection = (java.net.HttpURLConnection) URI.create(this.url + pathAndQuery).toURL().openConnection();
			connection.setConnectTimeout((int) Duration.ofSeconds(2).toMillis());
			connection.setReadTimeout((int) Duration.ofMinutes(2).toMillis());
			connection.setUseCaches(false);
			connection.setInstanceFollowRedirects(false);
			connection.setRequestProperty("Authorization", "Bearer " + this.token);
			connection.setRequestProperty("Accept", "application/json");
			if (connection.getResponseCode() != 200) {
				return Optional.empty();
			}
			try (InputStream in = connection.getInputStream()) {
				return Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		finally {
			if (connection != null) {
				connection.disconnect();
			}
		}
	}

}
