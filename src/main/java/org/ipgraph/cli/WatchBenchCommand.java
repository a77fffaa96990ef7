package org.ipgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ipgraph.bench.WatchBenchmark;
import org.ipgraph.ingest.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Measure what watches cost an ingest: the same USPTO file(s) ingested into a throwaway graph "
				+ "with no watch and with N active watches, alternating, each timed to the end of alert "
				+ "derivation. Prints a Markdown table and the ratio of the medians.")
class WatchBenchCommand extends ApplicationCommand {

	@Parameters(arity = "0..*", paramLabel = "FILE",
			description = "USPTO grant XML to ingest (default: the weekly-file excerpts of the shared data, "
					+ "uspto-ipg-fixtures).")
	List<Path> input;

	@Option(names = "--watches", defaultValue = "1000", description = "Active watches (default ${DEFAULT-VALUE}).")
	int watches;

	@Option(names = "--repeats", defaultValue = "3", description = "Timed runs of each (default ${DEFAULT-VALUE}).")
	int repeats;

	@Override
	int run(Application application) {
		if (this.repeats < 1 || this.watches < 1) {
			throw new IllegalArgumentException("--repeats and --watches: at least 1");
		}
		List<Path> files = this.input != null && !this.input.isEmpty() ? this.input : List.of(SharedData
			.find("uspto-ipg-fixtures")
			.orElseThrow(() -> new IllegalArgumentException(
					"no shared data (uspto-ipg-fixtures) found: name " + "a file, or set " + SharedData.ENVIRONMENT)));
		WatchBenchmark.Result result = application.bean(WatchBenchmark.class)
			.run(files, this.watches, this.repeats, System.err::println);
		System.out.printf("%s; %s; %,d patents; median of %d runs each, alternating%n%n", Output.machine(), files,
				result.patents(), this.repeats);
		System.out.println("| watches | ingest + derivation (s), median | runs (s) | derivation (s), median "
				+ "| derivation / ingest of the same run, median | change sets | alerts |");
		System.out.println("|---:|---:|---|---:|---:|---:|---:|");
		for (List<WatchBenchmark.Run> runs : List.of(result.none(), result.watched())) {
			System.out.println(String.format(Locale.ROOT, "| %,d | %.2f | %s | %.3f | %.1f%% | %d | %d |",
					runs.get(0).watches(), WatchBenchmark.Result.median(runs),
					String.join(", ", runs.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.seconds())).toList()),
					WatchBenchmark.Result.median(runs, WatchBenchmark.Run::deriveSeconds),
					100 * WatchBenchmark.Result.median(runs, WatchBenchmark.Run::deriveShare), runs.get(0).changeSets(),
					runs.get(0).alerts()));
		}
		System.out.println(String.format(Locale.ROOT, "%nmedian with watches / median without: %.3f (%+.1f%%)",
				result.ratio(), (result.ratio() - 1) * 100));
		return OK;
	}

}
