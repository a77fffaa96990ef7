package org.ipgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.demo.DemoBulkImport;
import org.ipgraph.demo.DemoCsvExport;
import org.ipgraph.demo.DemoCsvReport;
import org.ipgraph.demo.DemoGenerator;
import org.ipgraph.demo.DemoLoadReport;
import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.demo.DemoTruth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true, subcommands = DemoBenchCommand.class,
		description = { "Generate the SYNTHETIC demo ecosystem (seeded: the same options give the same graph) and load it "
				+ "into the graph, write it as CSV for neo4j-admin database import (--csv), or build a new store "
				+ "from it with the bulk importer (--bulk, for benchmark sizes).",
				"Examples:", "  ipgraph demo --patents 3000 --seed 42", "  ipgraph demo --csv /tmp/demo-csv --patents 100000",
				"  ipgraph demo --bulk --data-dir /tmp/bench-store --patents 1000000" })
class DemoCommand extends ReportCommand<Map<String, Object>> {

	@Option(names = "--patents", defaultValue = "3000", description = "How many patents (default ${DEFAULT-VALUE}).")
	int patents;

	@Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--noise", defaultValue = "0.1",
			description = "0 to 1: how much the planted signals are blurred (default ${DEFAULT-VALUE}).")
	double noise;

	@Option(names = "--cut-year", defaultValue = "2016",
			description = "Planted partner pairs first co-apply in or after this year (default ${DEFAULT-VALUE}).")
	int cutYear;

	@Option(names = "--csv", paramLabel = "DIR",
			description = "Write CSV files and import.sh for neo4j-admin database import into DIR instead of loading.")
	Path csv;

	@Option(names = "--bulk",
			description = "Build a new store in --data-dir with the Neo4j bulk importer (stop any server on it first).")
	boolean bulk;

	@Option(names = "--overwrite", description = "With --bulk: replace an existing store.")
	boolean overwrite;

	@Option(names = "--truth", paramLabel = "FILE", description = "Write what was planted (the ground truth) as JSON.")
	Path truth;

	/**
	 * What was generated and where it went, with a summary of what was planted.
	 */
	@Override
	Map<String, Object> report(Application application) {
		DemoParameters parameters = new DemoParameters(this.patents, this.seed, this.noise, this.cutYear);
		Progress progress = new Progress(System.err);
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("synthetic", true);
		summary.put("parameters", parameters);
		DemoTruth planted;
		if (this.bulk) {
			Path dataDir = dataDir();
			DemoBulkImport.Report report = DemoBulkImport.run(parameters, dataDir, this.csv, this.overwrite, System.err,
					progress);
			progress.done();
			summary.put("dataDir", dataDir.toString());
			summary.put("importSeconds", report.importSeconds());
			summary.put("seconds", report.seconds());
			counts(summary, report.csv());
			planted = report.csv().truth();
		}
		else if (this.csv != null) {
			DemoCsvReport report = DemoCsvExport.write(parameters, this.csv, progress);
			progress.done();
			summary.put("directory", this.csv.toAbsolutePath().toString());
			summary.put("import", this.csv.resolve("import.sh").toAbsolutePath() + " (set NEO4J_HOME)");
			summary.put("seconds", report.seconds());
			summary.put("megabytes", report.bytes() / 1e6);
			counts(summary, report);
			planted = report.truth();
		}
		else {
			DemoLoadReport report = application.bean(DemoLoader.class).load(parameters, progress);
			progress.done();
			summary.put("nodesCreated", report.nodesCreated());
			summary.put("relationshipsCreated", report.relationshipsCreated());
			summary.put("seconds", report.seconds());
			planted = report.truth();
		}
		summary.put("planted", DemoTruths.summary(planted));
		if (this.truth != null) {
			DemoTruths.write(planted, this.truth);
			summary.put("truth", this.truth.toAbsolutePath().toString());
		}
		return summary;
	}

	private Path dataDir() {
		if (this.common.dataDir != null) {
			return this.common.dataDir;
		}
		String env = System.getenv("IPGRAPH_DATA_DIR");
		return Path.of(env != null && !env.isBlank() ? env : "./data/neo4j");
	}

	private static void counts(Map<String, Object> summary, DemoCsvReport report) {
		summary.put("nodes", report.nodes());
		summary.put("relationships", report.relationships());
		summary.put("labels", report.labels());
		summary.put("relationshipTypes", report.types());
	}

	@Override
	void print(Map<String, Object> summary, PrintStream out) {
		out.println("SYNTHETIC demo ecosystem: " + ((DemoParameters) summary.get("parameters")).describe());
		summary.forEach((key, value) -> {
			if (value instanceof Map<?, ?> map) {
				out.println(key + ":");
				map.forEach((k, v) -> out.printf("  %-24s %s%n", k,
						v instanceof Number n ? String.format("%,d", n.longValue()) : v));
			}
			else if (!key.equals("parameters") && !key.equals("synthetic")) {
				out.printf("%-26s %s%n", key + ":", value instanceof Double d ? String.format("%.1f", d)
						: value instanceof Long l ? String.format("%,d", l) : value);
			}
		});
	}

	/**
	 * Stages on stderr, and patents done: a bar on a terminal, every tenth otherwise.
	 */
	static final class Progress implements DemoProgress {

		private final PrintStream err;

		private final boolean terminal = System.console() != null && System.console().isTerminal();

		private final long start = System.nanoTime();

		private long lastTenth = -1;

		private boolean drawn;

		Progress(PrintStream err) {
			this.err = err;
		}

		@Override
		public void stage(String name) {
			done();
			this.err.printf("%s (%.0f s)%n", name, (System.nanoTime() - this.start) / 1e9);
		}

		@Override
		public void patents(long done, long total) {
			long tenth = done * 10 / total;
			if (this.terminal) {
				int filled = (int) (30 * done / total);
				this.err.printf("\r[%s%s] %,d / %,d patents", "#".repeat(filled), ".".repeat(30 - filled), done, total);
				this.drawn = true;
			}
			else if (tenth != this.lastTenth) {
				this.lastTenth = tenth;
				this.err.printf("  %,d / %,d patents%n", done, total);
			}
		}

		void done() {
			if (this.drawn) {
				this.err.println();
				this.drawn = false;
			}
		}

	}

	/**
	 * The truth as plain maps and lists for JSON.
	 */
	static final class DemoTruths {

		private DemoTruths() {
		}

		static Map<String, Object> summary(DemoTruth truth) {
			Map<String, Object> summary = new LinkedHashMap<>();
			summary.put("pools", truth.pools().stream().map(DemoTruth.PlantedPool::standard).toList());
			summary.put("npeShells", truth.npeGroups().stream().mapToLong(g -> g.shells().size()).sum());
			summary.put("partnerPairs", truth.partnerAffinities().size());
			summary.put("experts", truth.experts().size());
			return summary;
		}

		// Per-patent inventors are written up to 100,000 patents; the Java API has them at any size
		static void write(DemoTruth truth, Path file) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("parameters", truth.parameters());
			json.put("documentId", truth.documentId());
			json.put("partnerAffinities", truth.partnerAffinities());
			json.put("pools", truth.pools());
			json.put("npeGroups", truth.npeGroups());
			json.put("litigatingOperatingCompanies", truth.litigatingOperatingCompanies());
			json.put("experts", truth.experts());
			json.put("parents", truth.parents());
			if (truth.parameters().patents() <= 100_000) {
				Map<String, List<String>> inventors = new LinkedHashMap<>();
				for (int i = 0; i < truth.parameters().patents(); i++) {
					String number = DemoGenerator.patentNumber(i);
					inventors.put(number, truth.inventors().inventorsOf(number));
				}
				json.put("inventorsByPatent", inventors);
				json.put("inventorByPersonId", truth.inventors().personIndex());
			}
			try (PrintStream out = new PrintStream(Files.newOutputStream(file), true, java.nio.charset.StandardCharsets.UTF_8)) {
				Output.json(out, json);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write " + file, ex);
			}
		}

	}

}
