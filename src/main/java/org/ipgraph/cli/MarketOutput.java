package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.ipgraph.market.MarketDemand;
import org.ipgraph.market.MarketMatch;
import org.ipgraph.market.MarketService;
import org.ipgraph.market.Offer;
import org.ipgraph.market.Posted;
import org.ipgraph.market.Search;
import org.ipgraph.web.Page;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the offers and demands verbs share: checking a request as the API does, and
 * printing offers, demands and matches for people.
 */
final class MarketOutput {

	private MarketOutput() {
	}

	/**
	 * The request, checked by the same rules as the API's.
	 * @throws IllegalArgumentException naming every field that breaks them
	 */
	static <T> T valid(Application application, T request) {
		var violations = application.bean(Validator.class).validate(request);
		if (!violations.isEmpty()) {
			throw new IllegalArgumentException(violations.stream()
				.map(v -> v.getPropertyPath() + ": " + v.getMessage())
				.sorted()
				.collect(Collectors.joining("; ")));
		}
		return request;
	}

	static void offer(Offer o, PrintStream out) {
		out.printf(Locale.ROOT, "%s  %s  %s  %s%n", o.id(), o.kind(), o.status(), o.title());
		out.printf(Locale.ROOT, "    by %s%s; %d patents; CPC %s%n", o.organization(),
				o.organizationName() == null ? "" : " (" + o.organizationName() + ")", o.patents().size(),
				String.join(", ", o.cpc().subList(0, Math.min(8, o.cpc().size()))));
		StringBuilder terms = new StringBuilder();
		append(terms, "terms", o.terms());
		append(terms, "price", o.price() == null ? null
				: String.format(Locale.ROOT, "%,.0f%s", o.price(), o.currency() == null ? "" : " " + o.currency()));
		append(terms, "exclusivity", o.exclusivity());
		append(terms, "territory", o.territory());
		append(terms, "valid until", o.validUntil());
		if (!terms.isEmpty()) {
			out.println("    " + terms);
		}
	}

	static void demand(MarketDemand d, PrintStream out) {
		out.printf(Locale.ROOT, "%s  %s  %s  requester %s%s%n", d.id(), d.kind(), d.status(), d.requester(),
				d.requesterName() == null ? "" : " (" + d.requesterName() + ")");
		if (d.text() != null) {
			out.println("    " + d.text());
		}
		StringBuilder facts = new StringBuilder();
		append(facts, "CPC", d.cpc().isEmpty() ? null : String.join(", ", d.cpc()));
		append(facts, "keywords",
				d.keywords() == null || d.keywords().isEmpty() ? null : String.join(", ", d.keywords()));
		append(facts, "budget", d.budget() == null ? d.budgetBand()
				: String.format(Locale.ROOT, "%,.0f%s", d.budget(), d.currency() == null ? "" : " " + d.currency()));
		append(facts, "deadline", d.deadline());
		append(facts, "anonymous", d.anonymous() ? (d.identityShown() ? "yes (you see who)" : "yes") : null);
		if (!facts.isEmpty()) {
			out.println("    " + facts);
		}
	}

	static void matches(List<MarketMatch> matches, boolean offers, PrintStream out) {
		int rank = 0;
		for (MarketMatch m : matches) {
			out.printf(Locale.ROOT, "%n%2d. %.3f  ", ++rank, m.score());
			if (offers) {
				offer(m.offer(), out);
			}
			else {
				demand(m.demand(), out);
			}
			m.reasons().forEach(r -> out.println("    - " + r));
		}
	}

	static void posted(Posted<?> posted, PrintStream out) {
		out.println(posted.created() ? "Published:" : "Already published:");
		if (posted.item() instanceof Offer o) {
			offer(o, out);
		}
		else {
			demand((MarketDemand) posted.item(), out);
		}
		posted.notes().forEach(n -> out.println("Note: " + n));
		matches(posted.matches(), posted.item() instanceof MarketDemand, out);
	}

	static <T> void page(Page<T> page, PrintStream out, BiConsumer<T, PrintStream> each) {
		page.items().forEach(item -> each.accept(item, out));
		if (page.items().isEmpty()) {
			out.println("Nothing found.");
		}
		if (page.hasMore()) {
			out.printf(Locale.ROOT, "More: --page %d%n", page.page() + 1);
		}
	}

	private static void append(StringBuilder into, String name, String value) {
		if (value != null && !value.isBlank()) {
			into.append(into.isEmpty() ? "" : "; ").append(name).append(' ').append(value);
		}
	}

	/**
	 * A verb on one offer or demand, named by its key: what it does and how it prints.
	 *
	 * @param <T> what it answers
	 */
	abstract static class ById<T> extends ReportCommand<T> {

		@Parameters(index = "0", paramLabel = "ID", description = "The key, e.g. offer:3f2a... or demand:market:...")
		String id;

		private final BiFunction<MarketService, String, T> action;

		private final BiConsumer<T, PrintStream> printer;

		ById(BiFunction<MarketService, String, T> action, BiConsumer<T, PrintStream> printer) {
			this.action = action;
			this.printer = printer;
		}

		@Override
		final T report(Application application) {
			return this.action.apply(application.bean(MarketService.class), this.id);
		}

		@Override
		final void print(T result, PrintStream out) {
			this.printer.accept(result, out);
		}

	}

	/**
	 * {@code --q}, {@code --cpc}, {@code --kind} and {@code --status} of the list verbs.
	 */
	static final class SearchOptions {

		@Option(names = "--q", description = "Words to find (offers: title, description, the patents' titles; "
				+ "demands: text and keywords).")
		String q;

		@Option(names = "--cpc", description = "A CPC prefix, e.g. H04N or A61B5/11.")
		String cpc;

		@Option(names = "--kind",
				description = "Offers: licence, sale or pledge; demands: licence, purchase, rd or " + "expert.")
		String kind;

		@Option(names = "--status", description = "Offers: active (default), withdrawn, expired or all; demands: "
				+ "open (default), closed, expired or all.")
		String status;

		Search search() {
			return new Search(this.q, this.cpc, this.kind, this.status);
		}

	}

}
