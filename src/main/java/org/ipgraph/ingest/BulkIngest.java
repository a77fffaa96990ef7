package org.ipgraph.ingest;

import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ipgraph.db.BulkImport;
import org.ipgraph.db.CsvFiles;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * {@code ingest --bulk}: builds a new store from patent files with the import tool
 * instead of transactions. The files are read by the same formats and the records turned
 * into rows by the same {@link PatentRows} as the transactional path, applied in the same
 * batches with the Cypher's semantics ({@link BulkGraph}), so that both paths give the
 * same graph from the same files; then the rows are written as import CSV
 * ({@link CsvFiles}) and imported ({@link BulkImport}). Bad records are reported as the
 * transactional path reports them. What the transactional path adds besides (the
 * {@code ChangeSet} nodes of change detection) a new store does not need: its watches
 * start from it.
 */
public final class BulkIngest {

	/** The formats whose records are patents, which the bulk path stores. */
	public static final Set<String> FORMATS = Set.of("uspto-xml", "lens-csv", "patentsview");

	/** Records per batch, as the transactional path's default. */
	public static final int BATCH_SIZE = 1000;

	private BulkIngest() {
	}

	/**
	 * What a bulk ingest did.
	 *
	 * @param ingest files, records read and stored, rejections, as the transactional
	 * ingest reports them
	 * @param dataDir the Neo4j home that now holds the store
	 * @param labels nodes per label
	 * @param types relationships per type
	 * @param readSeconds reading and applying the records
	 * @param csvSeconds writing the CSV files
	 * @param importSeconds the import tool
	 * @param seconds all of it
	 */
	public record Report(IngestReport ingest, Path dataDir, Map<String, Long> labels, Map<String, Long> types,
			double readSeconds, double csvSeconds, double importSeconds, double seconds) {

		public long nodes() {
			return this.labels.values().stream().mapToLong(Long::longValue).sum();
		}

		public long relationships() {
			return this.types.values().stream().mapToLong(Long::longValue).sum();
		}

		public double entitiesPerSecond() {
			return (nodes() + relationships()) / this.seconds;
		}

	}

	/**
	 * Options of a bulk ingest.
	 *
	 * @param dataDir the Neo4j home of the new store
	 * @param csvDir where to keep the CSV files; null for a temporary directory
	 * @param overwrite replace an existing store
	 * @param batchSize records per batch, as {@code ipgraph.ingest.batch-size}
	 * @param limits as the transactional path's
	 * @param readThreads files read ahead on other threads while one is applied in order
	 */
	public record Options(Path dataDir, Path csvDir, boolean overwrite, int batchSize, IngestLimits limits,
			int readThreads) {

		public static Options of(Path dataDir) {
			return new Options(dataDir, null, false, BATCH_SIZE, IngestLimits.DEFAULTS,
					Runtime.getRuntime().availableProcessors());
		}

	}

	/**
	 * The patent formats by name, made without an application context (none of them needs
	 * a bean).
	 */
	public static Map<String, SourceFormat> formats() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(SourceFormat.class));
		Map<String, SourceFormat> formats = new TreeMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(BulkIngest.class.getPackageName())) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(),
					BulkIngest.class.getClassLoader());
			Constructor<?> constructor = noArguments(type);
			if (constructor != null && SourceFormat.class.isAssignableFrom(type)) {
				SourceFormat format = (SourceFormat) BeanUtils.instantiateClass(constructor);
				if (FORMATS.contains(format.name())) {
					formats.put(format.name(), format);
				}
			}
		}
		return formats;
	}

	private static Constructor<?> noArguments(Class<?> type) {
		try {
			return type.getDeclaredConstructor();
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	/**
	 * Reads the files and builds a new store from them.
	 * @param format a name of {@link #FORMATS}, or {@code auto}
	 * @param out where the import tool reports
	 * @param listener progress of the reading, as the transactional path's
	 */
	public static Report run(String format, List<Path> paths, Options options, PrintStream out,
			IngestListener listener) {
		Map<String, SourceFormat> formats = formats();
		if (!"auto".equals(format) && !formats.containsKey(format)) {
			throw new IllegalArgumentException("--bulk reads patent files: --format is one of auto, "
					+ String.join(", ", formats.keySet()) + ", not '" + format + "'");
		}
		IngestReport report = new IngestReport();
		long start = System.nanoTime();
		double[] seconds = new double[2];
		BulkImport.Imported<CsvFiles> imported = BulkImport.build(options.dataDir(), options.csvDir(),
				options.overwrite(), out, new BulkImport.CsvStep<>() {

					@Override
					public CsvFiles write(Path directory) {
						BulkGraph graph = read(formats, format, paths, options, report, listener);
						seconds[0] = (System.nanoTime() - start) / 1e9;
						out.println("writing the import files");
						try (CsvFiles csv = CsvFiles.keepingText(directory)) {
							graph.write(csv);
							seconds[1] = (System.nanoTime() - start) / 1e9 - seconds[0];
							return csv;
						}
					}

					@Override
					public List<String> arguments(CsvFiles written) {
						return written.files().isEmpty() ? List.of() : written.importArguments();
					}

				}, () -> out.println("importing"));
		if (imported.csv().files().isEmpty()) {
			report.note("nothing to store: no store was built in " + imported.home());
		}
		Map<String, Long> labels = new TreeMap<>();
		Map<String, Long> types = new TreeMap<>();
		for (CsvFiles.File file : imported.csv().files()) {
			(file.from == null ? labels : types).merge(file.element, file.rows(), Long::sum);
		}
		report.stored(0, Map.of("nodesCreated", labels.values().stream().mapToLong(Long::longValue).sum(),
				"relationshipsCreated", types.values().stream().mapToLong(Long::longValue).sum()), Map.of());
		return new Report(report, imported.home(), labels, types, seconds[0], seconds[1], imported.importSeconds(),
				(System.nanoTime() - start) / 1e9);
	}

	private static BulkGraph read(Map<String, SourceFormat> formats, String format, List<Path> paths, Options options,
			IngestReport report, IngestListener listener) {
		BulkGraph graph = new BulkGraph();
		List<IngestService.Planned> plan = IngestService.plan(formats, format, paths, report);
		listener.started(plan.stream().mapToLong(p -> IngestService.size(p.file())).sum(), plan.size());
		long done = 0;
		try (ReadAhead reads = new ReadAhead(plan, options.limits(), options.readThreads())) {
			for (int i = 0; i < plan.size(); i++) {
				IngestService.Planned planned = reads.get(i);
				listener.file(planned.file(), planned.format().name());
				IngestService.readFile(planned, report, listener, done,
						documentId -> new Sink(graph, planned, documentId, options, report, listener));
				done += IngestService.size(planned.file());
				listener.progress(done);
			}
		}
		listener.finished(report);
		return graph;
	}

	/**
	 * One file's records, applied to the graph in batches as {@link BatchingSink} writes
	 * them.
	 */
	private static final class Sink extends FileSink {

		private final BulkGraph graph;

		private final IngestService.Planned planned;

		private final int batchSize;

		private final List<PatentRecord> pending = new ArrayList<>();

		private final List<String> refs = new ArrayList<>();

		private boolean documentStored;

		Sink(BulkGraph graph, IngestService.Planned planned, String documentId, Options options, IngestReport report,
				IngestListener listener) {
			super(planned.file().toString(), documentId, options.limits(), report, listener);
			this.graph = graph;
			this.planned = planned;
			this.batchSize = options.batchSize();
		}

		@Override
		public void accept(String ref, Object record) {
			if (!(record instanceof PatentRecord patent)) {
				throw new IllegalStateException("the bulk path stores patents, not " + record.getClass().getName());
			}
			counted();
			this.pending.add(patent);
			this.refs.add(ref);
			if (this.pending.size() >= this.batchSize) {
				flush();
			}
		}

		@Override
		void flush() {
			if (this.pending.isEmpty()) {
				return;
			}
			Map<String, String> names = new HashMap<>();
			PatentRows rows = PatentRows.of(this.pending, this.refs, names::put);
			if (!this.documentStored) {
				Path file = this.planned.file();
				this.graph.document(IngestService.documentRow(file, this.planned.format().name(), documentId(),
						IngestService.size(file)));
				this.documentStored = true;
			}
			this.graph.apply(rows, documentId());
			this.report.stored(this.pending.size(), Map.of(), names);
			this.pending.clear();
			this.refs.clear();
		}

	}

}
