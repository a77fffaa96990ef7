package org.ipgraph.cli;

import java.io.PrintStream;

import org.ipgraph.bench.PartnerBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Measure p50 and p95 latency of the partner and demand service calls on the current graph, after "
				+ "building profiles and models once.")
class PartnersBenchCommand extends ReportCommand<PartnerBenchmark.Report> {

	@Option(names = "--requests", defaultValue = "200", description = "Calls measured per endpoint (default ${DEFAULT-VALUE}).")
	int requests;

	@Option(names = "--warm-up", defaultValue = "20", description = "Calls before measuring (default ${DEFAULT-VALUE}).")
	int warmUp;

	@Override
	PartnerBenchmark.Report report(Application application) {
		return application.bean(PartnerBenchmark.class).run(this.requests, this.warmUp, System.err::println);
	}

	@Override
	void print(PartnerBenchmark.Report report, PrintStream out) {
		out.printf("Graph: %,d patents, %,d organizations%n", report.patents(), report.organizations());
		out.println("Snapshot build (s): " + report.buildSeconds()
			.entrySet()
			.stream()
			.map(e -> String.format(java.util.Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
			.toList());
		out.printf("%-30s %8s %10s %10s %10s%n", "call", "calls", "p50 ms", "p95 ms", "max ms");
		report.latencies()
			.forEach((call, l) -> out.printf(java.util.Locale.ROOT, "%-30s %8d %10.1f %10.1f %10.1f%n", call, l.calls(),
					l.p50(), l.p95(), l.max()));
	}

}
