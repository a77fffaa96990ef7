package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.List;

import org.ipgraph.graph.GraphStats;
import org.ipgraph.graph.GraphStatsService;
import picocli.CommandLine.Command;

@Command(name = "stats", mixinStandardHelpOptions = true,
		description = "Count nodes by label and relationships by type.")
class StatsCommand extends ReportCommand<GraphStats> {

	@Override
	List<Class<?>> thinBeans() {
		return List.of(GraphStatsService.class);
	}

	@Override
	ApiRequest<GraphStats> apiRequest() {
		return new ApiRequest<>("/api/v1/stats", GraphStats.class);
	}

	@Override
	GraphStats report(Application application) {
		return application.bean(GraphStatsService.class).stats();
	}

	@Override
	void print(GraphStats stats, PrintStream out) {
		out.printf("Nodes: %,d%n", stats.nodes());
		stats.labels().forEach((label, count) -> out.printf("  %-22s %,12d%n", label, count));
		out.printf("Relationships: %,d%n", stats.relationships());
		stats.relationshipTypes().forEach((type, count) -> out.printf("  %-22s %,12d%n", type, count));
	}

}
