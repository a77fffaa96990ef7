package org.ipgraph.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;

import org.ipgraph.watch.Alert;
import org.ipgraph.watch.Alerts;
import org.ipgraph.watch.ChangeDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "alerts", mixinStandardHelpOptions = true,
		description = "A user's alerts, oldest first after --after. Derives pending change sets first (the server "
				+ "does so in the background too); --follow keeps polling for new ones.")
class AlertsCommand extends ApplicationCommand {

	private static final int FOLLOW_CHANGE_SETS = 10;

	@Mixin
	WatchCommand.UserOption user;

	@Option(names = "--after", defaultValue = "0", paramLabel = "SEQ",
			description = "Only alerts after this sequence number (default ${DEFAULT-VALUE}).")
	long after;

	@Option(names = "--limit", defaultValue = "50", description = "Alerts per page (default ${DEFAULT-VALUE}).")
	int limit;

	@Option(names = "--unread", description = "Only unread alerts.")
	boolean unread;

	@Option(names = "--kind", paramLabel = "KIND", description = "Only alerts of this kind.")
	String kind;

	@Option(names = "--sweep", description = "Also look for coming expiries and rerun saved searches now.")
	boolean sweep;

	@Option(names = "--mark-read", description = "Mark the alerts shown read.")
	boolean markRead;

	@Option(names = "--follow", description = "Keep polling for new alerts until interrupted.")
	boolean follow;

	@Option(names = "--interval", defaultValue = "5s",
			description = "How often --follow polls (default ${DEFAULT-VALUE}).")
	String interval;

	@Option(names = "--json", description = "Print each alert as one line of JSON.")
	boolean json;

	@Override
	int run(Application application) throws InterruptedException {
		if (this.limit < 1 || this.limit > Alerts.MAX_LIMIT) {
			throw new IllegalArgumentException("--limit: between 1 and " + Alerts.MAX_LIMIT);
		}
		Duration every = Duration.parse("PT" + this.interval.toUpperCase(java.util.Locale.ROOT));
		boolean risk = this.user.readsRisk(application);
		ChangeDetector detector = application.bean(ChangeDetector.class);
		Alerts alerts = application.bean(Alerts.class);
		long next = this.after;
		boolean first = true;
		while (true) {
			// following: a few change sets at a time, to show alerts as they come
			ChangeDetector.Round round = this.follow ? detector.derive(FOLLOW_CHANGE_SETS) : detector.derive();
			if (this.sweep && first) {
				detector.sweep(LocalDate.now());
			}
			first = false;
			Alert.Page page = alerts.page(this.user.user, next, this.limit, this.unread, this.kind, risk);
			page.items().forEach(a -> print(a, System.out));
			if (this.markRead && !page.items().isEmpty()) {
				alerts.markRead(this.user.user, page.items().stream().map(Alert::key).toList(), null, risk);
			}
			next = page.next();
			System.out.flush();
			if (!this.follow) {
				if (page.hasMore()) {
					System.err.println("more alerts follow: --after " + next);
				}
				return OK;
			}
			if (!page.hasMore() && round.changeSets() < FOLLOW_CHANGE_SETS) {
				Thread.sleep(every.toMillis());
			}
		}
	}

	private void print(Alert a, PrintStream out) {
		if (this.json) {
			out.println(Output.jsonLine(a));
			return;
		}
		out.printf("#%d %s %s%s%n", a.seq(), a.kind(), a.title(), a.read() ? " (read)" : "");
		out.println("    " + a.summary());
		a.evidence().forEach(e -> out.println("    - " + e));
	}

}
