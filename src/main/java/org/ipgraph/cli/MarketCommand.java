package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.ipgraph.bench.MarketBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The demand-and-offer library as a whole (offers and demands have their own commands).
 */
@Command(name = "market", mixinStandardHelpOptions = true,
		description = "The demand-and-offer library as a whole: its bench. Offers and demands: ipgraph offers, "
				+ "ipgraph demands.",
		subcommands = { MarketCommand.Bench.class })
class MarketCommand {

	@Command(name = "bench", mixinStandardHelpOptions = true,
			description = "Measure p50, p95 and p99 latency of the market's matching and browsing endpoints on the "
					+ "graph the application runs against (a demo store: bin/ipgraph demo --bulk --patents 100000). "
					+ "First publishes a synthetic library of offers and demands drawn from the demo's patents (client "
					+ "keys synthetic-market-bench-SEED-*, marked synthetic; the same seed publishes nothing new "
					+ "again), then times each endpoint's service call, as the REST controller makes it, after a "
					+ "warm-up. The timed POSTs add their offers and demands to the store.")
	static class Bench extends ReportCommand<MarketBenchmark.Report> {

		@Option(names = "--offers", defaultValue = "2000",
				description = "Offers in the synthetic library (default ${DEFAULT-VALUE}).")
		int offers;

		@Option(names = "--demands", defaultValue = "2000",
				description = "Demands in the synthetic library (default ${DEFAULT-VALUE}).")
		int demands;

		@Mixin
		BenchRequests requests;

		@Option(names = "--seed", defaultValue = "42",
				description = "Seed of the synthetic library and requests (default ${DEFAULT-VALUE}).")
		long seed;

		@Override
		MarketBenchmark.Report report(Application application) {
			MarketBenchmark.Settings settings = new MarketBenchmark.Settings(this.offers, this.demands,
					this.requests.requests(500), this.requests.warmUp(50), this.seed);
			return application.bean(MarketBenchmark.class).run(settings, System.err::println);
		}

		@Override
		void print(MarketBenchmark.Report r, PrintStream out) {
			out.printf(Locale.ROOT, "%s; %s%n", Output.machine(), r.path());
			out.printf(Locale.ROOT,
					"Graph: %,d patents, %,d organizations; library when timing began: %,d active offers, %,d open "
							+ "demands, %,d matches (synthetic, seed %d; published in %.1f s)%n",
					r.patents(), r.organizations(), r.activeOffers(), r.openDemands(), r.matches(), r.settings().seed(),
					r.setupSeconds());
			out.printf(Locale.ROOT, "%d timed requests per endpoint after %d warm-up%n%n", r.settings().requests(),
					r.settings().warmUp());
			out.println("| endpoint | requests | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | p95 <= 100 ms |");
			out.println("|---|---:|---:|---:|---:|---:|---|");
			for (MarketBenchmark.Latency l : r.latencies()) {
				out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %s |%n", l.endpoint(), l.requests(),
						l.p50(), l.p95(), l.p99(), l.max(), l.withinTarget() ? "yes" : "no");
			}
		}

	}

}
