package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.ipgraph.experts.ExpertResults;
import org.ipgraph.experts.ExpertService;
import org.ipgraph.experts.ExpertSuggestion;
import org.ipgraph.security.Role;
import org.ipgraph.web.PageRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@Command(name = "experts", mixinStandardHelpOptions = true, subcommands = ExpertsBenchCommand.class,
		description = {
				"People ranked for a topic, a patent or a demand, with score components, evidence and "
						+ "affiliation.",
				"The CLI acts as the local operator and sees people without consent by name (audited); "
						+ "--as-platform-user shows what a platform user sees: anonymous profiles." })
class ExpertsCommand extends ReportCommand<ExpertResults> {

	@ArgGroup(exclusive = true, multiplicity = "0..1")
	Query query;

	static class Query {

		@Option(names = "--topic", paramLabel = "TEXT", description = "A topic text.")
		String topic;

		@Option(names = "--patent", paramLabel = "NUMBER", description = "A patent in the graph, e.g. US10123456.")
		String patent;

		@Option(names = "--demand", paramLabel = "TEXT", description = "A demand text.")
		String demand;

	}

	@Option(names = "--exclude", paramLabel = "ORG",
			description = "A conflicting party (organization id or name); its corporate group is excluded too. "
					+ "Repeatable.")
	List<String> exclude = List.of();

	@Mixin
	PageOptions pages = new PageOptions(10);

	@Option(names = "--as-platform-user", description = "Answer as a platform user (role USER) would see it.")
	boolean asUser;

	@Option(names = "--include-expired",
			description = "Count patents that have ended (expired, lapsed, withdrawn) as evidence, flagged. "
					+ "Default: patents in force, pending or of unknown status, and documents.")
	boolean includeExpired;

	@Override
	ApiRequest<ExpertResults> apiRequest() {
		// a demand is a POST; a platform user's view is not the token's (an analyst's)
		if (this.query == null || this.query.demand != null || this.asUser || !this.pages.valid()) {
			return null;
		}
		return ApiRequest.of(LocalApi.path("/api/v1/experts", "topic", this.query.topic, "patent", this.query.patent,
				"exclude", this.exclude, "includeExpired", this.includeExpired, "page", this.pages.page, "size",
				this.pages.size), ExpertResults.class);
	}

	@Override
	ExpertResults report(Application application) {
		if (this.query == null) {
			throw new IllegalArgumentException("give one of --topic, --patent or --demand (or the bench subcommand)");
		}
		PageRequest request = this.pages.request();
		ExpertService experts = application.bean(ExpertService.class);
		if (this.asUser) {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("cli-platform-user", null,
						List.of(new SimpleGrantedAuthority(Role.USER.authority()))));
		}
		boolean all = this.includeExpired;
		return this.query.topic != null ? experts.forTopic(this.query.topic, this.exclude, request, all)
				: this.query.patent != null ? experts.forPatent(this.query.patent, this.exclude, request, all)
						: experts.forDemand(this.query.demand, this.exclude, request, all);
	}

	@Override
	void print(ExpertResults results, PrintStream out) {
		out.println("Experts for " + results.query() + "   areas: " + results.areas().keySet());
		if (results.results().items().isEmpty()) {
			out.println("Nobody matches.");
		}
		for (ExpertSuggestion s : results.results().items()) {
			String who = s.anonymous() ? "(anonymous) " + s.profile() : s.name() + " [" + s.personId() + "]";
			out.printf(Locale.ROOT, "%3d. %.4f  %s  %s%n", s.rank(), s.score(), s.handle(), who);
			ExpertSuggestion.ScoreComponents c = s.components();
			out.printf(Locale.ROOT, "     text %.3f  organization %.3f  profile %.3f  cpc %.3f  expertise %.3f%n",
					c.text(), c.organization(), c.profile(), c.cpc(), c.expertise());
			out.printf("     %s; %d patents, %d documents, %s%s%n",
					s.affiliation() == null ? "no affiliation" : s.affiliation().name(), s.patents(), s.documents(),
					s.firstYear() > 0 ? s.firstYear() + "-" + s.lastYear() + ", " : "", s.areas().keySet());
			s.evidence()
				.forEach(e -> out.printf(Locale.ROOT, "     evidence: %s %s%s %d %s match %.3f%n", e.kind(),
						e.key() == null ? "(withheld)" : e.key(), e.expired() ? " [ended]" : "", e.year(), e.cpc(),
						e.match()));
			if (!s.anonymous() && !s.nameVariants().isEmpty()) {
				out.println("     also listed as: " + String.join("; ", s.nameVariants()));
			}
		}
		if (results.results().hasMore()) {
			out.println("More: --page " + (results.results().page() + 1));
		}
		ExpertResults.Conflicts conflicts = results.conflicts();
		if (conflicts != null) {
			out.printf("Conflicts: excluded %d people (%d anonymous) tied to %s%n", conflicts.excluded(),
					conflicts.excludedAnonymous(), conflicts.organizations());
			conflicts.people().forEach(p -> out.println("  - " + p.name() + " via " + p.organizations()));
			if (!conflicts.unknownParties().isEmpty()) {
				out.println("  unknown parties: " + conflicts.unknownParties());
			}
			out.println("  " + conflicts.reason());
		}
	}

}
