package org.ipgraph.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ipgraph.graph.EntityService;
import org.ipgraph.graph.EntitySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

@Command(name = "entities", mixinStandardHelpOptions = true,
		description = "List nodes of one type, busiest first, optionally matching a text.")
class EntitiesCommand implements Callable<Integer> {

	@Mixin
	CommonOptions common;

	@Option(names = "--type", required = true, paramLabel = "LABEL",
			description = "Organization, Person, Patent, Technology, Policy, Fund, Standard, Pool, LitigationCase, "
					+ "Demand or Document.")
	String type;

	@Option(names = "--query", paramLabel = "TEXT", description = "Only nodes whose name or text matches.")
	String query;

	@Option(names = "--limit", defaultValue = "20", description = "How many (default ${DEFAULT-VALUE}).")
	int limit;

	@Option(names = "--json", description = "Print JSON.")
	boolean json;

	@Override
	public Integer call() {
		if (!EntityService.LABELS.containsKey(this.type)) {
			throw new IllegalArgumentException("Unknown --type '" + this.type + "'. Known: "
					+ String.join(", ", new java.util.TreeSet<>(EntityService.LABELS.keySet())));
		}
		if (this.limit < 1 || this.limit > 10_000) {
			throw new IllegalArgumentException("--limit must be between 1 and 10000");
		}
		try (ConfigurableApplicationContext context = Application.forCommand(this.common, Map.of())) {
			List<EntitySummary> entities = context.getBean(EntityService.class)
				.list(this.type, this.query, this.limit);
			if (this.json) {
				Output.json(System.out, entities);
			}
			else {
				entities.forEach(e -> System.out.printf("%-40s %-50s rels=%d mentions=%d%n", e.key(),
						e.name() == null ? "" : e.name(), e.relationships(), e.mentions()));
				if (entities.isEmpty()) {
					System.out.println("No " + this.type + " nodes" + (this.query != null ? " match." : "."));
				}
			}
			return 0;
		}
	}

}
