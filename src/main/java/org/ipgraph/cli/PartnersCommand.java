package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ipgraph.partners.DemandQuery;
import org.ipgraph.partners.DemandRecommendations;
import org.ipgraph.partners.ModelInfo;
import org.ipgraph.partners.OrganizationRef;
import org.ipgraph.partners.PartnerCandidate;
import org.ipgraph.partners.PartnerQuery;
import org.ipgraph.partners.PartnerRecommendations;
import org.ipgraph.partners.PartnerService;
import org.ipgraph.partners.ScoreComponent;
import org.ipgraph.web.PageRequest;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "partners", mixinStandardHelpOptions = true, subcommands = PartnersBenchCommand.class,
		description = {
				"Recommend partners for an organization, or the organizations that answer a demand, with the "
						+ "score's components and the graph paths behind each.",
				"Examples:", "  ipgraph partners --organization parrot --role licensee",
				"  ipgraph partners --demand \"low-power gait sensor for elderly-care wearables\" --json" })
class PartnersCommand extends ReportCommand<Object> {

	@ArgGroup(multiplicity = "0..1")
	Subject subject;

	@Option(names = "--role", defaultValue = "any",
			description = "any, licensee, licensor (technology-source), co-development, research (default ${DEFAULT-VALUE}).")
	String role;

	@Option(names = "--country", description = "Only candidates in this country (two letters).")
	String country;

	@Option(names = "--kind", description = "Only candidates of this kind: company, university, research_institute...")
	String kind;

	@Option(names = "--min-patents", description = "Only candidates owning at least this many patents.")
	Integer minPatents;

	@Option(names = "--exclude-competitor", paramLabel = "ORG",
			description = "Leave out this organization and its group.")
	List<String> competitors = new ArrayList<>();

	@Option(names = "--include-own-group", description = "Keep the requester's parents and subsidiaries.")
	boolean includeOwnGroup;

	@Option(names = "--new-only",
			description = "Leave out organizations it already co-owns patents or shares inventors with.")
	boolean newOnly;

	@Option(names = "--include-expired",
			description = "Count patents that have ended (expired, lapsed, withdrawn) in portfolios and evidence, "
					+ "flagged. Default: patents in force, pending or of unknown status.")
	boolean includeExpired;

	@Option(names = "--region", description = "With --demand: where the demand comes from (stored with it).")
	String region;

	@Option(names = "--page", defaultValue = "0", description = "Page, from 0.")
	int page;

	@Option(names = "--size", defaultValue = "10", description = "Candidates per page (default ${DEFAULT-VALUE}).")
	int size;

	static class Subject {

		@Option(names = "--organization", paramLabel = "ID", required = true,
				description = "The organization (id or any spelling of its name).")
		String organization;

		@Option(names = "--demand", paramLabel = "TEXT", required = true, description = "A free-text demand.")
		String demand;

	}

	@Override
	ApiRequest<Object> apiRequest() {
		// a demand is stored (a POST): only the recommendations for an organization
		if (this.subject == null || this.subject.organization == null) {
			return null;
		}
		return ApiRequest.of(
				LocalApi.path("/api/v1/partners", "organization", this.subject.organization, "role", this.role,
						"country", this.country, "kind", this.kind, "minPatents", this.minPatents, "excludeOwnGroup",
						!this.includeOwnGroup, "excludeCompetitor", this.competitors, "newOnly", this.newOnly,
						"includeExpired", this.includeExpired, "page", this.page, "size", this.size),
				PartnerRecommendations.class);
	}

	/**
	 * {@link PartnerRecommendations} for an organization, {@link DemandRecommendations}
	 * for a demand.
	 */
	@Override
	Object report(Application application) {
		if (this.subject == null) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"Missing whom to recommend for: --organization or --demand (or the subcommand bench)");
		}
		PageRequest pageRequest = new PageRequest(this.page, this.size);
		PartnerService partners = application.bean(PartnerService.class);
		if (this.subject.organization != null) {
			return partners.recommend(
					new PartnerQuery(this.subject.organization, this.role, this.country, this.kind, this.minPatents,
							!this.includeOwnGroup, this.competitors, this.newOnly, pageRequest, this.includeExpired));
		}
		return partners.forDemand(new DemandQuery(this.subject.demand, this.region, this.role, this.country, this.kind,
				this.minPatents, this.competitors, pageRequest, this.includeExpired));
	}

	@Override
	void print(Object answer, PrintStream out) {
		if (answer instanceof PartnerRecommendations partners) {
			print(partners, out);
		}
		else {
			print((DemandRecommendations) answer, out);
		}
	}

	private static void print(PartnerRecommendations a, PrintStream out) {
		out.printf("Partners for %s, role %s: %s%n", describe(a.requester()), a.role(), a.roleRule());
		model(a.model(), out);
		if (!a.excludedOwnGroup().isEmpty()) {
			out.println("Left out, own group: " + String.join(", ", a.excludedOwnGroup()));
		}
		if (!a.excludedCompetitors().isEmpty()) {
			out.println("Left out, competitors and their groups: " + String.join(", ", a.excludedCompetitors()));
		}
		out.printf("%d candidates; page %d%n", a.total(), a.candidates().page());
		for (PartnerCandidate c : a.candidates().items()) {
			var e = c.evidence();
			out.printf("%n%3d. %s  score %.3f%s%n", c.rank(), describe(c.organization()), c.score(),
					e.existingPartner() ? "  (already a partner)" : "");
			out.println("     why: " + why(c.components()));
			line(out, "shared patents", e.sharedPatents());
			line(out, "citations", e.citations());
			line(out, "ended (expired, lapsed, withdrawn)", e.expired());
			line(out, "shared CPC", e.sharedCpc());
			line(out, "people on both sides", e.coInventors()
				.stream()
				.map(p -> p.name()
						+ (p.moved() ? " (moved " + p.requesterYears() + " -> " + p.candidateYears() + ")" : ""))
				.toList());
			line(out, "common partners", e.commonPartners());
			line(out, "declared", e.declared());
			e.paths().stream().limit(4).forEach(p -> out.println("     path: " + p));
		}
	}

	private static void print(DemandRecommendations a, PrintStream out) {
		out.printf("Demand %s: \"%s\"%n", a.demand().id(), a.demand().text());
		out.println("Targets: " + a.technologies()
			.stream()
			.map(t -> String.format(Locale.ROOT, "%s (%.2f)", t.symbol(), t.weight()))
			.toList());
		out.println("Closest patents: " + a.patents()
			.stream()
			.limit(5)
			.map(p -> String.format(Locale.ROOT, "%s %.2f \"%s\" %s", p.number(), p.similarity(), p.title(),
					p.owners()))
			.toList());
		model(a.model(), out);
		out.printf("%d organizations; page %d%n", a.total(), a.candidates().page());
		for (var c : a.candidates().items()) {
			out.printf("%n%3d. %s  score %.3f%n", c.rank(), describe(c.organization()), c.score());
			out.println("     why: " + why(c.components()));
			line(out, "matched patents",
					c.matchedPatents()
						.stream()
						.map(p -> String.format(Locale.ROOT, "%s (%.2f)", p.number(), p.similarity()))
						.toList());
			line(out, "shared terms", c.sharedTerms());
			c.paths().stream().limit(2).forEach(p -> out.println("     path: " + p));
		}
	}

	private static void model(ModelInfo m, PrintStream out) {
		out.printf("Model: %s, %s on %d positive / %d negative pairs, windows %s%s%n", m.name(), m.method(),
				m.positives(), m.negatives(), m.windows(), m.note() == null ? "" : " (" + m.note() + ")");
	}

	private static String why(List<ScoreComponent> components) {
		return String.join(", ",
				components.stream()
					.filter(c -> Math.abs(c.contribution()) >= 0.05)
					.limit(5)
					.map(c -> String.format(Locale.ROOT, "%s=%.3g (%+.2f)", c.feature(), c.value(), c.contribution()))
					.toList());
	}

	private static String describe(OrganizationRef o) {
		return String.format(Locale.ROOT, "%s (%s, %s%s, %d patents)", o.name(), o.id(),
				o.kind() == null ? "?" : o.kind(), o.country() == null ? "" : ", " + o.country(), o.patents());
	}

	private static void line(PrintStream out, String label, List<?> values) {
		if (!values.isEmpty()) {
			out.println("     " + label + ": " + values.stream().limit(6).map(String::valueOf).toList());
		}
	}

}
