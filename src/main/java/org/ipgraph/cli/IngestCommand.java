package org.ipgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.ipgraph.db.BulkImport;
import org.ipgraph.ingest.BulkIngest;
import org.ipgraph.ingest.IngestLimits;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
		description = {
				"Load files or directories into the graph. Re-running adds nothing new. "
						+ "Bad records are reported with file, position and reason, and skipped.",
				"With --bulk, build a new store in --data-dir with the Neo4j import tool instead (patent formats: "
						+ "uspto-xml, lens-csv, patentsview; the same graph as the transactional path, faster for "
						+ "large loads; stop any server on the directory first).",
				"Examples:", "  ipgraph ingest --format uspto-xml ipg240102.xml",
				"  ipgraph ingest --bulk --data-dir /tmp/new-store --format lens-csv lens-export/" })
class IngestCommand extends ReportCommand<IngestReport> {

	@Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
			description = "auto (default), uspto-xml, lens-csv, google-patents-csv, patentsview, sep-csv, cpc, "
					+ "sso-orgs, parent-map, oce-litigation, ptab-json, uspto-assignment-xml, text.")
	String format;

	@Option(names = "--batch-size", description = "Records per transaction (default 1000).")
	Integer batchSize;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
	List<Path> paths;

	@Option(names = "--bulk",
			description = "Build a new store in --data-dir with the Neo4j import tool (refuses an existing store).")
	boolean bulk;

	@Option(names = "--csv", paramLabel = "DIR", description = "With --bulk: keep the import CSV files in DIR.")
	Path csv;

	@Option(names = "--overwrite", description = "With --bulk: replace an existing store.")
	boolean overwrite;

	private BulkIngest.Report bulkReport;

	@Override
	Map<String, Object> properties() {
		return this.batchSize != null ? Map.of("ipgraph.ingest.batch-size", this.batchSize) : Map.of();
	}

	@Override
	IngestReport report(Application application) {
		if (this.bulk) {
			return bulk();
		}
		if (this.csv != null || this.overwrite) {
			throw new IllegalArgumentException("--csv and --overwrite go with --bulk");
		}
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

	private IngestReport bulk() {
		if (!BulkImport.available()) {
			throw new IllegalArgumentException("--bulk needs the JVM option --add-opens=java.base/java.nio=ALL-UNNAMED "
					+ "(bin/ipgraph sets it)");
		}
		ConsoleProgress progress = new ConsoleProgress(System.err);
		BulkIngest.Options options = new BulkIngest.Options(DataDirs.resolve(this.common.dataDir), this.csv,
				this.overwrite, this.batchSize != null ? this.batchSize : BulkIngest.BATCH_SIZE, IngestLimits.DEFAULTS,
				Runtime.getRuntime().availableProcessors());
		this.bulkReport = BulkIngest.run(this.format, this.paths, options, System.err, progress);
		progress.finish();
		return this.bulkReport.ingest();
	}

	@Override
	void json(IngestReport report, PrintStream out) {
		Output.json(out, this.bulkReport != null ? this.bulkReport : report);
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
		if (this.bulkReport != null) {
			BulkIngest.Report bulk = this.bulkReport;
			out.printf("New store:             %s%n", bulk.dataDir());
			out.printf("Nodes:                 %s%n", bulk.labels());
			out.printf("Relationships:         %s%n", bulk.types());
			out.printf(java.util.Locale.ROOT,
					"Seconds:               %.1f (read %.1f, CSV %.1f, import %.1f): %,.0f entities/s%n",
					bulk.seconds(), bulk.readSeconds(), bulk.csvSeconds(), bulk.importSeconds(),
					bulk.entitiesPerSecond());
			out.println("The schema migrations create the constraints and indexes when ipgraph first opens it.");
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
