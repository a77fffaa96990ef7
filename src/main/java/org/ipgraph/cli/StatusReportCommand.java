package org.ipgraph.cli;

import java.io.PrintStream;

import org.ipgraph.ingest.LegalStatus;
import org.ipgraph.patents.LegalStatusReport;
import org.ipgraph.patents.PatentService;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;

@Command(name = "status-report", mixinStandardHelpOptions = true,
		description = "Share of patents with a known expiry, in force and expired (patents whose term ended since "
				+ "they were ingested are marked expired first).")
class StatusReportCommand extends ReportCommand<LegalStatusReport> {

	@Override
	LegalStatusReport report(Application application) {
		LegalStatus.refresh(application.bean(Driver.class));
		return application.bean(PatentService.class).statusReport();
	}

	@Override
	void print(LegalStatusReport r, PrintStream out) {
		out.printf("Patents: %,d (grants: %,d)%n", r.patents(), r.granted());
		line(out, r, "with a known expiry", r.withExpiry());
		line(out, r, "in force", r.inForce());
		line(out, r, "expired", r.expired());
		line(out, r, "lapsed", r.lapsed());
		line(out, r, "withdrawn", r.withdrawn());
		out.printf("  %-22s %,10d%n", "pending applications", r.pending());
		out.printf("  %-22s %,10d%n", "no status known", r.unknown());
		out.println("Expiry by source:");
		r.expirySources().forEach((source, n) -> out.printf("  %-22s %,10d%n", source, n));
		out.println("Status by source:");
		r.statusSources().forEach((source, n) -> out.printf("  %-22s %,10d%n", source, n));
	}

	private static void line(PrintStream out, LegalStatusReport r, String what, long count) {
		out.printf("  %-22s %,10d  %5.1f%% of grants%n", what, count, 100 * r.shareOfGranted(count));
	}

}
