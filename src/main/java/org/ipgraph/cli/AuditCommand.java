package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.List;

import org.ipgraph.security.AuditEvent;
import org.ipgraph.security.AuditLog;
import org.ipgraph.web.PageRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true,
		description = "Show the audit log of risk-report reads and hidden-expert disclosures, newest first.")
class AuditCommand extends ReportCommand<List<AuditEvent>> {

	@Option(names = "--user", description = "Only this user's events.")
	String user;

	@Option(names = "--action", description = "Only this action, e.g. risk.exposure.")
	String action;

	@Option(names = "--limit", defaultValue = "50", description = "How many (default ${DEFAULT-VALUE}, at most 100).")
	int limit;

	@Override
	List<AuditEvent> report(Application application) {
		return application.bean(AuditLog.class)
			.query(this.user, this.action, null, PageRequest.of(0, Math.max(1, Math.min(100, this.limit))))
			.items();
	}

	@Override
	void print(List<AuditEvent> events, PrintStream out) {
		events.forEach(e -> out.printf("%s  %-16s %-28s %-30s %s%n", e.at(), e.user(), e.action(), e.target(),
				e.parameters()));
	}

}
