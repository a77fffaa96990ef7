package org.ipgraph.cli;

import java.io.PrintStream;
import java.time.LocalDate;

import org.ipgraph.market.MarketDemand;
import org.ipgraph.market.MarketMatch;
import org.ipgraph.market.MarketService;
import org.ipgraph.market.NewDemand;
import org.ipgraph.market.Posted;
import org.ipgraph.web.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "demands", mixinStandardHelpOptions = true,
		description = "Demands for licences, purchases, R&D or experts, matched against the active offers.",
		subcommands = { DemandsCommand.Add.class, DemandsCommand.List.class, DemandsCommand.Show.class,
				DemandsCommand.Close.class, DemandsCommand.Matches.class })
class DemandsCommand {

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Publish a demand and match it against the active offers (the same demand again creates "
					+ "nothing).")
	static class Add extends ReportCommand<Posted<MarketDemand>> {

		@Option(names = "--kind", required = true, description = "licence, purchase, rd or expert.")
		String kind;

		@Option(names = "--text", required = true, description = "What is needed, in words.")
		String text;

		@Option(names = "--requester", description = "The requesting organization (key or name).")
		String requester;

		@Option(names = "--anonymous", description = "Others see the requester as 'anonymous', with coarse facts only.")
		boolean anonymous;

		@Option(names = "--cpc", split = ",", paramLabel = "SYMBOL", description = "The field as CPC symbols.")
		java.util.List<String> cpc;

		@Option(names = "--keywords", split = ",", paramLabel = "WORDS", description = "The field as keywords.")
		java.util.List<String> keywords;

		@Option(names = "--budget", description = "The budget.")
		Double budget;

		@Option(names = "--currency", description = "The budget's currency (ISO code).")
		String currency;

		@Option(names = "--deadline", paramLabel = "YYYY-MM-DD", description = "When it is needed by.")
		LocalDate deadline;

		@Option(names = "--region", description = "Where, e.g. US or CN-GD.")
		String region;

		@Option(names = "--key", description = "Your own key for the demand: adding it again changes nothing.")
		String key;

		@Override
		Posted<MarketDemand> report(Application application) {
			NewDemand demand = MarketOutput.valid(application,
					new NewDemand(this.key, this.requester, this.anonymous, this.kind, this.text, this.cpc,
							this.keywords, this.budget, this.currency, this.deadline, this.region));
			return application.bean(MarketService.class).publish(demand);
		}

		@Override
		void print(Posted<MarketDemand> posted, PrintStream out) {
			MarketOutput.posted(posted, out);
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "Browse or search demands (open ones unless --status says otherwise).")
	static class List extends ReportCommand<Page<MarketDemand>> {

		@Mixin
		MarketOutput.SearchOptions search = new MarketOutput.SearchOptions();

		@Mixin
		PageOptions pages = new PageOptions(20);

		@Override
		Page<MarketDemand> report(Application application) {
			return application.bean(MarketService.class).demands(this.search.search(), this.pages.request());
		}

		@Override
		void print(Page<MarketDemand> page, PrintStream out) {
			MarketOutput.page(page, out, MarketOutput::demand);
		}

	}

	@Command(name = "show", mixinStandardHelpOptions = true, description = "One demand, as you may see it.")
	static class Show extends MarketOutput.ById<MarketDemand> {

		Show() {
			super(MarketService::demand, MarketOutput::demand);
		}

	}

	@Command(name = "matches", mixinStandardHelpOptions = true,
			description = "The offers a demand matches, best first, with the reasons.")
	static class Matches extends ReportCommand<Page<MarketMatch>> {

		@Parameters(index = "0", paramLabel = "ID", description = "The demand's key.")
		String id;

		@Mixin
		PageOptions pages = new PageOptions(20);

		@Override
		Page<MarketMatch> report(Application application) {
			return application.bean(MarketService.class).demandMatches(this.id, this.pages.request());
		}

		@Override
		void print(Page<MarketMatch> page, PrintStream out) {
			MarketOutput.matches(page.items(), true, out);
			if (page.hasMore()) {
				out.printf("%nMore: --page %d%n", page.page() + 1);
			}
		}

	}

	@Command(name = "close", mixinStandardHelpOptions = true, description = "Close a demand: it is matched no more.")
	static class Close extends MarketOutput.ById<MarketDemand> {

		Close() {
			super(MarketService::close, MarketOutput::demand);
		}

	}

}
