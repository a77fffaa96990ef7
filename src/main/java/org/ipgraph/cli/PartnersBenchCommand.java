package org.ipgraph.cli;

import java.io.PrintStream;

import org.ipgraph.bench.PartnerBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Measure p50 and p95 latency of the partner and demand service calls on the current graph, after "
				+ "building profiles and models once.")
class PartnersBenchCommand extends ReportCommand<PartnerBenchmark.Report> {

	@Mixin
	BenchRequests requests;

	@Override
	PartnerBenchmark.Report report(Application application) {
		return application.bean(PartnerBenchmark.class)
			.run(this.requests.requests(200), this.requests.warmUp(20), System.err::println);
	}

	@Override
	void print(PartnerBenchmark.Report report, PrintStream out) {
		out.printf("Graph: %,d patents, %,d organizations%n", report.patents(), report.organizations());
		out.println("Snapshot build (s): " + report.buildSeconds()
			.entrySet()
			.stream()
			.map(e -> String.format(java.util.Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
			.toList());
		out.printf("Heap in use after a full collection: %,d MB before the build, %,d MB holding the snapshot%n",
				report.heapBeforeMb(), report.heapAfterMb());
		out.printf("%-30s %8s %10s %10s %10s%n", "call", "calls", "p50 ms", "p95 ms", "max ms");
		report.latencies()
			.forEach((call, l) -> out.printf(java.util.Locale.ROOT, "%-30s %8d %10.1f %10.1f %10.1f%n", call, l.calls(),
					l.p50(), l.p95(), l.max()));
	}

}
