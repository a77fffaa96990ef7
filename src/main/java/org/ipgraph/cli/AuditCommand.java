package org.ipgraph.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.ipgraph.security.AuditEvent;
import org.ipgraph.security.AuditLog;
import org.ipgraph.web.Page;
import org.ipgraph.web.PageRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

@Command(name = "audit", mixinStandardHelpOptions = true,
		description = "Show the audit log of risk-report reads and hidden-expert disclosures, newest first.")
class AuditCommand implements Callable<Integer> {

	@Mixin
	CommonOptions common;

	@Option(names = "--user", description = "Only this user's events.")
	String user;

	@Option(names = "--action", description = "Only this action, e.g. risk.exposure.")
	String action;

	@Option(names = "--limit", defaultValue = "50", description = "How many (default ${DEFAULT-VALUE}, at most 100).")
	int limit;

	@Option(names = "--json", description = "Print JSON.")
	boolean json;

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = Application.forCommand(this.common, Map.of())) {
			Page<AuditEvent> events = context.getBean(AuditLog.class)
				.query(this.user, this.action, null, PageRequest.of(0, Math.max(1, Math.min(100, this.limit))));
			if (this.json) {
				Output.json(System.out, events.items());
			}
			else {
				events.items()
					.forEach(e -> System.out.printf("%s  %-16s %-28s %-30s %s%n", e.at(), e.user(), e.action(),
							e.target(), e.parameters()));
			}
			return 0;
		}
	}

}
