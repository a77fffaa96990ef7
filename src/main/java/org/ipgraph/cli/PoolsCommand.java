package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ipgraph.pools.PoolCandidate;
import org.ipgraph.pools.PoolQuery;
import org.ipgraph.pools.PoolResults;
import org.ipgraph.pools.PoolService;
import org.ipgraph.web.PageRequest;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "pools", mixinStandardHelpOptions = true, subcommands = PoolsBenchCommand.class,
		description = { "Patent-pool candidates: clusters of complementary patents of at least 3 independent owner "
				+ "groups, with each member's evidence, licensors and their shares (HHI), blocking relations, likely "
				+ "missing holders and substitutes set apart.", "Examples:", "  ipgraph pools --cpc H04N19",
				"  ipgraph pools --standard \"DEMO-VC 1\" --json",
				"  ipgraph pools --topic \"motion vector prediction\"",
				"  ipgraph pools --patents US40000607,US40000670,US40000681" })
class PoolsCommand extends ReportCommand<PoolResults> {

	private static final int MEMBERS_SHOWN = 12;

	@ArgGroup(exclusive = true, multiplicity = "0..1")
	Target target;

	@Option(names = "--min-owners", defaultValue = "3",
			description = "Least number of independent owner groups (default ${DEFAULT-VALUE}).")
	int minOwners;

	@Option(names = "--include-expired",
			description = "Take patents that have ended (expired, lapsed, withdrawn) into the scope, flagged. "
					+ "Default: patents in force, pending or of unknown status.")
	boolean includeExpired;

	@Mixin
	PageOptions pages = new PageOptions(5);

	static class Target {

		@Option(names = "--cpc", paramLabel = "SYMBOL", description = "A CPC group or subclass, e.g. H04N19.")
		String cpc;

		@Option(names = "--standard", paramLabel = "ID", description = "A specification id, e.g. \"3GPP TS 36.300\".")
		String standard;

		@Option(names = "--topic", paramLabel = "TEXT", description = "Keywords, searched in titles and abstracts.")
		String topic;

		@Option(names = "--patents", paramLabel = "N,N,...", split = ",", description = "A seed set of patents.")
		List<String> patents;

	}

	@Override
	ApiRequest<PoolResults> apiRequest() {
		// a seed set of patents is a POST
		if (this.target == null || this.target.patents != null || !this.pages.valid()) {
			return null;
		}
		return ApiRequest.of(LocalApi.path("/api/v1/pools", "cpc", this.target.cpc, "standard", this.target.standard,
				"topic", this.target.topic, "minOwners", this.minOwners, "includeExpired", this.includeExpired, "page",
				this.pages.page, "size", this.pages.size), PoolResults.class);
	}

	@Override
	PoolResults report(Application application) {
		if (this.target == null) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"Missing what to search: one of --cpc, --standard, --topic or --patents (or the subcommand bench)");
		}
		PageRequest page = this.pages.request();
		return application.bean(PoolService.class).find(query().includingExpired(this.includeExpired), page);
	}

	private PoolQuery query() {
		if (this.target.cpc != null) {
			return PoolQuery.cpc(this.target.cpc, this.minOwners);
		}
		if (this.target.standard != null) {
			return PoolQuery.standard(this.target.standard, this.minOwners);
		}
		if (this.target.topic != null) {
			return PoolQuery.topic(this.target.topic, this.minOwners);
		}
		return PoolQuery.patents(this.target.patents, this.minOwners);
	}

	@Override
	void print(PoolResults results, PrintStream out) {
		PoolResults.Scope scope = results.scope();
		out.printf(Locale.ROOT,
				"Pool candidates for %s: %d found (%d patents in scope, %d set apart as substitutes, "
						+ "%d communities; %s)%n",
				results.query(), results.total(), scope.patents(), scope.substitutes(), scope.communities(),
				scope.method());
		out.println(scope.includeExpired() ? scope.ended() + " patents in scope have ended (flagged)"
				: "Patents in force, pending or of unknown status (--include-expired for ended ones)");
		scope.notes().forEach(n -> out.println("Note: " + n));
		int rank = results.page() * results.size();
		for (PoolCandidate c : results.items()) {
			out.println();
			out.printf(Locale.ROOT, "%d. %s%s  score %.2f (mean member score %.2f x concentration factor %.2f)%n",
					++rank, c.id(), c.standard() == null ? "" : "  for " + c.standard(), c.score(),
					c.scoreComponents().get("meanMemberScore"), c.scoreComponents().get("concentrationFactor"));
			out.println("   " + c.explanation());
			if (c.standards().size() > 1) {
				out.println("   Declared members by specification: " + c.standards());
			}
			out.printf(Locale.ROOT, "   Licensors (HHI %.0f):%n", c.hhi());
			for (PoolCandidate.Licensor l : c.licensors()) {
				out.printf(Locale.ROOT, "     %-40s %5.1f%%  %4.1f patents%s%n", l.name(), 100 * l.share(), l.patents(),
						l.declared() ? "  declared" : "");
			}
			Map<String, String> names = new java.util.HashMap<>();
			c.licensors().forEach(l -> names.put(l.group(), l.name()));
			out.println("   Members (score: why):");
			for (PoolCandidate.PoolMember m : c.members().subList(0, Math.min(MEMBERS_SHOWN, c.members().size()))) {
				out.printf(Locale.ROOT, "     %-14s %.2f  %s%s  [%s]%n", m.number(), m.score(), shorten(m.title(), 60),
						m.legal().badge(),
						String.join(", ", m.groups().stream().map(g -> names.getOrDefault(g, g)).toList()));
				m.reasons().forEach(r -> out.println("         - " + r));
			}
			if (c.members().size() > MEMBERS_SHOWN) {
				out.printf("     ... and %d more (--json shows all)%n", c.members().size() - MEMBERS_SHOWN);
			}
			if (!c.substitutes().isEmpty()) {
				out.println("   Substitutes, set apart (not counted):");
				c.substitutes()
					.forEach(s -> out.printf("     %-14s of %-14s %s%n", s.number(), s.substituteOf(), s.reason()));
			}
			List<PoolCandidate.BlockingRelation> mutual = c.blocking().stream().filter(b -> b.mutual()).toList();
			if (!mutual.isEmpty()) {
				out.println("   Blocking (licensors citing each other both ways):");
				mutual.forEach(b -> out.printf("     %s <-> %s (%d / %d citations)%n",
						names.getOrDefault(b.group(), b.group()), names.getOrDefault(b.otherGroup(), b.otherGroup()),
						b.cites(), b.citedBy()));
			}
			if (!c.missingHolders().isEmpty()) {
				out.println("   Likely missing holders:");
				for (PoolCandidate.MissingHolder h : c.missingHolders()) {
					out.printf(Locale.ROOT, "     %-40s %.2f  %s%n", h.name(), h.score(), h.reason());
					h.patents()
						.stream()
						.limit(3)
						.forEach(p -> out.printf(Locale.ROOT, "         %s%s text %.2f, %d citation links%s  %s%n",
								p.number(), p.legal().badge(), p.similarity(), p.citationLinks(),
								p.clustered() ? ", clustered with members" : "", shorten(p.title(), 50)));
				}
			}
		}
		if (results.hasMore()) {
			out.printf("%nMore candidates: --page %d%n", results.page() + 1);
		}
	}

	private static String shorten(String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() <= max ? text : text.substring(0, max - 3) + "...";
	}

}
