package org.ipgraph.cli;

import java.io.PrintStream;
import java.util.List;

import org.ipgraph.graph.HiddenPersons;
import org.ipgraph.patents.PatentDetails;
import org.ipgraph.patents.PatentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "patent", mixinStandardHelpOptions = true,
		description = "Show one patent: owners, legal status and expiry with their sources, and its legal events.",
		footer = { "", "Examples:", "  ipgraph patent US7640932", "  ipgraph patent 'US 8,090,141 B2' --json" })
class PatentCommand extends ReportCommand<PatentDetails> {

	@Parameters(paramLabel = "NUMBER", description = "A patent number in any common spelling (US7654321, 7654321).")
	String number;

	@Override
	List<Class<?>> thinBeans() {
		return List.of(PatentService.class, HiddenPersons.class);
	}

	@Override
	ApiRequest<PatentDetails> apiRequest() {
		// a number the service refuses gets its error from the application path
		return this.number.length() > 40 ? null
				: new ApiRequest<>("/api/v1/patents/" + LocalApi.encode(this.number), PatentDetails.class);
	}

	@Override
	PatentDetails report(Application application) {
		if (this.number.length() > 40) {
			throw new IllegalArgumentException("a patent number has at most 40 characters");
		}
		return application.bean(PatentService.class)
			.find(this.number)
			.orElseThrow(() -> new IllegalArgumentException("No patent " + this.number + " in the graph"));
	}

	@Override
	void print(PatentDetails p, PrintStream out) {
		out.printf("%s %s%s%n", p.number(), p.kind() == null ? "" : p.kind(),
				p.title() == null ? "" : "  " + p.title());
		out.printf("  filed %s, granted %s%n", orDash(p.filingDate()), orDash(p.grantDate()));
		PatentDetails.Legal legal = p.legal();
		out.printf("  status: %s (source: %s)%s%n", orDash(legal.status()), orDash(legal.statusSource()),
				legal.statedStatus() == null ? "" : ", stated " + legal.statedStatus());
		out.printf("  expiry: %s (source: %s)%s%n", orDash(legal.expiry()), orDash(legal.expirySource()),
				legal.expiryBasis() == null ? "" : ": " + legal.expiryBasis());
		p.owners()
			.forEach(o -> out.printf("  owner: %s%s%n", o.name(),
					o.to() == null ? " (since " + orDash(o.from()) + ")" : " (" + o.from() + " to " + o.to() + ")"));
		if (!p.events().isEmpty()) {
			out.println("  events:");
			p.events()
				.forEach(e -> out.printf("    %s  %-18s %s  [%s, %s]%n", orDash(e.on()), e.type(),
						e.description() == null ? orDash(e.code()) : e.description(), e.source(),
						e.record() == null ? orDash(e.document()) : e.record()));
		}
	}

	private static String orDash(Object value) {
		return value == null ? "-" : value.toString();
	}

}
