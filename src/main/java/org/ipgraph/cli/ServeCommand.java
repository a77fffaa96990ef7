package org.ipgraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.boot.builder.SpringApplicationBuilder;

@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Run the REST API (default http://127.0.0.1:8080) with the in-process Neo4j and its Browser "
				+ "(http://127.0.0.1:7474/browser/). An empty database gets the synthetic demo ecosystem.")
class ServeCommand extends IpgraphCommand {

	@Mixin
	CommonOptions common;

	@Option(names = "--no-demo", description = "Do not load the demo ecosystem into an empty database.")
	boolean noDemo;

	@Option(names = "--port", description = "HTTP port of the API (default: $IPGRAPH_PORT or 8080).")
	Integer port;

	@Override
	int execute() {
		Map<String, Object> properties = new LinkedHashMap<>(this.common.properties());
		if (this.noDemo) {
			properties.put("ipgraph.demo.on-empty", "false");
		}
		if (this.port != null) {
			properties.put("server.port", this.port);
		}
		new SpringApplicationBuilder(this.source).run(Application.arguments(properties));
		return IpgraphCli.KEEP_RUNNING;
	}

}
