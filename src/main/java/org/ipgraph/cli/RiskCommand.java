package org.ipgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ipgraph.demo.DemoLoader;
import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.risk.EvidencePath;
import org.ipgraph.risk.ExposureReport;
import org.ipgraph.risk.ExposureService;
import org.ipgraph.risk.NpeModel;
import org.ipgraph.risk.NpeReport;
import org.ipgraph.risk.NpeService;
import org.ipgraph.evaluation.risk.NpeTrainer;
import org.ipgraph.evaluation.risk.NpeTraining;
import org.ipgraph.risk.PatentRiskReport;
import org.ipgraph.risk.PatentRiskService;
import org.ipgraph.web.PageRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "risk", mixinStandardHelpOptions = true,
		description = "NPE litigation risk for legal teams (each report is recorded in the audit log).", subcommands = {
				RiskCommand.Npe.class, RiskCommand.Exposure.class, RiskCommand.Patent.class, RiskCommand.Train.class })
class RiskCommand {

	@Command(name = "npe", mixinStandardHelpOptions = true,
			description = "An organization's NPE score with each signal's contribution and the evidence.")
	static class Npe extends ReportCommand<NpeReport> {

		@Parameters(index = "0", paramLabel = "ORGANIZATION", description = "Organization key or name.")
		String organization;

		@Override
		ApiRequest<NpeReport> apiRequest() {
			return ApiRequest.of(LocalApi.path("/api/v1/risk/npe", "organization", this.organization), NpeReport.class);
		}

		@Override
		NpeReport report(Application application) {
			return application.bean(NpeService.class).report(this.organization);
		}

		@Override
		void print(NpeReport report, PrintStream out) {
			var s = report.score();
			out.printf(Locale.ROOT, "%s (%s): NPE score %.2f -> %s  [%s %s]%n", report.organization().name(),
					report.organization().id(), s.probability(), s.npe() ? "NPE" : "not an NPE", s.method(),
					s.version());
			out.printf(Locale.ROOT, "  %-20s %8s %9s  %s%n", "signal", "value", "log-odds", "in words");
			out.printf(Locale.ROOT, "  %-20s %8s %+9.2f%n", "(baseline)", "", s.baseline());
			s.signals()
				.forEach(v -> out.printf(Locale.ROOT, "  %-20s %8.3f %+9.2f  %s%n", v.signal(), v.value(),
						v.contribution(), v.shown()));
			out.println("Evidence " + report.evidenceCounts() + ":");
			report.evidence().forEach(path -> RiskCommand.print(path, out));
			report.notes().forEach(n -> out.println("Note: " + n));
		}

	}

	@Command(name = "exposure", mixinStandardHelpOptions = true,
			description = "NPE-held patents closest to a company's technology, weighted by the owners' assertion "
					+ "behaviour and the patents' remaining life.")
	static class Exposure extends ReportCommand<ExposureReport> {

		@Parameters(index = "0", arity = "0..1", paramLabel = "ORGANIZATION", description = "Organization key or name.")
		String organization;

		@Option(names = "--patents", split = ",", paramLabel = "NUMBER", description = "A portfolio of patent numbers.")
		List<String> patents;

		@Option(names = "--product", paramLabel = "TEXT", description = "A product description (repeatable).")
		List<String> products;

		@Option(names = "--min-npe-score", paramLabel = "P", description = "Leave out owners below this NPE score.")
		Double minNpeScore;

		@Option(names = "--as-of", paramLabel = "DATE",
				description = "Count remaining life from this date (default today).")
		LocalDate asOf;

		@Option(names = "--include-expired",
				description = "Rank patents that have ended (expired, lapsed, withdrawn) too, flagged: a suit can "
						+ "still claim damages for the six years before they ended. Default: patents in force or "
						+ "of unknown status.")
		boolean includeExpired;

		@Mixin
		PageOptions pages = new PageOptions(10);

		@Override
		ApiRequest<ExposureReport> apiRequest() {
			if (!this.pages.valid()) {
				return null;
			}
			return ApiRequest.of(
					LocalApi.path("/api/v1/risk/exposure", "organization", this.organization, "patents", this.patents,
							"product", this.products, "minNpeScore", this.minNpeScore, "asOf", this.asOf,
							"includeExpired", this.includeExpired, "page", this.pages.page, "size", this.pages.size),
					ExposureReport.class);
		}

		@Override
		ExposureReport report(Application application) {
			PageRequest page = this.pages.request();
			return application.bean(ExposureService.class)
				.exposure(new ExposureService.Request(this.organization, this.patents, this.products, this.minNpeScore,
						this.asOf, this.includeExpired), page);
		}

		@Override
		void print(ExposureReport report, PrintStream out) {
			out.printf(
					Locale.ROOT, "Exposure of %s (%d own patents, %d products) as of %s%n", report.company() != null
							? report.company().name() + " (" + report.company().id() + ")" : "the portfolio",
					report.ownPatents(), report.products().size(), report.asOf());
			out.printf(Locale.ROOT, "%d NPE-held patents ranked (%s), of %d owners with NPE score >= %.2f; %s%n",
					report.ranked(),
					report.includeExpired() ? report.ended() + " of them ended, flagged" : "in force or status unknown",
					report.npeOwners().size(), report.minNpeScore(), report.method());
			int rank = this.pages.skipped();
			for (ExposureReport.ExposedPatent p : report.patents().items()) {
				out.printf(Locale.ROOT, "%n%2d. %s%s %.4f  %s%n    owner %s (NPE %.2f)%n", ++rank, p.number(),
						p.legal().badge(), p.score(), p.title(), p.owner().organization().id(), p.owner().npeScore());
				p.reasons().forEach(r -> out.println("    - " + r));
				p.evidence().forEach(path -> RiskCommand.print(path, out));
			}
			if (report.patents().hasMore()) {
				out.println("\nMore: --page " + (this.pages.page + 1));
			}
		}

	}

	@Command(name = "patent", mixinStandardHelpOptions = true, description = "The risk that a patent is asserted.")
	static class Patent extends ReportCommand<PatentRiskReport> {

		@Parameters(index = "0", paramLabel = "NUMBER")
		String number;

		@Option(names = "--as-of", paramLabel = "DATE")
		LocalDate asOf;

		@Override
		ApiRequest<PatentRiskReport> apiRequest() {
			return ApiRequest.of(
					LocalApi.path("/api/v1/risk/patent/" + LocalApi.encode(this.number), "asOf", this.asOf),
					PatentRiskReport.class);
		}

		@Override
		PatentRiskReport report(Application application) {
			return application.bean(PatentRiskService.class).patent(this.number, this.asOf);
		}

		@Override
		void print(PatentRiskReport report, PrintStream out) {
			out.printf(Locale.ROOT, "%s %s%n  assertion risk %.2f%s%n", report.number(), report.title(),
					report.score().probability(), report.score().expired() ? " (expired)" : "");
			out.printf(Locale.ROOT, "  %-20s %+9.2f%n", "(baseline)", report.score().baseline());
			report.score()
				.factors()
				.forEach(f -> out.printf(Locale.ROOT, "  %-20s %+9.2f  %s%n", f.factor(), f.contribution(), f.shown()));
			report.evidence().forEach(path -> RiskCommand.print(path, out));
			report.notes().forEach(n -> out.println("Note: " + n));
		}

	}

	@Command(name = "train", mixinStandardHelpOptions = true,
			description = {
					"Train the NPE classifier in a scratch graph (the user's graph is not touched): planted cases "
							+ "of demo ecosystems plus the curated labels found in real data.",
					"The shipped model was made with: ipgraph risk train --real ../shared/data "
							+ "--output src/main/resources/org/ipgraph/risk/npe-model.json" })
	static class Train extends ApplicationCommand {

		@Option(names = "--seeds", split = ",", defaultValue = "101,102,103",
				description = "Demo seeds (default ${DEFAULT-VALUE}).")
		List<Long> seeds;

		@Option(names = "--noise", split = ",", defaultValue = "0.1,0.5",
				description = "Demo noise levels (default ${DEFAULT-VALUE}).")
		List<Double> noises;

		@Option(names = "--patents", defaultValue = "3000", description = "Demo size (default ${DEFAULT-VALUE}).")
		int patents;

		@Option(names = "--real", paramLabel = "DIR", description = "A shared-data directory with the real sources.")
		Path real;

		@Option(names = "--lambda", defaultValue = "" + NpeTrainer.DEFAULT_LAMBDA)
		double lambda;

		@Option(names = "--output", required = true, paramLabel = "FILE",
				description = "Where to write the model (JSON).")
		Path output;

		@Override
		int run(Application application) {
			NpeTraining.Options options = new NpeTraining.Options(this.seeds, this.noises, this.patents,
					this.real == null ? List.of() : NpeTraining.realSources(this.real), this.lambda);
			DemoLoader demo = application.bean(DemoLoader.class);
			IngestService ingest = application.bean(IngestService.class);
			try (ScratchGraph scratch = ScratchGraph.start()) {
				NpeModel model = NpeTraining.train(NpeTraining.collect(options, demo, ingest, scratch), options);
				model.write(this.output);
				System.out.println("Wrote " + this.output + ": " + model.training());
				for (int i = 0; i < model.features().size(); i++) {
					System.out.printf(Locale.ROOT, "  %-20s weight %+7.3f (mean %.3f, scale %.3f)%n",
							model.features().get(i), model.weights()[i], model.means()[i], model.scales()[i]);
				}
				System.out.printf(Locale.ROOT, "  %-20s %+7.3f%n", "intercept", model.intercept());
				return OK;
			}
		}

	}

	static void print(EvidencePath path, PrintStream out) {
		StringBuilder line = new StringBuilder("    [").append(path.signal()).append("] ").append(path.summary());
		if (path.source() != null) {
			line.append(" {").append(path.source()).append('}');
		}
		out.println(line);
		StringBuilder graph = new StringBuilder("      ");
		for (int i = 0; i < path.nodes().size(); i++) {
			EvidencePath.Node n = path.nodes().get(i);
			graph.append("(:").append(n.label()).append(' ').append(n.key() != null ? n.key() : n.name()).append(')');
			if (i < path.relationships().size()) {
				graph.append(path.relationships().get(i));
			}
		}
		out.println(graph);
		path.sentences().forEach(s -> out.println("      \"" + s + "\""));
	}

}
