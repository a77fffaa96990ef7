package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.ipgraph.snapshot.GraphSnapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The services' precomputations from the graph (snapshots) as a batch job: build them
 * before a start, so that the start reads their files instead of building.
 */
@Command(name = "snapshots", mixinStandardHelpOptions = true, subcommands = SnapshotsCommand.Build.class,
		description = "The services' precomputed snapshots; see `ipgraph snapshots build --help`.")
class SnapshotsCommand {

	@Command(name = "build", mixinStandardHelpOptions = true,
			description = { "Brings every snapshot (partners, experts, valuation, providers, risk) up to date as a "
					+ "batch job, one after the other, and writes its file under the data directory's snapshots/: "
					+ "a snapshot whose file was written for the graph as it is now is only read, and one whose file "
					+ "was written for an older graph is brought up to date by an increment where only what its "
					+ "increment follows grew (an ingest of patents), else built whole; --force builds every one "
					+ "whole. "
					+ "Run it after an import and before `serve`, which then reads the files instead of building "
					+ "(a server that finds a file written for an older graph answers from it while it rebuilds). "
					+ "A running server keeps the values it holds until its own check rebuilds them.", "Example:",
					"  ipgraph snapshots build --data-dir /var/lib/ipgraph" })
	static class Build extends ReportCommand<List<GraphSnapshots.Brought>> {

		@Option(names = "--only", split = ",", paramLabel = "NAME",
				description = "Only these snapshots, by name (default: all).")
		List<String> only = List.of();

		@Option(names = "--force", description = "Build even where the file is current.")
		boolean force;

		@Override
		List<GraphSnapshots.Brought> report(Application application) {
			return application.bean(GraphSnapshots.class)
				.bringUpToDate(this.only, this.force, line -> System.err.println(line));
		}

		@Override
		void print(List<GraphSnapshots.Brought> result, PrintStream out) {
			out.printf("%-10s %-8s %9s %-13s %s%n", "snapshot", "source", "seconds", "graph version", "file");
			for (GraphSnapshots.Brought b : result) {
				out.printf(Locale.ROOT, "%-10s %-8s %9.1f %-13s %s%n", b.name(), b.source(), b.seconds(), b.version(),
						b.file());
			}
		}

	}

}
