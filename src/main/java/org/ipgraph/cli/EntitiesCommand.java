package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.List;

import org.ipgraph.graph.EntityService;
import org.ipgraph.graph.EntitySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "entities", mixinStandardHelpOptions = true,
		description = "List nodes of one type, busiest first, optionally matching a text.")
class EntitiesCommand extends ReportCommand<List<EntitySummary>> {

	@Option(names = "--type", required = true, paramLabel = "LABEL",
			description = "Organization, Person, Patent, Technology, Policy, Fund, Standard, Pool, LitigationCase, "
					+ "Demand or Document.")
	String type;

	@Option(names = "--query", paramLabel = "TEXT", description = "Only nodes whose name or text matches.")
	String query;

	@Option(names = "--limit", defaultValue = "20", description = "How many (default ${DEFAULT-VALUE}).")
	int limit;

	@Override
	List<Class<?>> thinBeans() {
		return List.of(EntityService.class);
	}

	@Override
	ApiRequest<List<EntitySummary>> apiRequest() {
		// arguments the service refuses get their error from the application path
		if (!EntityService.LABELS.containsKey(this.type) || this.limit < 1 || this.limit > EntityService.MAX_LIMIT) {
			return null;
		}
		return new ApiRequest<>(
				"/api/v1/entities?type=" + LocalApi.encode(this.type)
						+ (this.query == null ? "" : "&query=" + LocalApi.encode(this.query)) + "&limit=" + this.limit,
				new tools.jackson.core.type.TypeReference<List<EntitySummary>>() {
				});
	}

	@Override
	List<EntitySummary> report(Application application) {
		if (!EntityService.LABELS.containsKey(this.type)) {
			throw new IllegalArgumentException("Unknown --type '" + this.type + "'. Known: "
					+ String.join(", ", new java.util.TreeSet<>(EntityService.LABELS.keySet())));
		}
		if (this.limit < 1 || this.limit > EntityService.MAX_LIMIT) {
			throw new IllegalArgumentException("--limit must be between 1 and " + EntityService.MAX_LIMIT);
		}
		return application.bean(EntityService.class).list(this.type, this.query, this.limit);
	}

	@Override
	void print(List<EntitySummary> entities, PrintStream out) {
		entities.forEach(e -> out.printf("%-40s %-50s rels=%d mentions=%d%n", e.key(), e.name() == null ? "" : e.name(),
				e.relationships(), e.mentions()));
		if (entities.isEmpty()) {
			out.println("No " + this.type + " nodes" + (this.query != null ? " match." : "."));
		}
	}

}
