package org.ipgraph.cli;

import java.io.PrintStream;
import java.time.LocalDate;

import org.ipgraph.market.MarketService;
import org.ipgraph.market.NewOffer;
import org.ipgraph.market.Offer;
import org.ipgraph.market.Posted;
import org.ipgraph.web.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "offers", mixinStandardHelpOptions = true,
		description = "Offers of patents and packages for licence, sale or pledge, matched against the open demands.",
		subcommands = { OffersCommand.Add.class, OffersCommand.List.class, OffersCommand.Show.class,
				OffersCommand.Withdraw.class })
class OffersCommand {

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Publish an offer and match it against the open demands (the same offer again creates "
					+ "nothing).")
	static class Add extends ReportCommand<Posted<Offer>> {

		@Option(names = "--organization", required = true, description = "The offering organization (key or name).")
		String organization;

		@Option(names = "--kind", required = true, description = "licence, sale or pledge.")
		String kind;

		@Option(names = "--title", required = true, description = "What is offered, in a line.")
		String title;

		@Option(names = "--description", description = "What is offered, in words.")
		String description;

		@Option(names = "--patents", required = true, split = ",", paramLabel = "NUMBER",
				description = "The package's patents, e.g. US7654321,US7654322.")
		java.util.List<String> patents;

		@Option(names = "--cpc", split = ",", paramLabel = "SYMBOL", description = "Fields beyond the patents' codes.")
		java.util.List<String> cpc;

		@Option(names = "--terms", description = "Price or royalty in words, e.g. '2%% running royalty'.")
		String terms;

		@Option(names = "--price", description = "The asking price.")
		Double price;

		@Option(names = "--currency", description = "The price's currency (ISO code).")
		String currency;

		@Option(names = "--exclusivity", description = "exclusive, non-exclusive or sole.")
		String exclusivity;

		@Option(names = "--territory", description = "Where the offer holds.")
		String territory;

		@Option(names = "--valid-until", paramLabel = "YYYY-MM-DD", description = "The offer's last day.")
		LocalDate validUntil;

		@Option(names = "--key", description = "Your own key for the offer: adding it again changes nothing.")
		String key;

		@Override
		Posted<Offer> report(Application application) {
			NewOffer offer = MarketOutput.valid(application,
					new NewOffer(this.key, this.organization, this.kind, this.title, this.description, this.patents,
							this.cpc, this.terms, this.price, this.currency, this.exclusivity, this.territory,
							this.validUntil));
			return application.bean(MarketService.class).publish(offer);
		}

		@Override
		void print(Posted<Offer> posted, PrintStream out) {
			MarketOutput.posted(posted, out);
		}

	}

	@Command(name = "show", mixinStandardHelpOptions = true, description = "One offer.")
	static class Show extends MarketOutput.ById<Offer> {

		Show() {
			super(MarketService::offer, MarketOutput::offer);
		}

		@Override
		ApiRequest<Offer> apiRequest() {
			return new ApiRequest<>("/api/v1/offers/" + LocalApi.encode(this.id), Offer.class);
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "Browse or search offers (active ones unless --status says otherwise).")
	static class List extends ReportCommand<Page<Offer>> {

		@Mixin
		MarketOutput.SearchOptions search = new MarketOutput.SearchOptions();

		@Option(names = "--organization", description = "The offering organization (key or name).")
		String organization;

		@Mixin
		PageOptions pages = new PageOptions(20);

		@Override
		ApiRequest<Page<Offer>> apiRequest() {
			if (!this.pages.valid()) {
				return null;
			}
			return ApiRequest.of(
					LocalApi.path("/api/v1/offers", "q", this.search.q, "cpc", this.search.cpc, "kind",
							this.search.kind, "status", this.search.status, "organization", this.organization, "page",
							this.pages.page, "size", this.pages.size),
					new tools.jackson.core.type.TypeReference<Page<Offer>>() {
					});
		}

		@Override
		Page<Offer> report(Application application) {
			return application.bean(MarketService.class)
				.offers(this.search.search(), this.organization, this.pages.request());
		}

		@Override
		void print(Page<Offer> page, PrintStream out) {
			MarketOutput.page(page, out, MarketOutput::offer);
		}

	}

	@Command(name = "withdraw", mixinStandardHelpOptions = true,
			description = "Withdraw an offer: it is matched no more.")
	static class Withdraw extends MarketOutput.ById<Offer> {

		Withdraw() {
			super(MarketService::withdraw, MarketOutput::offer);
		}

	}

}
