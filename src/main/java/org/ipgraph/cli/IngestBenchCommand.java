package org.ipgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.ipgraph.db.BulkImport;
import org.ipgraph.db.EmbeddedNeo4j;
import org.ipgraph.db.SchemaMigrations;
import org.ipgraph.demo.DemoBulkImport;
import org.ipgraph.demo.DemoCsvExport;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.ingest.BulkIngest;
import org.ipgraph.ingest.IngestLimits;
import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestReport;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.ingest.SharedData;
import org.ipgraph.ingest.uspto.SyntheticWeeklyFile;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.util.FileSystemUtils;

/**
 * {@code ipgraph bench ingest}: the bulk path on real files side by side with the import
 * tool alone on demo CSV files of about as many entities, in one run, and the ratio.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = {
		"The bulk ingest path (ingest --bulk: read, normalise, write CSV, import) on real patent files, side by side "
				+ "with the Neo4j import tool alone on SYNTHETIC demo CSV files of about as many nodes and "
				+ "relationships, in this JVM, one after the other; each after an untimed warm-up run. Prints "
				+ "entities/s of both and the ratio. Needs no running server.",
		"Example:", "  ipgraph bench ingest --dir /tmp/bench-ingest",
		"  ipgraph bench ingest --format uspto-xml /data/ipg240102.xml",
		"  ipgraph bench ingest --dir /tmp/b --format uspto-xml --synthetic-grants 7000 --transactional 100,1000,5000" })
class IngestBenchCommand extends IpgraphCommand {

	/** The system property of the USPTO XML format's parser. */
	private static final String USPTO_PARSER = "ipgraph.ingest.uspto-parser";

	/** The shared data read when no path is given. */
	static final List<String> SHARED = List.of("uspto-ipg-fixtures", "lens-drones-patents");

	@Parameters(arity = "0..*", paramLabel = "PATH",
			description = "Patent files or directories (default: the shared data's uspto-ipg-fixtures and "
					+ "lens-drones-patents).")
	List<Path> paths = new ArrayList<>();

	@Option(names = "--format", defaultValue = "auto",
			description = "auto (default), uspto-xml, lens-csv or patentsview.")
	String format;

	@Option(names = "--shared-data", paramLabel = "DIR", description = "Where the shared data is.")
	String sharedData;

	@Option(names = "--dir", paramLabel = "DIR", description = "Work directory (default: a temporary one).")
	Path dir;

	@Option(names = "--transactional", split = ",", paramLabel = "BATCH",
			description = "Instead: the transactional ingest of the files into a new embedded store at each batch "
					+ "size (records per transaction), patents/s of a run after an untimed one on the emptied store; "
					+ "first the readers alone with no database (parse and normalise), the ceiling of any batch size.")
	List<Integer> batchSizes = new ArrayList<>();

	// a plain flag: picocli's negatable --no-warm-up with a default of true left it true
	@Option(names = "--no-warm-up",
			description = "Skip the untimed first run of each side (each reader, each batch size).")
	boolean noWarmUp;

	@Option(names = "--synthetic-grants", paramLabel = "N",
			description = "Instead of the USPTO XML files themselves: a SYNTHETIC weekly file of N grants written "
					+ "under --dir (synthetic-ipg-N-grants.xml), their grants copied and renumbered (publication "
					+ "numbers from 20,000,001, application numbers from 90,000,001), e.g. 7000 for a week.")
	Integer syntheticGrants;

	@Option(names = "--read-only",
			description = "Only the readers alone, the DOM and the streaming USPTO parser side by side: no database.")
	boolean readOnly;

	@Override
	int execute() throws Exception {
		if (!BulkImport.available()) {
			throw new IllegalArgumentException("needs the JVM option --add-opens=java.base/java.nio=ALL-UNNAMED");
		}
		List<Path> files = this.paths.isEmpty() ? shared() : this.paths;
		Path work = this.dir != null ? Files.createDirectories(this.dir) : Files.createTempDirectory("ipgraph-bench-");
		if (this.syntheticGrants != null) {
			files = List.of(synthetic(files, work));
		}
		if (!this.batchSizes.isEmpty() || this.readOnly) {
			transactional(files, work);
			return 0;
		}
		String loadBefore = load();
		PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
		if (!this.noWarmUp) {
			System.err.println("warm-up: ingest --bulk");
			bulk(files, work, quiet);
		}
		System.err.println("ingest --bulk " + files);
		BulkIngest.Report bulk = bulk(files, work, quiet);
		long entities = bulk.nodes() + bulk.relationships();
		DemoParameters demo = sameSize(entities);
		if (!this.noWarmUp) {
			System.err.printf("warm-up: import tool on demo CSV, %,d patents%n", demo.patents());
			demoImport(demo, work, quiet);
		}
		System.err.printf("import tool on demo CSV, %,d patents%n", demo.patents());
		DemoBulkImport.Report tool = demoImport(demo, work, quiet);
		long toolEntities = tool.csv().nodes() + tool.csv().relationships();
		double toolRate = toolEntities / tool.importSeconds();
		if (this.dir == null) {
			FileSystemUtils.deleteRecursively(work);
		}
		System.out.printf("%s; load average before %s, after %s%n%n", Output.machine(), loadBefore, load());
		System.out.println("| run | input | records | nodes | relationships | read (s) | CSV (s) | import (s) "
				+ "| total (s) | entities/s |");
		System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
		System.out.println(String.format(Locale.ROOT,
				"| ingest --bulk | %s | %,d | %,d | %,d | %.1f | %.1f | %.1f " + "| %.1f | %,.0f |", describe(files),
				bulk.ingest().getRecordsStored(), bulk.nodes(), bulk.relationships(), bulk.readSeconds(),
				bulk.csvSeconds(), bulk.importSeconds(), bulk.seconds(), bulk.entitiesPerSecond()));
		System.out.println(String.format(Locale.ROOT,
				"| import tool alone | SYNTHETIC demo CSV, %,d patents | - | %,d | %,d | - | - | %.1f | %.1f | %,.0f |",
				demo.patents(), tool.csv().nodes(), tool.csv().relationships(), tool.importSeconds(),
				tool.importSeconds(), toolRate));
		System.out.println();
		System.out.println(String.format(Locale.ROOT,
				"ingest --bulk end to end: %.0f%% of the import tool's own entities/s (import step alone: %,.0f "
						+ "entities/s, %.0f%%)",
				100 * bulk.entitiesPerSecond() / toolRate, entities / bulk.importSeconds(),
				100 * entities / bulk.importSeconds() / toolRate));
		return 0;
	}

	private void transactional(List<Path> files, Path work) {
		String loadBefore = load();
		List<String> rows = new ArrayList<>();
		// the readers alone, before any store: the ceiling of every batch size; USPTO XML
		// with the DOM parser (before) and the streaming one (the default), one after the
		// other
		IngestService.ReadAlone dom = readAlone("dom", files);
		IngestService.ReadAlone read = readAlone("stax", files);
		for (int batchSize : this.batchSizes) {
			Path home = work.resolve("store-tx-" + batchSize);
			FileSystemUtils.deleteRecursively(home.toFile());
			try (EmbeddedNeo4j server = EmbeddedNeo4j
				.start(new EmbeddedNeo4j.Settings(home, "127.0.0.1:0", "", "512m", Duration.ofMinutes(30), Map.of()));
					Driver driver = GraphDatabase.driver(server.boltUri(),
							AuthTokens.basic(server.username(), server.password()))) {
				new SchemaMigrations(driver).apply();
				IngestService ingest = IngestService.forPatents(driver, batchSize);
				if (!this.noWarmUp) {
					System.err.printf("batch size %,d: warm-up%n", batchSize);
					ingest.ingest(this.format, files, IngestListener.NONE);
					try (Session session = driver.session()) {
						session
							.run("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__') "
									+ "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
							.consume();
					}
				}
				System.err.printf("batch size %,d: timed%n", batchSize);
				long start = System.nanoTime();
				IngestReport report = ingest.ingest(this.format, files, IngestListener.NONE);
				double seconds = (System.nanoTime() - start) / 1e9;
				rows.add(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | %.1f | %,.0f |", batchSize,
						report.getRecordsStored(), report.getNodesCreated(), report.getRelationshipsCreated(), seconds,
						report.getRecordsStored() / seconds));
			}
			FileSystemUtils.deleteRecursively(home.toFile());
		}
		System.out.printf("%s; load average before %s, after %s; files: %s%n%n", Output.machine(), loadBefore, load(),
				describe(files));
		System.out.println("| batch size | records | nodes created | relationships created | seconds | records/s |");
		System.out.println("|---:|---:|---:|---:|---:|---:|");
		System.out.println(String.format(Locale.ROOT,
				"| reading alone, no database, USPTO XML by DOM (before) | %,d | - | - | %.1f | %,.0f |", dom.records(),
				dom.seconds(), dom.records() / dom.seconds()));
		System.out.println(String.format(Locale.ROOT,
				"| reading alone, no database, USPTO XML by StAX (default) | %,d | - | - | %.1f | %,.0f |",
				read.records(), read.seconds(), read.records() / read.seconds()));
		rows.forEach(System.out::println);
		System.out.println();
		System.out.println(String.format(Locale.ROOT,
				"Reading alone (parsing and normalising, one thread, no database): %,.0f records/s, %.1f MB/s of "
						+ "input; no batch size can store faster than this on this machine.",
				read.records() / read.seconds(), read.bytes() / 1e6 / read.seconds()));
		System.out.println(String.format(Locale.ROOT,
				"Streaming (StAX) USPTO reader against the DOM one: %.2fx the records/s (%.1f against %.1f MB/s).",
				dom.seconds() / read.seconds(), read.bytes() / 1e6 / read.seconds(),
				dom.bytes() / 1e6 / dom.seconds()));
	}

	/**
	 * The readers alone with a USPTO parser ({@code dom} or {@code stax}), after an
	 * untimed run when warming up.
	 */
	private IngestService.ReadAlone readAlone(String parser, List<Path> files) {
		String before = System.getProperty(USPTO_PARSER);
		System.setProperty(USPTO_PARSER, parser);
		try {
			if (!this.noWarmUp) {
				System.err.println("reading alone (no database), USPTO parser " + parser + ": warm-up");
				IngestService.readAlone(this.format, files);
			}
			System.err.println("reading alone (no database), USPTO parser " + parser + ": timed");
			return IngestService.readAlone(this.format, files);
		}
		finally {
			if (before == null) {
				System.clearProperty(USPTO_PARSER);
			}
			else {
				System.setProperty(USPTO_PARSER, before);
			}
		}
	}

	/**
	 * The SYNTHETIC weekly file made of the USPTO XML files among the inputs.
	 */
	private Path synthetic(List<Path> inputs, Path work) throws IOException {
		List<Path> xml = new ArrayList<>();
		for (Path input : inputs) {
			try (var all = Files.walk(input)) {
				all.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".xml"))
					.sorted()
					.forEach(xml::add);
			}
		}
		Path target = work.resolve("synthetic-ipg-" + this.syntheticGrants + "-grants.xml");
		System.err.printf("writing a SYNTHETIC weekly file of %,d grants from %d USPTO XML files: %s%n",
				this.syntheticGrants, xml.size(), target);
		SyntheticWeeklyFile.write(xml, this.syntheticGrants, target);
		return target;
	}

	private BulkIngest.Report bulk(List<Path> files, Path work, PrintStream quiet) {
		Path store = work.resolve("store-bulk");
		FileSystemUtils.deleteRecursively(store.toFile());
		BulkIngest.Report report = BulkIngest.run(this.format, files, new BulkIngest.Options(store, null, true,
				BulkIngest.BATCH_SIZE, IngestLimits.DEFAULTS, Runtime.getRuntime().availableProcessors()), quiet,
				IngestListener.NONE);
		FileSystemUtils.deleteRecursively(store.toFile());
		return report;
	}

	private static DemoBulkImport.Report demoImport(DemoParameters demo, Path work, PrintStream quiet) {
		Path store = work.resolve("store-demo");
		FileSystemUtils.deleteRecursively(store.toFile());
		DemoBulkImport.Report report = DemoBulkImport.run(demo, store, null, true, quiet, DemoProgress.NONE);
		FileSystemUtils.deleteRecursively(store.toFile());
		return report;
	}

	/**
	 * The demo size whose graph has about {@code entities} nodes and relationships, from
	 * the entities per patent of a small one.
	 */
	static DemoParameters sameSize(long entities) {
		int probe = 2000;
		long probed = DemoCsvExport.count(new DemoParameters(probe, 42, 0.1))
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.sum();
		int patents = (int) Math.max(DemoParameters.MIN_PATENTS, Math.round((double) entities * probe / probed));
		return new DemoParameters(patents, 42, 0.1);
	}

	private List<Path> shared() {
		List<Path> found = new ArrayList<>();
		for (String folder : SHARED) {
			found.add(SharedData.find(this.sharedData, folder)
				.orElseThrow(() -> new IllegalArgumentException("shared data " + folder + " not found: name files, "
						+ "or set --shared-data or " + SharedData.ENVIRONMENT)));
		}
		return found;
	}

	private static String describe(List<Path> files) {
		List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
		return String.join(", ", names);
	}

	private static String load() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

}
