package org.ipgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
		description = "Load files or directories into the graph. Re-running adds nothing new. "
				+ "Bad records are reported with file, position and reason, and skipped.")
class IngestCommand extends ReportCommand<IngestReport> {

	@Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
			description = "auto (default), uspto-xml, lens-csv, google-patents-csv, patentsview, sep-csv, cpc, "
					+ "sso-orgs, parent-map, oce-litigation, ptab-json, uspto-assignment-xml, text.")
	String format;

	@Option(names = "--batch-size", description = "Records per transaction (default 1000).")
	Integer batchSize;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
	List<Path> paths;

	@Override
	Map<String, Object> properties() {
		return this.batchSize != null ? Map.of("ipgraph.ingest.batch-size", this.batchSize) : Map.of();
	}

	@Override
	IngestReport report(Application application) {
		IngestService ingest = application.bean(IngestService.class);
		CountDownLatch finished = new CountDownLatch(1);
		Application.beforeShutdown(() -> {
			if (finished.getCount() > 0) {
				System.err.println("Stopping: writing the batch in flight...");
				ingest.requestStop();
				try {
					finished.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		});
		try {
			ConsoleProgress progress = new ConsoleProgress(System.err);
			IngestReport report = ingest.ingest(this.format, this.paths, progress);
			progress.finish();
			return report;
		}
		finally {
			finished.countDown();
		}
	}

	@Override
	int exitCode(IngestReport report) {
		return report.exitCode();
	}

	@Override
	void print(IngestReport report, PrintStream out) {
		out.printf("Records read:          %,d%n", report.getRecordsRead());
		out.printf("Records stored:        %,d%n", report.getRecordsStored());
		out.printf("Records rejected:      %,d%n", report.getRejected());
		out.printf("Nodes created:         %,d%n", report.getNodesCreated());
		out.printf("Relationships created: %,d%n", report.getRelationshipsCreated());
		Map<String, Integer> names = report.getOrganizationNames();
		if (names.get("rawNames") > 0) {
			out.printf("Organization names:    %,d raw names -> %,d organizations%n", names.get("rawNames"),
					names.get("organizations"));
		}
		for (IngestReport.FileSummary file : report.getFiles()) {
			out.printf("  %-60s %-20s %,8d records %,6d rejected%n", file.path(), file.format(), file.records(),
					file.rejected());
		}
		report.getNotes().forEach(note -> out.println("Note: " + note));
		if (report.getRejected() > 0) {
			out.println("Rejected:");
			List<Rejection> listed = report.getRejections();
			listed.stream().limit(50).forEach(r -> out.println("  " + r));
			if (report.getRejected() > 50) {
				out.printf("  ... %,d more (use --json for up to %d)%n", report.getRejected() - 50, listed.size());
			}
		}
	}

}
