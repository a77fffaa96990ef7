package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.ipgraph.bench.ProviderBenchmark;
import org.ipgraph.providers.ProviderReport;
import org.ipgraph.providers.ProviderService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "providers", mixinStandardHelpOptions = true,
		description = "Service providers (law firms, attorneys, agencies, correspondents, evaluators, banks) for a "
				+ "need, ranked by their track record in the graph, with score components and evidence.",
		subcommands = { ProvidersCommand.Bench.class })
class ProvidersCommand extends ReportCommand<ProviderReport> {

	@Option(names = "--need", paramLabel = "NEED",
			description = "Required: litigation-defense, prosecution, valuation or licensing.")
	String need;

	@Option(names = "--cpc", paramLabel = "SYMBOL", description = "Technology area: a CPC symbol (G06F, H04N19/70).")
	String cpc;

	@Option(names = "--region", paramLabel = "CODE",
			description = "A court code (txed, ded, ptab) or a country code (us, de).")
	String region;

	@Option(names = "--limit", paramLabel = "N", description = "How many to show (default 10).")
	Integer limit;

	@Override
	ApiRequest<ProviderReport> apiRequest() {
		if (this.need == null) {
			return null;
		}
		return ApiRequest.of(LocalApi.path("/api/v1/providers", "need", this.need, "cpc", this.cpc, "region",
				this.region, "limit", this.limit), ProviderReport.class);
	}

	@Override
	ProviderReport report(Application application) {
		if (this.limit != null && (this.limit < 1 || this.limit > 200)) {
			throw new IllegalArgumentException("--limit must be between 1 and 200");
		}
		if (this.need == null) {
			throw new IllegalArgumentException(
					"name a --need: litigation-defense, prosecution, valuation or licensing (or the bench subcommand)");
		}
		org.ipgraph.providers.Need.of(this.need);
		return application.bean(ProviderService.class).rank(this.need, this.cpc, this.region, this.limit);
	}

	@Override
	void print(ProviderReport report, PrintStream out) {
		out.printf(Locale.ROOT, "%s%s%s: %d candidates, as of %s%n", report.need(),
				report.cpc() == null ? "" : " in " + report.cpc(),
				report.region() == null ? "" : " (region " + report.region() + ")", report.candidates(), report.asOf());
		int rank = 0;
		for (ProviderReport.RankedProvider p : report.providers()) {
			out.printf(Locale.ROOT, "%n%2d. %.3f  %s (%s %s) [%s]%n", ++rank, p.score(), p.name(), p.label(), p.id(),
					String.join(", ", p.kinds()));
			StringBuilder components = new StringBuilder("    ");
			p.components().forEach((k, v) -> components.append(String.format(Locale.ROOT, "%s %.2f  ", k, v)));
			out.println(components.toString().stripTrailing());
			p.reasons().forEach(r -> out.println("    - " + r));
			for (ProviderReport.Evidence e : p.evidence()) {
				out.printf(Locale.ROOT, "    * %s %s (%s%s%s) %s%n", e.kind(), e.id(), e.side(),
						e.on() == null ? "" : ", " + e.on(), e.outcome() == null ? "" : ", " + e.outcome(),
						e.source() == null ? "" : e.source());
			}
		}
		report.notes().forEach(n -> out.println("Note: " + n));
	}

	@Command(name = "bench", mixinStandardHelpOptions = true,
			description = "Measure ranking latency on the graph the application runs against (a demo store: "
					+ "bin/ipgraph demo --bulk --patents 100000): every need, with and without the most litigated CPC "
					+ "areas and courts. With --synthetic-counsel, a demo store whose cases name no counsel first gets "
					+ "synthetic REPRESENTED_BY (marked synthetic). Prints a Markdown table.")
	static class Bench extends ApplicationCommand {

		@Option(names = "--synthetic-counsel",
				description = "Give the demo's cases synthetic counsel from its law firms when none is in the graph.")
		boolean syntheticCounsel;

		@Option(names = "--areas", defaultValue = "20",
				description = "Most litigated CPC subclasses queried (default ${DEFAULT-VALUE}).")
		int areas;

		@Option(names = "--repeats", defaultValue = "5", description = "Timed rounds (default ${DEFAULT-VALUE}).")
		int repeats;

		@Override
		int run(Application application) {
			if (this.repeats < 1 || this.areas < 1) {
				throw new IllegalArgumentException("--areas and --repeats must be at least 1");
			}
			ProviderBenchmark.Report r = application.bean(ProviderBenchmark.class)
				.run(this.syntheticCounsel, this.areas, this.repeats);
			System.out.printf("%s; %d timed rounds after one warm-up%n", Output.machine(), this.repeats);
			System.out.printf(Locale.ROOT,
					"Graph: %,d patents, %,d cases, %,d REPRESENTED_BY (%,d synthetic added now), %,d providers; "
							+ "track records read in %.2f s%n%n",
					r.patents(), r.cases(), r.representations(), r.added(), r.providers(), r.buildSeconds());
			System.out.println("| need | requests | p50 (ms) | p95 (ms) | max (ms) |");
			System.out.println("|---|---:|---:|---:|---:|");
			for (ProviderBenchmark.Result x : r.results()) {
				System.out.println(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |", x.need(),
						x.requests(), x.p50(), x.p95(), x.max()));
			}
			return 0;
		}

	}

}
