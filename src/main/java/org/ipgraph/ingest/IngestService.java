package org.ipgraph.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Runs an ingest: expands the paths, picks a format per file, records a Document per file
 * and streams the records through a {@link BatchingSink}. A file that cannot be read is
 * reported and the others go on.
 */
@Service
public class IngestService {

	private static final int HEAD_BYTES = 8192;

	private final Driver driver;

	private final Map<String, SourceFormat> formats;

	private final Map<Class<?>, RecordWriter<?>> writers;

	private final IngestProperties properties;

	private final java.util.concurrent.atomic.AtomicBoolean stopRequested = new java.util.concurrent.atomic.AtomicBoolean();

	@Autowired
	IngestService(Driver driver, List<SourceFormat> formats, List<RecordWriter<?>> writers,
			IngestProperties properties) {
		this.driver = driver;
		this.formats = formats.stream()
			.sorted((a, b) -> a.name().compareTo(b.name()))
			.collect(Collectors.toMap(SourceFormat::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.writers = writers.stream().collect(Collectors.toMap(RecordWriter::type, Function.identity()));
		this.properties = properties;
	}

	private IngestService(Driver driver, Map<String, SourceFormat> formats, Map<Class<?>, RecordWriter<?>> writers,
			IngestProperties properties) {
		this.driver = driver;
		this.formats = formats;
		this.writers = writers;
		this.properties = properties;
	}

	/**
	 * An ingest of the patent formats ({@link BulkIngest#FORMATS}) into a database,
	 * without an application context: for benchmarks of the transactional path.
	 * @param batchSize records per transaction ({@code ipgraph.ingest.batch-size})
	 */
	public static IngestService forPatents(Driver driver, int batchSize) {
		IngestProperties properties = new org.springframework.boot.context.properties.bind.Binder(
				new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
						Map.of("ipgraph.ingest.batch-size", batchSize)))
			.bindOrCreate("ipgraph.ingest", IngestProperties.class);
		return new IngestService(driver, new LinkedHashMap<>(BulkIngest.formats()),
				Map.of(PatentRecord.class, new PatentWriter()), properties);
	}

	/**
	 * Asks a running ingest to stop after the batch in flight (on SIGTERM or Ctrl-C): it
	 * writes that batch, reads nothing more, and returns its report with a note.
	 */
	public void requestStop() {
		this.stopRequested.set(true);
	}

	/**
	 * The same formats and writers writing to another database, e.g. an evaluation's
	 * scratch graph.
	 */
	public IngestService on(Driver other) {
		return new IngestService(other, this.formats, this.writers, this.properties);
	}

	/**
	 * The formats by name, for help texts and validation.
	 */
	public Map<String, String> formats() {
		Map<String, String> names = new LinkedHashMap<>();
		this.formats.values().forEach(f -> names.put(f.name(), f.description()));
		return names;
	}

	/**
	 * Ingests files and directories.
	 * @param format a format name, or {@code auto} to recognise each file
	 * @param paths files or directories (read recursively)
	 */
	public IngestReport ingest(String format, List<Path> paths, IngestListener listener) {
		if (!"auto".equals(format) && !this.formats.containsKey(format)) {
			throw new IllegalArgumentException(
					"Unknown format '" + format + "'. Known: auto, " + String.join(", ", this.formats.keySet()));
		}
		try {
			return WorkBudget.cancelledWhen(() -> stopping(listener)).call(() -> run(format, paths, listener));
		}
		finally {
			// a stop ends this ingest only; the process is on its way out anyway
			this.stopRequested.set(false);
		}
	}

	private boolean stopping(IngestListener listener) {
		return this.stopRequested.get() || listener.cancelled();
	}

	private IngestReport run(String format, List<Path> paths, IngestListener listener) {
		IngestReport report = new IngestReport();
		List<Planned> plan = plan(this.formats, format, paths, report);
		long total = plan.stream().mapToLong(p -> size(p.file())).sum();
		listener.started(total, plan.size());
		long done = 0;
		for (int i = 0; i < plan.size(); i++) {
			Planned planned = plan.get(i);
			if (stopping(listener)) {
				report.note("stopped on request before " + planned.file() + ": what was read is stored; run the same "
						+ "command again to complete the ingest (stored records are merged, not duplicated)");
				break;
			}
			if (planned.format().concurrent()) {
				// this file and the next ones of concurrent formats: read on several
				// threads
				int end = i;
				while (end < plan.size() && plan.get(end).format().concurrent()) {
					end++;
				}
				ConcurrentIngest.Outcome outcome;
				try (ConcurrentIngest concurrent = new ConcurrentIngest(this.driver, this.writers,
						this.properties.concurrency(), report, listener, () -> stopping(listener))) {
					outcome = concurrent.run(plan.subList(i, end), done);
				}
				done = outcome.done();
				if (outcome.stopped()) {
					break;
				}
				i = end - 1;
				continue;
			}
			listener.file(planned.file(), planned.format().name());
			boolean stopped = ingestFile(planned, report, listener, done);
			done += size(planned.file());
			listener.progress(done);
			if (stopped) {
				break;
			}
		}
		listener.finished(report);
		return report;
	}

	/**
	 * The files under {@code paths} with the format that reads each; a missing path, or a
	 * file named explicitly that no format recognises, is rejected, other files that the
	 * format does not recognise are noted and skipped.
	 */
	static List<Planned> plan(Map<String, SourceFormat> formats, String format, List<Path> paths, IngestReport report) {
		List<Planned> plan = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				report.reject(new Rejection(path.toString(), "file", "does not exist"));
				continue;
			}
			boolean explicit = Files.isRegularFile(path);
			for (Path file : files(path)) {
				Optional<SourceFormat> chosen = choose(formats, format, file, explicit);
				if (chosen.isPresent()) {
					plan.add(new Planned(file, chosen.get()));
				}
				else if (explicit) {
					report.reject(new Rejection(file.toString(), "file", "no format recognises this file; name one"
							+ " with --format (" + String.join(", ", formats.keySet()) + ")"));
				}
				else {
					report.note("skipped " + file + ": not a " + ("auto".equals(format) ? "known" : format) + " file");
				}
			}
		}
		return plan;
	}

	private static Optional<SourceFormat> choose(Map<String, SourceFormat> formats, String format, Path file,
			boolean explicit) {
		byte[] head = head(file);
		if (!"auto".equals(format)) {
			SourceFormat named = formats.get(format);
			return explicit || named.accepts(file, head) ? Optional.of(named) : Optional.empty();
		}
		return formats.values()
			.stream()
			.sorted(java.util.Comparator.comparing(SourceFormat::fallback))
			.filter(f -> f.accepts(file, head))
			.findFirst();
	}

	/**
	 * @return whether a stop request ended it
	 */
	private boolean ingestFile(Planned planned, IngestReport report, IngestListener listener, long offset) {
		return readFile(planned, report, listener, offset,
				documentId -> new BatchingSink(this.driver, this.writers, this.properties.batchSize(),
						planned.file().toString(), documentId,
						document(documentId, planned.file(), planned.format().name()), this.properties.limits(), report,
						listener, () -> stopping(listener)));
	}

	/**
	 * Reads one file into the sink made for its Document id: a file that cannot be read
	 * is rejected, a failure part way is reported with the records before it stored.
	 * @return whether a stop request ended it
	 */
	static boolean readFile(Planned planned, IngestReport report, IngestListener listener, long offset,
			java.util.function.Function<String, FileSink> sinks) {
		Path file = planned.file();
		String documentId;
		try {
			documentId = "sha256:" + sha256(file);
		}
		catch (UncheckedIOException ex) {
			report.reject(new Rejection(file.toString(), "file", "cannot be read: " + ex.getCause().getMessage()));
			return false;
		}
		boolean stopped = false;
		FileSink sink = sinks.apply(documentId);
		try (InputStream in = new Counting(Files.newInputStream(file), n -> listener.progress(offset + n))) {
			planned.format().read(file, in, sink);
		}
		catch (IngestStoppedException | WorkBudget.Cancelled ex) {
			stopped = true;
			report.note("stopped on request in " + file + " after " + sink.records() + " records: what was read is "
					+ "stored; run the same command again to complete the ingest (stored records are merged, not "
					+ "duplicated)");
		}
		catch (IOException | RuntimeException ex) {
			sink.reject("file",
					"reading stopped: " + Rejection.reasonOf(ex) + " (records before this point are stored)");
		}
		finally {
			sink.flush();
		}
		report.read(sink.records());
		report.add(new IngestReport.FileSummary(file.toString(), planned.format().name(), documentId, sink.records(),
				sink.rejected()));
		return stopped;
	}

	/**
	 * What the readers alone do with files, with no database: parse and normalise every
	 * record into a sink that only counts, as the ingest's readers do before a batch is
	 * written. The ceiling of any write path on this machine.
	 * @param format a format name, or {@code auto}
	 * @param paths files or directories
	 */
	public static ReadAlone readAlone(String format, List<Path> paths) {
		IngestReport report = new IngestReport();
		List<Planned> plan = plan(new LinkedHashMap<>(BulkIngest.formats()), format, paths, report);
		if (!report.getRejections().isEmpty()) {
			Rejection first = report.getRejections().get(0);
			throw new IllegalArgumentException(first.file() + ": " + first.reason());
		}
		long[] counts = new long[2];
		RecordSink counting = new RecordSink() {

			@Override
			public void accept(String ref, Object record) {
				counts[0]++;
			}

			@Override
			public void reject(String ref, String reason) {
				counts[1]++;
			}

		};
		long bytes = 0;
		long start = System.nanoTime();
		for (Planned planned : plan) {
			try (InputStream in = Files.newInputStream(planned.file())) {
				planned.format().read(planned.file(), in, counting);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(planned.file() + ": " + ex.getMessage(), ex);
			}
			bytes += size(planned.file());
		}
		return new ReadAlone(counts[0], counts[1], bytes, (System.nanoTime() - start) / 1e9);
	}

	/**
	 * What {@link #readAlone} read.
	 *
	 * @param records records parsed
	 * @param rejected records a reader rejected
	 * @param bytes bytes of the files
	 * @param seconds wall time
	 */
	public record ReadAlone(long records, long rejected, long bytes, double seconds) {
	}

	/** MERGEs the Documents of files: {@code $rows} of {@link #documentRow}. */
	static final String DOCUMENTS = """
			UNWIND $rows AS row
			MERGE (d:Document {id: row.id})
			ON CREATE SET d.ingestedAt = datetime()
			SET d.path = row.path, d.name = row.name, d.format = row.format, d.bytes = row.bytes, d.lastSeenAt = datetime()
			""";

	static Map<String, Object> documentRow(Path file, String format, String id, long bytes) {
		return Map.of("id", id, "path", file.toAbsolutePath().toString(), "name", file.getFileName().toString(),
				"format", format, "bytes", bytes);
	}

	/**
	 * The statement that records a file's Document node, run with its first stored batch.
	 */
	private static Query document(String id, Path file, String format) {
		return new Query(DOCUMENTS, Map.of("rows", List.of(documentRow(file, format, id, size(file)))));
	}

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Path> files(Path path) {
		if (Files.isRegularFile(path)) {
			return List.of(path);
		}
		try (Stream<Path> walk = Files.walk(path)) {
			return walk.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(HEAD_BYTES);
		}
		catch (IOException ex) {
			return new byte[0];
		}
	}

	static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	record Planned(Path file, SourceFormat format) {
	}

	/**
	 * Reports bytes consumed, at most every 256 KiB.
	 */
	static final class Counting extends FilterInputStream {

		private final java.util.function.LongConsumer progress;

		private long count;

		private long reported;

		Counting(InputStream in, java.util.function.LongConsumer progress) {
			super(in);
			this.progress = progress;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				advance(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				advance(n);
			}
			return n;
		}

		private void advance(long n) {
			this.count += n;
			if (this.count - this.reported >= 256 * 1024) {
				this.reported = this.count;
				this.progress.accept(this.count);
			}
		}

	}

}
