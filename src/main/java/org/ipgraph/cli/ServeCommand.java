package org.ipgraph.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import org.springframework.boot.builder.SpringApplicationBuilder;

@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Run the REST API (default http://127.0.0.1:8080) with the in-process Neo4j and its Browser "
				+ "(http://127.0.0.1:7474/browser/). An empty database gets the synthetic demo ecosystem. Any setting "
				+ "of application.properties can follow as --name=value, e.g. --ipgraph.security.requests-per-minute=600.")
class ServeCommand extends IpgraphCommand {

	@Mixin
	CommonOptions common;

	@Option(names = "--no-demo", description = "Do not load the demo ecosystem into an empty database.")
	boolean noDemo;

	@Option(names = "--port", description = "HTTP port of the API (default: $IPGRAPH_PORT or 8080).")
	Integer port;

	/** A setting of application.properties: {@code --name=value}. */
	static final Pattern SETTING = Pattern.compile("--[a-z][a-z0-9.\\[\\]-]*=.*");

	/**
	 * Settings given after the options, checked in {@link #execute()}.
	 */
	@Unmatched
	List<String> settings = new ArrayList<>();

	@Override
	int execute() {
		for (String setting : this.settings) {
			if (!SETTING.matcher(setting).matches()) {
				throw new IllegalArgumentException(
						"give settings as --name=value (a property of application.properties), not " + setting);
			}
		}
		Map<String, Object> properties = new LinkedHashMap<>(this.common.properties());
		if (this.noDemo) {
			properties.put("ipgraph.demo.on-empty", "false");
		}
		if (this.port != null) {
			properties.put("server.port", this.port);
		}
		List<String> arguments = new ArrayList<>(List.of(Application.arguments(properties)));
		// given last, so that a setting named on the command line wins
		arguments.addAll(this.settings);
		new SpringApplicationBuilder(this.source).run(arguments.toArray(String[]::new));
		return IpgraphCli.KEEP_RUNNING;
	}

}
