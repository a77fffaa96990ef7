package org.ipgraph.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ipgraph.security.Callers;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application for one command: started without a web server, quiet unless asked, on
 * the first {@link #bean} (so that a command checks its options before anything starts),
 * and closed with the command.
 */
final class Application implements AutoCloseable {

	private static final List<Runnable> BEFORE_CLOSE = new CopyOnWriteArrayList<>();

	private final Class<?> source;

	private final CommonOptions options;

	private final Map<String, Object> extra;

	private final List<Class<?>> thinBeans;

	private ConfigurableApplicationContext context;

	Application(Class<?> source, CommonOptions options, Map<String, Object> extra) {
		this(source, options, extra, List.of());
	}

	/**
	 * @param thinBeans for a command that only reads, the beans it asks for: when the
	 * graph is reachable without a server of this process's own, only they start
	 * ({@link ThinContext}); empty to always start the full application
	 */
	Application(Class<?> source, CommonOptions options, Map<String, Object> extra, List<Class<?>> thinBeans) {
		this.source = source;
		this.options = options;
		this.extra = extra;
		this.thinBeans = thinBeans;
	}

	/**
	 * An application over a context started elsewhere (a test's), which {@link #close}
	 * leaves open: a command run on it takes the path it takes without a server, on the
	 * same beans.
	 */
	static Application over(ConfigurableApplicationContext context) {
		Application application = new Application(null, new CommonOptions(), Map.of());
		application.context = context;
		application.borrowed = true;
		return application;
	}

	private boolean borrowed;

	/**
	 * A bean of the application, which starts on the first call.
	 */
	<B> B bean(Class<B> type) {
		return context().getBean(type);
	}

	/**
	 * The started application.
	 */
	ConfigurableApplicationContext context() {
		if (this.context == null) {
			this.context = start();
		}
		return this.context;
	}

	private ConfigurableApplicationContext start() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("logging.level.org.ipgraph", "WARN");
		properties.put("ipgraph.demo.on-empty", "false");
		properties.put("ipgraph.neo4j.http-address", "");
		properties.put("ipgraph.neo4j.bolt-address", "127.0.0.1:0");
		properties.putAll(this.options.properties());
		properties.putAll(this.extra);
		if (!this.thinBeans.isEmpty()) {
			Optional<ConfigurableApplicationContext> thin = ThinContext.open(properties, this.thinBeans);
			if (thin.isPresent()) {
				Callers.actAsOperator();
				return thin.get();
			}
		}
		ConfigurableApplicationContext started = new SpringApplicationBuilder(this.source).web(WebApplicationType.NONE)
			.registerShutdownHook(false)
			.run(arguments(properties));
		// On SIGTERM or Ctrl-C the command first winds down (an ingest writes its batch
		// in flight),
		// then the database closes cleanly
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			BEFORE_CLOSE.forEach(Runnable::run);
			started.close();
		}, "ipgraph-shutdown"));
		Callers.actAsOperator();
		return started;
	}

	@Override
	public void close() {
		if (this.context != null && !this.borrowed) {
			this.context.close();
		}
	}

	/**
	 * Runs an action when the process is asked to stop, before the application closes.
	 */
	static void beforeShutdown(Runnable action) {
		BEFORE_CLOSE.add(action);
	}

	/**
	 * Properties as command-line arguments: they then win over application.properties and
	 * the environment, as options given on the command line should.
	 */
	static String[] arguments(Map<String, Object> properties) {
		return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}

}
