package org.ipgraph.cli;

import java.util.List;
import java.util.Locale;

import org.ipgraph.bench.PoolBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Measure pool searches on generated ecosystems (each loaded into a throwaway graph): reading "
				+ "the scope and searching it, for a CPC group, a standard, keywords and a seed set. Prints a "
				+ "Markdown table.")
class PoolsBenchCommand extends ApplicationCommand {

	@Option(names = "--patents", split = ",", defaultValue = "3000,12000",
			description = "Ecosystem sizes (default ${DEFAULT-VALUE}).")
	List<Integer> sizes;

	@Option(names = "--seed", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--repeats", defaultValue = "5", description = "Timed runs per query (default ${DEFAULT-VALUE}).")
	int repeats;

	@Override
	int run(Application application) {
		if (this.repeats < 1) {
			throw new IllegalArgumentException("--repeats must be at least 1");
		}
		List<PoolBenchmark.Result> results = application.bean(PoolBenchmark.class)
			.run(this.sizes, this.seed, this.repeats, System.err);
		System.out.printf("Java %s, %d cores, max heap %,d MB; median of %d runs after one warm-up%n%n",
				Runtime.version(), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024), this.repeats);
		System.out.println("| patents | load (s) | query | scope | edges | candidates | read (ms) | search (ms) "
				+ "| total (ms) |");
		System.out.println("|---:|---:|---|---:|---:|---:|---:|---:|---:|");
		for (PoolBenchmark.Result r : results) {
			System.out.println(String.format(Locale.ROOT, "| %,d | %.0f | %s | %,d | %,d | %d | %.0f | %.0f | %.0f |",
					r.patents(), r.loadSeconds(), r.query(), r.scope(), r.edges(), r.candidates(), r.readMillis(),
					r.searchMillis(), r.totalMillis()));
		}
		return 0;
	}

}
