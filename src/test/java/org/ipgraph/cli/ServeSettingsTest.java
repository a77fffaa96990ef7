package org.ipgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} takes any setting of application.properties as {@code --name=value}, as
 * the README says, and refuses anything else as a usage error before it starts.
 */
class ServeSettingsTest {

	@Test
	void settingsFollowTheOptions() {
		ServeCommand serve = new ServeCommand();
		new CommandLine(serve).parseArgs("--no-demo", "--ipgraph.security.credential-cache-size=0",
				"--server.port=9090");
		assertThat(serve.noDemo).isTrue();
		assertThat(serve.settings).containsExactly("--ipgraph.security.credential-cache-size=0", "--server.port=9090");
	}

	@Test
	void anythingElseIsAUsageErrorBeforeAnythingStarts() {
		for (String bad : new String[] { "--ipgraph.security.requests-per-minute", "stray", "-x=1" }) {
			StringWriter err = new StringWriter();
			CommandLine cli = new CommandLine(new IpgraphCli());
			cli.setErr(new PrintWriter(err));
			cli.setExecutionExceptionHandler((ex, command, parsed) -> IpgraphCommand.failed(ex, command.getErr()));
			assertThat(cli.execute("serve", bad)).as(bad).isEqualTo(IpgraphCommand.USAGE);
			assertThat(err.toString()).as(bad).contains("give settings as --name=value");
		}
	}

}
