package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.List;

import org.ipgraph.notify.Digests;
import org.ipgraph.notify.Webhook;
import org.ipgraph.notify.WebhookDelivery;
import org.ipgraph.notify.Webhooks;
import org.ipgraph.web.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "webhooks", mixinStandardHelpOptions = true,
		description = "Manage users' webhooks (signed HTTP POSTs of their alerts, sent by the running server) "
				+ "and their e-mail digest addresses.",
		subcommands = { WebhooksCommand.Add.class, WebhooksCommand.ListWebhooks.class, WebhooksCommand.Remove.class,
				WebhooksCommand.Deliveries.class, WebhooksCommand.Email.class })
class WebhooksCommand {

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Add a webhook for a user's alerts; its signing secret is shown once.")
	static class Add extends ApplicationCommand {

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username;

		@Parameters(index = "1", paramLabel = "URL", description = "http or https; public addresses only unless "
				+ "ipgraph.notify.webhooks.allow-private-networks=true")
		String url;

		@Override
		int run(Application application) {
			Webhook.Created created = application.bean(Webhooks.class).create(this.username, this.url);
			System.out.println("Added webhook " + created.webhook().id() + " for " + this.username + " -> "
					+ created.webhook().url() + " (alerts after #" + created.webhook().fromSeq() + ")");
			System.out.println("Signing secret (shown once): " + created.secret());
			return OK;
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "List webhooks with their delivery counts (never their secrets).")
	static class ListWebhooks extends ReportCommand<List<Webhook>> {

		@Option(names = "--user", paramLabel = "USERNAME", description = "Only this user's webhooks.")
		String username;

		@Override
		List<Webhook> report(Application application) {
			return application.bean(Webhooks.class).list(this.username);
		}

		@Override
		void print(List<Webhook> webhooks, PrintStream out) {
			webhooks.forEach(w -> out.printf("%-20s %-16s %s  cursor #%d  delivered %d, pending %d, dead %d%n", w.id(),
					w.username(), w.url(), w.cursor(), w.delivered(), w.pending(), w.dead()));
		}

	}

	@Command(name = "remove", mixinStandardHelpOptions = true,
			description = "Remove a webhook and its delivery records.")
	static class Remove extends ApplicationCommand {

		@Parameters(index = "0", paramLabel = "ID")
		String id;

		@Override
		int run(Application application) {
			application.bean(Webhooks.class).delete(this.id);
			System.out.println("Removed " + this.id);
			return OK;
		}

	}

	@Command(name = "deliveries", mixinStandardHelpOptions = true,
			description = "A webhook's deliveries, latest alerts first, with attempts and the last error.")
	static class Deliveries extends ReportCommand<Page<WebhookDelivery>> {

		@Parameters(index = "0", paramLabel = "ID")
		String id;

		@Option(names = "--state", description = "pending, delivered or dead.")
		String state;

		@Mixin
		PageOptions pages = new PageOptions(20);

		@Override
		Page<WebhookDelivery> report(Application application) {
			var page = this.pages.request();
			return application.bean(Webhooks.class).deliveries(this.id, this.state, page);
		}

		@Override
		void print(Page<WebhookDelivery> deliveries, PrintStream out) {
			deliveries.items()
				.forEach(d -> out.printf("#%-8d %-10s attempts %d  %s%s%n", d.seq(), d.state(), d.attempts(),
						d.alertKey(), d.lastError() == null ? "" : "  last error: " + d.lastError()));
		}

	}

	@Command(name = "email", mixinStandardHelpOptions = true,
			description = "Set (or with --clear remove) the address a user's alert digests go to.")
	static class Email extends ReportCommand<Digests.Digest> {

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username;

		@Parameters(index = "1", paramLabel = "ADDRESS", arity = "0..1")
		String address;

		@Option(names = "--clear", description = "Remove the address: no more digests.")
		boolean clear;

		@Override
		Digests.Digest report(Application application) {
			if (this.clear == (this.address != null)) {
				throw new IllegalArgumentException("give an ADDRESS or --clear");
			}
			return application.bean(Digests.class).setEmail(this.username, this.clear ? null : this.address);
		}

		@Override
		void print(Digests.Digest digest, PrintStream out) {
			out.println(digest.email() == null ? "No digests for " + digest.username() : "Digests for "
					+ digest.username() + " go to " + digest.email() + " (alerts after #" + digest.cursor() + ")");
		}

	}

}
