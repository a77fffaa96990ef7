package org.ipgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paged verbs share {@link PageOptions}: each keeps its own default size, and an
 * out-of-range page or size is a usage error before anything starts.
 */
class PageOptionsTest {

	@Test
	void eachVerbKeepsItsDefaultSize() {
		CommandLine cli = new CommandLine(new IpgraphCli());
		assertThat(cli.getSubcommands().get("pools").getUsageMessage())
			.contains("Candidates per page, 1 to 100 (default 5)");
		assertThat(cli.getSubcommands().get("experts").getUsageMessage())
			.contains("Items per page, 1 to 100 (default 10)");
		assertThat(cli.getSubcommands().get("risk").getSubcommands().get("exposure").getUsageMessage())
			.contains("Items per page, 1 to 100 (default 10)");
	}

	@Test
	void outOfRangeIsAUsageErrorNamingTheOptions() {
		for (String[] args : new String[][] { { "pools", "--cpc", "H04N19", "--size", "0" },
				{ "experts", "--topic", "video", "--size", "101" }, { "risk", "exposure", "ACME", "--page", "-1" } }) {
			StringWriter err = new StringWriter();
			CommandLine cli = new CommandLine(new IpgraphCli());
			cli.setErr(new PrintWriter(err));
			cli.setExecutionExceptionHandler((ex, command, parsed) -> IpgraphCommand.failed(ex, command.getErr()));
			assertThat(cli.execute(args)).as(String.join(" ", args)).isEqualTo(IpgraphCommand.USAGE);
			assertThat(err.toString()).contains("--size must be 1 to 100 and --page at least 0");
		}
	}

	@Test
	void theDefaultPageIsTheFirst() {
		PageOptions pages = new PageOptions(7);
		new CommandLine(pages).parseArgs("--page", "2");
		assertThat(pages.request().page()).isEqualTo(2);
		assertThat(pages.request().size()).isEqualTo(7);
		assertThat(pages.skipped()).isEqualTo(14);
	}

}
