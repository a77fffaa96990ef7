package org.ipgraph.cli;

import java.util.Map;

import org.ipgraph.security.Callers;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application for a command.
 */
final class Application {

	private static Class<?> source;

	private Application() {
	}

	/**
	 * The application class that commands start (given by the main class, which the CLI does
	 * not name: the root package depends on the CLI, not the other way round).
	 */
	static void source(Class<?> application) {
		source = application;
	}

	static Class<?> source() {
		return source;
	}

	/**
	 * The application without a web server, quiet unless asked, for one command.
	 */
	static ConfigurableApplicationContext forCommand(CommonOptions options, Map<String, Object> extra) {
		Map<String, Object> properties = new java.util.LinkedHashMap<>();
		properties.put("logging.level.org.ipgraph", "WARN");
		properties.put("ipgraph.demo.on-empty", "false");
		properties.put("ipgraph.neo4j.http-address", "");
		properties.put("ipgraph.neo4j.bolt-address", "127.0.0.1:0");
		properties.putAll(options.properties());
		properties.putAll(extra);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(source)
			.web(WebApplicationType.NONE)
			.registerShutdownHook(false)
			.run(arguments(properties));
		// On SIGTERM or Ctrl-C the command first winds down (an ingest writes its batch in flight),
		// then the database closes cleanly
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			BEFORE_CLOSE.forEach(Runnable::run);
			context.close();
		}, "ipgraph-shutdown"));
		Callers.actAsOperator();
		return context;
	}

	private static final java.util.List<Runnable> BEFORE_CLOSE = new java.util.concurrent.CopyOnWriteArrayList<>();

	/**
	 * Runs an action when the process is asked to stop, before the application closes.
	 */
	static void beforeShutdown(Runnable action) {
		BEFORE_CLOSE.add(action);
	}

	/**
	 * Properties as command-line arguments: they then win over application.properties and the
	 * environment, as options given on the command line should.
	 */
	static String[] arguments(Map<String, Object> properties) {
		return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}

}
