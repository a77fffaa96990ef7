package org.ipgraph.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.ipgraph.graph.GraphStats;
import org.ipgraph.graph.GraphStatsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count nodes by label and relationships by type.")
class StatsCommand implements Callable<Integer> {

	@Mixin
	CommonOptions common;

	@Option(names = "--json", description = "Print JSON.")
	boolean json;

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = Application.forCommand(this.common, Map.of())) {
			GraphStats stats = context.getBean(GraphStatsService.class).stats();
			if (this.json) {
				Output.json(System.out, stats);
			}
			else {
				System.out.printf("Nodes: %,d%n", stats.nodes());
				stats.labels().forEach((label, count) -> System.out.printf("  %-22s %,12d%n", label, count));
				System.out.printf("Relationships: %,d%n", stats.relationships());
				stats.relationshipTypes().forEach((type, count) -> System.out.printf("  %-22s %,12d%n", type, count));
			}
			return 0;
		}
	}

}
