package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.ipgraph.bench.PolicyBenchmark;
import org.ipgraph.policies.DemandRequest;
import org.ipgraph.policies.MatchReport;
import org.ipgraph.policies.PolicyDetails;
import org.ipgraph.policies.PolicyMatch;
import org.ipgraph.policies.PolicyService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "policies", mixinStandardHelpOptions = true,
		description = "Policy and fund matching: eligibility facts read from policy texts, matched to "
				+ "organizations and demands.",
		subcommands = { PoliciesCommand.Match.class, PoliciesCommand.Show.class, PoliciesCommand.Bench.class })
class PoliciesCommand {

	@Command(name = "match", mixinStandardHelpOptions = true,
			description = "Policies and funds for an organization (by key or name) or a demand (--text and what the "
					+ "requester says of itself), ranked, with the reasons it is eligible or not.")
	static class Match extends ReportCommand<MatchReport> {

		@Parameters(index = "0", arity = "0..1", paramLabel = "ORGANIZATION", description = "Organization key or name.")
		String organization;

		@Option(names = "--text", paramLabel = "TEXT", description = "A demand: what is needed, in words.")
		String text;

		@Option(names = "--cpc", split = ",", paramLabel = "SYMBOL", description = "A demand's CPC symbols.")
		List<String> cpc;

		@Option(names = "--kind", paramLabel = "KIND",
				description = "The requester's kind: company, university, institute, government, individual.")
		String kind;

		@Option(names = "--country", paramLabel = "CC", description = "The requester's country (ISO code).")
		String country;

		@Option(names = "--subdivision", paramLabel = "CC-XX",
				description = "The requester's province or state, e.g. CN-GD, US-TX.")
		String subdivision;

		@Option(names = "--size", paramLabel = "SIZE", description = "The requester's size: large or small.")
		String size;

		@Option(names = "--limit", paramLabel = "N", description = "How many to show (default 20).")
		Integer limit;

		@Override
		ApiRequest<MatchReport> apiRequest() {
			// a demand is a POST
			if (this.organization == null || this.text != null || this.cpc != null || this.kind != null
					|| this.country != null || this.subdivision != null || this.size != null) {
				return null;
			}
			return ApiRequest.of(
					LocalApi.path("/api/v1/policies/match", "organization", this.organization, "limit", this.limit),
					MatchReport.class);
		}

		@Override
		MatchReport report(Application application) {
			boolean demand = this.text != null || this.cpc != null || this.kind != null || this.country != null
					|| this.subdivision != null || this.size != null;
			if ((this.organization == null) == !demand) {
				throw new IllegalArgumentException(
						"name an ORGANIZATION, or describe a demand with --text, --cpc, --kind, --country, --size");
			}
			if (this.limit != null && (this.limit < 1 || this.limit > 200)) {
				throw new IllegalArgumentException("--limit must be between 1 and 200");
			}
			if (this.size != null && !List.of("large", "small").contains(this.size)) {
				throw new IllegalArgumentException("--size must be large or small");
			}
			PolicyService policies = application.bean(PolicyService.class);
			return this.organization != null ? policies.match(this.organization, this.limit)
					: policies.match(new DemandRequest(this.text, this.cpc, this.kind, this.country, this.subdivision,
							this.size, this.limit));
		}

		@Override
		void print(MatchReport report, PrintStream out) {
			var a = report.applicant();
			out.printf(Locale.ROOT, "%s%s: kind %s (%s); country %s%s (%s); size %s (%s); fields %s%n", a.name(),
					a.id() == null ? "" : " (" + a.id() + ")", value(a.kind()), a.kindBasis(), value(a.country()),
					a.subdivision() == null ? "" : " " + a.subdivision(), a.placeBasis(), value(a.size()),
					a.sizeBasis(), a.cpc().isEmpty() ? "unknown" : String.join(", ", a.cpc()));
			out.printf(Locale.ROOT, "%d policies and funds judged%n", report.policies());
			int rank = 0;
			for (PolicyMatch m : report.matches()) {
				out.printf(Locale.ROOT, "%n%2d. %-12s %.3f  %s (%s %s)%n", ++rank, m.eligible(), m.score(),
						m.policy().title(), m.policy().label(), m.policy().id());
				if (!m.policy().instruments().isEmpty()) {
					out.println("    instrument: " + String.join(", ", m.policy().instruments()));
				}
				m.reasons().forEach(r -> out.println("    - " + r.text()));
			}
			report.notes().forEach(n -> out.println("Note: " + n));
		}

		private static String value(String v) {
			return v == null ? "unknown" : v;
		}

	}

	@Command(name = "show", mixinStandardHelpOptions = true,
			description = "A policy or fund with its eligibility facts and their evidence sentences.")
	static class Show extends ReportCommand<PolicyDetails> {

		@Parameters(index = "0", paramLabel = "ID", description = "Policy or Fund key, e.g. 'fund:eic accelerator'.")
		String id;

		@Override
		ApiRequest<PolicyDetails> apiRequest() {
			return new ApiRequest<>("/api/v1/policies/" + LocalApi.encode(this.id), PolicyDetails.class);
		}

		@Override
		PolicyDetails report(Application application) {
			return application.bean(PolicyService.class).policy(this.id);
		}

		@Override
		void print(PolicyDetails details, PrintStream out) {
			out.printf(Locale.ROOT, "%s (%s %s)%n", details.policy().title(), details.policy().label(),
					details.policy().id());
			for (PolicyDetails.Fact f : details.facts()) {
				out.printf(Locale.ROOT, "  %-12s %-22s %s%n      \"%s\"%n", f.kind(), f.value(),
						f.detail() == null ? "" : "(" + f.detail() + ")", f.sentence());
			}
		}

	}

	@Command(name = "bench", mixinStandardHelpOptions = true,
			description = "Measure matching latency on the graph the application runs against (load a demo store and "
					+ "ingest policy texts first): the top owners and a sample of the rest, and demands. Prints a "
					+ "Markdown table.")
	static class Bench extends ApplicationCommand {

		@Option(names = "--top", defaultValue = "50",
				description = "Owners with most patents (default ${DEFAULT-VALUE}).")
		int top;

		@Option(names = "--step", defaultValue = "200",
				description = "Then every STEP-th owner of the rest (default ${DEFAULT-VALUE}).")
		int step;

		@Option(names = "--repeats", defaultValue = "3", description = "Timed rounds (default ${DEFAULT-VALUE}).")
		int repeats;

		@Override
		int run(Application application) {
			if (this.repeats < 1 || this.top < 1 || this.step < 1) {
				throw new IllegalArgumentException("--top, --step and --repeats must be at least 1");
			}
			List<PolicyBenchmark.Result> results = application.bean(PolicyBenchmark.class)
				.run(this.top, this.step, this.repeats);
			System.out.printf("%s; %d timed rounds after one warm-up%n%n", Output.machine(), this.repeats);
			System.out
				.println("| request | organizations | policies judged | requests | p50 (ms) | p95 (ms) | max (ms) |");
			System.out.println("|---|---:|---:|---:|---:|---:|---:|");
			for (PolicyBenchmark.Result r : results) {
				System.out.println(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f |", r.kind(),
						r.organizations(), r.policies(), r.requests(), r.p50(), r.p95(), r.max()));
			}
			return 0;
		}

	}

}
