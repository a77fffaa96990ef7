package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.ipgraph.bench.ValueBenchmark;
import org.ipgraph.valuation.PatentValue;
import org.ipgraph.valuation.Portfolio;
import org.ipgraph.valuation.ValueService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "value", mixinStandardHelpOptions = true,
		description = "Patent valuation: a patent's value indicator with each component's contribution, an "
				+ "organization's portfolio by CPC area, and the batch that stores every patent's value.",
		subcommands = { ValueCommand.Patent.class, ValueCommand.Portfolio.class, ValueCommand.Store.class,
				ValueCommand.Bench.class })
class ValueCommand {

	@Command(name = "store", mixinStandardHelpOptions = true,
			description = "Value every patent and store the values as patent properties (value, valuePercentile, "
					+ "valueModel, valuedAt); prints the time taken and patents per second. Reads and writes go "
					+ "through the in-process database's Java API when this process runs the database, else "
					+ "through Cypher over Bolt.")
	static class Store extends ReportCommand<ValueService.BatchReport> {

		@Option(names = "--bolt",
				description = "Read and write through Cypher over Bolt even when this process runs the database "
						+ "(to compare the two ways; the values served are not rebuilt).")
		boolean bolt;

		@Override
		ValueService.BatchReport report(Application application) {
			return application.bean(ValueService.class).storeAll(this.bolt);
		}

		@Override
		void print(ValueService.BatchReport r, PrintStream out) {
			out.printf(Locale.ROOT,
					"Valued and stored %d patents via %s in %.2f s (%d patents/s): reading, fitting and valuing %.2f s %s, "
							+ "writing %.2f s.%nProcessor time (all cores, database included): valuing %.2f s, "
							+ "writing %.2f s.%nModel: %s (%s)%n",
					r.patents(), r.via(), r.seconds(), r.patentsPerSecond(), r.valueSeconds(), r.timings(),
					r.storeSeconds(), r.valueCpuSeconds(), r.storeCpuSeconds(), r.model(), r.training());
		}

	}

	@Command(name = "bench", mixinStandardHelpOptions = true,
			description = "Time the batch (value store) the deployment's way and over Bolt, alternating in one process, "
					+ "on the graph the application runs against. Prints a Markdown table.")
	static class Bench extends ApplicationCommand {

		@Option(names = "--rounds", defaultValue = "3", description = "Rounds of both (default ${DEFAULT-VALUE}).")
		int rounds;

		@Override
		int run(Application application) {
			List<ValueBenchmark.Run> runs = application.bean(ValueBenchmark.class).run(this.rounds);
			System.out.printf("%s%n%n", Output.machine());
			System.out
				.println("| round | via | patents | in all (s) | patents/s | read (s) | fit + value (s) | write (s) "
						+ "| processor s: read, fit, value | processor s: write | load average at end |");
			System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
			for (ValueBenchmark.Run run : runs) {
				ValueService.BatchReport r = run.report();
				double read = r.timings().getOrDefault("read", 0.0);
				System.out.println(String.format(Locale.ROOT,
						"| %d | %s | %,d | %.2f | %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f |", run.round(),
						r.via(), r.patents(), r.seconds(), r.patentsPerSecond(), read, r.valueSeconds() - read,
						r.storeSeconds(), r.valueCpuSeconds(), r.storeCpuSeconds(), run.load()));
			}
			return 0;
		}

	}

	@Command(name = "patent", mixinStandardHelpOptions = true,
			description = "A patent's value indicator with each component's contribution.")
	static class Patent extends ReportCommand<PatentValue> {

		private String number;

		@Parameters(paramLabel = "NUMBER", description = "Patent number (US7654321, US 7,654,321 B2...).")
		void number(String number) {
			this.number = number;
		}

		@Override
		void print(PatentValue v, PrintStream out) {
			out.printf(Locale.ROOT, "%s: value %.3f (percentile %.1f), log-odds %.2f  [%s, as of %s]%n", v.number(),
					v.value(), v.percentile(), v.logit(), v.model(), v.asOf());
			out.printf(Locale.ROOT, "  %-18s %9s  %s%n", "component", "log-odds", "the graph shows");
			out.printf(Locale.ROOT, "  %-18s %+9.3f%n", "(intercept)", v.intercept());
			v.components()
				.forEach(c -> out.printf(Locale.ROOT, "  %-18s %+9.3f  %s%n", c.signal(), c.contribution(), c.shown()));
			out.println("Model: " + v.training());
		}

		@Override
		ApiRequest<PatentValue> apiRequest() {
			return new ApiRequest<>("/api/v1/patents/" + LocalApi.encode(this.number) + "/value", PatentValue.class);
		}

		@Override
		PatentValue report(Application application) {
			return application.bean(ValueService.class).value(this.number);
		}

	}

	@Command(name = "portfolio", mixinStandardHelpOptions = true,
			description = "An organization's portfolio (with its subsidiaries) valued by CPC area.")
	static class Portfolio extends ReportCommand<org.ipgraph.valuation.Portfolio> {

		private String organization;

		@Parameters(paramLabel = "ORGANIZATION", description = "Organization key (e.g. apple).")
		void organization(String organization) {
			this.organization = organization;
		}

		@Override
		void print(org.ipgraph.valuation.Portfolio p, PrintStream out) {
			out.printf(Locale.ROOT, "%s (%s): %d patents held, %d valued, total value %.2f, mean %.3f  [%s]%n",
					p.name(), p.organization(), p.patents(), p.valued(), p.totalValue(), p.meanValue(), p.model());
			out.printf(Locale.ROOT, "  %-13s %7s %9s %7s  %s%n", "CPC area", "patents", "total", "mean", "top patents");
			for (org.ipgraph.valuation.Portfolio.Area a : p.areas()) {
				out.printf(Locale.ROOT, "  %-13s %7d %9.2f %7.3f  %s%s%n", a.cpc(), a.patents(), a.totalValue(),
						a.meanValue(),
						String.join(", ", a.top().stream().map(t -> t.number() + " " + t.value()).toList()),
						a.title() == null ? "" : "  (" + abbreviate(a.title()) + ")");
			}
		}

		@Override
		ApiRequest<org.ipgraph.valuation.Portfolio> apiRequest() {
			return new ApiRequest<>("/api/v1/organizations/" + LocalApi.encode(this.organization) + "/portfolio",
					org.ipgraph.valuation.Portfolio.class);
		}

		@Override
		org.ipgraph.valuation.Portfolio report(Application application) {
			return application.bean(ValueService.class).portfolio(this.organization);
		}

		private static String abbreviate(String title) {
			return title.length() > 60 ? title.substring(0, 57) + "..." : title;
		}

	}

}
