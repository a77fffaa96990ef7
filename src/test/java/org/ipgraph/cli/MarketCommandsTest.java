package org.ipgraph.cli;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offers and demands verbs parse their options as documented (no application is
 * started).
 */
class MarketCommandsTest {

	@Test
	void offersAndDemandsVerbsParse() {
		CommandLine cli = new CommandLine(new IpgraphCli());
		ParseResult add = cli.parseArgs("offers", "add", "--organization", "Stepwise", "--kind", "licence", "--title",
				"Gait", "--patents", "US9000001,US9000002", "--valid-until", "2027-12-31", "--key", "k1");
		OffersCommand.Add offer = (OffersCommand.Add) add.subcommand().subcommand().commandSpec().userObject();
		assertThat(offer.patents).containsExactly("US9000001", "US9000002");
		assertThat(offer.validUntil).isEqualTo(LocalDate.of(2027, 12, 31));
		ParseResult list = new CommandLine(new IpgraphCli()).parseArgs("offers", "list", "--cpc", "A61B", "--q", "gait",
				"--organization", "stepwise", "--size", "5");
		OffersCommand.List offers = (OffersCommand.List) list.subcommand().subcommand().commandSpec().userObject();
		assertThat(offers.search.search().cpc()).isEqualTo("A61B");
		assertThat(offers.pages.request().size()).isEqualTo(5);
		ParseResult demand = new CommandLine(new IpgraphCli()).parseArgs("demands", "add", "--kind", "licence",
				"--text", "gait sensor", "--anonymous", "--cpc", "A61B5/11", "--budget", "80000");
		DemandsCommand.Add d = (DemandsCommand.Add) demand.subcommand().subcommand().commandSpec().userObject();
		assertThat(d.anonymous).isTrue();
		assertThat(d.cpc).isEqualTo(List.of("A61B5/11"));
		for (String verb : List.of("show", "close", "matches")) {
			ParseResult one = new CommandLine(new IpgraphCli()).parseArgs("demands", verb, "demand:market:abc");
			assertThat(one.subcommand().subcommand().matchedPositionals()).hasSize(1);
		}
		ParseResult withdraw = new CommandLine(new IpgraphCli()).parseArgs("offers", "withdraw", "offer:abc");
		assertThat(((OffersCommand.Withdraw) withdraw.subcommand().subcommand().commandSpec().userObject()).id)
			.isEqualTo("offer:abc");
	}

	@Test
	void benchesTakeTheirOwnRequestDefaults() {
		CommandLine cli = new CommandLine(new IpgraphCli());
		ParseResult bench = cli.parseArgs("market", "bench", "--offers", "300", "--seed", "7");
		MarketCommand.Bench market = (MarketCommand.Bench) bench.subcommand().subcommand().commandSpec().userObject();
		assertThat(market.offers).isEqualTo(300);
		assertThat(market.demands).isEqualTo(2000);
		assertThat(market.requests.requests(500)).isEqualTo(500);
		assertThat(market.requests.warmUp(50)).isEqualTo(50);
		ParseResult set = new CommandLine(new IpgraphCli()).parseArgs("partners", "bench", "--requests", "30",
				"--warm-up", "0");
		PartnersBenchCommand partners = (PartnersBenchCommand) set.subcommand().subcommand().commandSpec().userObject();
		assertThat(partners.requests.requests(200)).isEqualTo(30);
		assertThat(partners.requests.warmUp(20)).isZero();
		assertThat(cli.getSubcommands().get("market").getSubcommands().get("bench").getUsageMessage())
			.contains("Timed requests per endpoint (default 500).");
		assertThat(cli.getSubcommands().get("partners").getSubcommands().get("bench").getUsageMessage())
			.contains("Calls measured per endpoint (default 200).");
	}

}
