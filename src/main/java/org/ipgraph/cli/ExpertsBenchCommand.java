package org.ipgraph.cli;

import java.util.List;
import java.util.Locale;

import org.ipgraph.bench.ExpertBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Measure the expert service on the graph in --data-dir: the profile build, then p50/p95 latency "
				+ "of topic and patent queries as the REST endpoint runs them. Prints a Markdown table.")
class ExpertsBenchCommand extends ApplicationCommand {

	@Option(names = "--queries", defaultValue = "200", description = "Queries of each kind (default ${DEFAULT-VALUE}).")
	int queries;

	@Option(names = "--seed", defaultValue = "1", description = "Which patents to sample (default ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--exclude", paramLabel = "ORG", description = "A conflicting party on every query. Repeatable.")
	List<String> exclude = List.of();

	@Override
	int run(Application application) {
		ExpertBenchmark.Result r = application.bean(ExpertBenchmark.class)
			.run(this.queries, this.seed, this.exclude, System.err::println);
		System.out.printf(Locale.ROOT,
				"%s; %,d items (patents and documents), %,d people; profile build %.1f s, index retains %.0f MB of heap%n%n",
				Output.machine(), r.patents(), r.people(), r.buildSeconds(), r.retainedMb());
		System.out.println("| query | runs | p50 (ms) | p95 (ms) | max (ms) |");
		System.out.println("|---|---:|---:|---:|---:|");
		r.latencies()
			.forEach(l -> System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", l.query(), l.runs(),
					l.p50(), l.p95(), l.max()));
		return OK;
	}

}
