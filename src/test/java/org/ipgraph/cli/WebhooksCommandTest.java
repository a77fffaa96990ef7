package org.ipgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ipgraph webhooks}: its verbs, and usage errors before anything starts.
 */
class WebhooksCommandTest {

	@Test
	void offersTheWebhookAndDigestVerbs() {
		CommandLine webhooks = new CommandLine(new IpgraphCli()).getSubcommands().get("webhooks");
		assertThat(webhooks.getSubcommands()).containsKeys("add", "list", "remove", "deliveries", "email");
		assertThat(webhooks.getSubcommands().get("add").getUsageMessage()).contains("shown once");
	}

	@Test
	void anAddressOrClearIsAUsageError() {
		for (String[] args : new String[][] { { "webhooks", "email", "ana" },
				{ "webhooks", "email", "ana", "ana@example.org", "--clear" } }) {
			StringWriter err = new StringWriter();
			CommandLine cli = new CommandLine(new IpgraphCli());
			cli.setErr(new PrintWriter(err));
			cli.setExecutionExceptionHandler((ex, command, parsed) -> IpgraphCommand.failed(ex, command.getErr()));
			assertThat(cli.execute(args)).as(String.join(" ", args)).isEqualTo(IpgraphCommand.USAGE);
			assertThat(err.toString()).contains("give an ADDRESS or --clear");
		}
	}

}
