package org.ipgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Reads the files of a {@link SourceFormat#concurrent() concurrent} format on a bounded
 * pool of threads and writes what they read in file order, several files per transaction,
 * while the next files are read. Memory is bounded by configuration, not by the input: at
 * most {@code 2 × threads} files are being read, and the files read but not yet written
 * never exceed {@code maxBytesInFlight} (one file at a time when a single file is
 * larger). A transaction that fails is retried file by file, and a file's records one by
 * one, so that only what is bad is rejected.
 */
final class ConcurrentIngest implements AutoCloseable {

	/**
	 * @param threads threads that read files
	 * @param filesPerTransaction most files written in one transaction
	 * @param recordsPerTransaction records from which a transaction is written without
	 * waiting for more files
	 * @param maxBytesInFlight most bytes of files read or being read but not yet written
	 * @param limits how much of one record a reader may hold
	 */
	record Settings(int threads, int filesPerTransaction, int recordsPerTransaction, long maxBytesInFlight,
			IngestLimits limits) {
	}

	private final Driver driver;

	private final Map<Class<?>, RecordWriter<?>> writers;

	private final Settings settings;

	private final IngestReport report;

	private final IngestListener listener;

	private final BooleanSupplier stopRequested;

	private final ExecutorService executor;

	ConcurrentIngest(Driver driver, Map<Class<?>, RecordWriter<?>> writers, Settings settings, IngestReport report,
			IngestListener listener, BooleanSupplier stopRequested) {
		this.driver = driver;
		this.writers = writers;
		this.settings = settings;
		// a bounded pool: at most 2 × threads files are submitted at once (see run)
		this.executor = Executors.newFixedThreadPool(Math.max(1, settings.threads()), runnable -> {
			Thread thread = new Thread(runnable, "ipgraph-ingest-read");
			thread.setDaemon(true);
			return thread;
		});
		this.report = report;
		this.listener = listener;
		this.stopRequested = stopRequested;
	}

	/**
	 * How a run ended.
	 *
	 * @param done bytes of the ingest done, for progress
	 * @param stopped whether a stop request ended it before the last file
	 */
	record Outcome(long done, boolean stopped) {
	}

	/**
	 * Reads and writes the files.
	 * @param files the files with their (concurrent) formats, in the order to write them
	 * @param offset bytes of the ingest done before these files, for progress
	 */
	Outcome run(List<IngestService.Planned> files, long offset) {
		Deque<Reading> reading = new ArrayDeque<>();
		List<Read> group = new ArrayList<>();
		long done = offset;
		long bytesInFlight = 0;
		int next = 0;
		boolean stopped = false;
		while (next < files.size() || !reading.isEmpty()) {
			while (!stopped && next < files.size() && reading.size() < 2 * this.settings.threads()
					&& (reading.isEmpty() && group.isEmpty()
							|| bytesInFlight + size(files.get(next).file()) <= this.settings.maxBytesInFlight())) {
				if (this.stopRequested.getAsBoolean()) {
					stopped = true;
					this.report.note("stopped on request before " + files.get(next).file() + ": what was read is "
							+ "stored; run the same command again to complete the ingest (stored records are merged, "
							+ "not duplicated)");
					break;
				}
				IngestService.Planned planned = files.get(next++);
				long size = size(planned.file());
				bytesInFlight += size;
				// the readers work within the ingest's budget: a stop reaches them too
				reading.add(new Reading(planned, size,
						this.executor.submit(WorkBudget.current().bind(() -> read(planned)))));
			}
			if (reading.isEmpty()) {
				break;
			}
			if (!group.isEmpty() && (!reading.peekFirst().future().isDone() || full(group))) {
				done = write(group, done);
				bytesInFlight -= group.stream().mapToLong(Read::size).sum();
				group.clear();
				continue;
			}
			Reading head = reading.removeFirst();
			Read read = join(head);
			this.listener.file(read.planned().file(), read.planned().format().name());
			group.add(read);
		}
		if (!group.isEmpty()) {
			done = write(group, done);
		}
		return new Outcome(done, stopped);
	}

	private boolean full(List<Read> group) {
		return group.size() >= this.settings.filesPerTransaction()
				|| group.stream().mapToInt(r -> r.accepted().size()).sum() >= this.settings.recordsPerTransaction();
	}

	/**
	 * On a reading thread: the file's Document key and its records, nothing written.
	 */
	private Read read(IngestService.Planned planned) {
		Path file = planned.file();
		long size = size(file);
		String documentId;
		try {
			documentId = "sha256:" + IngestService.sha256(file);
		}
		catch (UncheckedIOException ex) {
			return new Read(planned, size, null, new BufferingSink(null, "cannot be read: " + message(ex.getCause())));
		}
		BufferingSink sink = new BufferingSink(documentId, null);
		try (InputStream in = Files.newInputStream(file)) {
			planned.format().read(file, in, sink);
		}
		catch (IOException | RuntimeException ex) {
			sink.reject("file", "reading stopped: " + message(ex) + " (records before this point are stored)");
		}
		return new Read(planned, size, documentId, sink);
	}

	/**
	 * Writes the files read, in one transaction; on failure file by file, and a file's
	 * records one by one. Then reports each file.
	 */
	private long write(List<Read> group, long done) {
		if (group.size() > 1) {
			try {
				store(group, Read::accepted);
			}
			catch (Neo4jException | IllegalArgumentException ex) {
				group.forEach(this::writeAlone);
			}
		}
		else {
			writeAlone(group.get(0));
		}
		long progress = done;
		for (Read read : group) {
			BufferingSink sink = read.sink();
			Path file = read.planned().file();
			if (sink.failure() != null) {
				reject(file, "file", sink.failure());
			}
			sink.notes().forEach(note -> this.report.note(file + ": " + note));
			sink.rejections().forEach(r -> reject(file, r[0], r[1]));
			this.report.read(sink.records());
			this.report.add(new IngestReport.FileSummary(file.toString(), read.planned().format().name(),
					read.documentId(), sink.records(), sink.rejected()));
			progress += read.size();
			this.listener.progress(progress);
		}
		return progress;
	}

	private void writeAlone(Read read) {
		try {
			store(List.of(read), Read::accepted);
		}
		catch (Neo4jException | IllegalArgumentException ex) {
			for (Entry entry : read.accepted()) {
				try {
					store(List.of(read), r -> List.of(entry));
				}
				catch (Neo4jException | IllegalArgumentException failure) {
					read.sink().rejected(entry.ref(), "not stored: " + failure.getMessage());
				}
			}
		}
	}

	/**
	 * One transaction: the Documents of the files that have records, then each record
	 * type's records of all the files at once.
	 */
	private void store(List<Read> reads, Function<Read, List<Entry>> entries) {
		List<Map<String, Object>> documents = new ArrayList<>();
		Map<Class<?>, List<Object>> records = new LinkedHashMap<>();
		int count = 0;
		for (Read read : reads) {
			List<Entry> stored = read.documentId() == null ? List.of() : entries.apply(read);
			if (stored.isEmpty()) {
				continue;
			}
			documents.add(IngestService.documentRow(read.planned().file(), read.planned().format().name(),
					read.documentId(), read.size()));
			for (Entry entry : stored) {
				records.computeIfAbsent(entry.record().getClass(), k -> new ArrayList<>()).add(entry.record());
				count++;
			}
		}
		if (documents.isEmpty()) {
			return;
		}
		TransactionWrites written = TransactionWrites.ingest(this.driver, null, null, context -> {
			context.run(IngestService.DOCUMENTS, Map.of("rows", documents));
			records.forEach((type, list) -> writeAll(this.writers.get(type), list, context));
		});
		this.report.stored(count, written.changes(), written.organizationNames());
	}

	@SuppressWarnings("unchecked")
	private static <R> void writeAll(RecordWriter<R> writer, List<Object> records, WriteContext context) {
		writer.write((List<R>) records, context);
	}

	private void reject(Path file, String ref, String reason) {
		Rejection rejection = new Rejection(file.toString(), ref, reason);
		this.report.reject(rejection);
		this.listener.rejected(rejection);
	}

	private Read join(Reading reading) {
		try {
			return reading.future().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IngestStoppedException();
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof Error error) {
				throw error;
			}
			BufferingSink failed = new BufferingSink(null, "reading stopped: " + message(cause));
			return new Read(reading.planned(), reading.size(), null, failed);
		}
	}

	private static String message(Throwable ex) {
		String message = ex.getMessage();
		return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	private record Reading(IngestService.Planned planned, long size, Future<Read> future) {
	}

	private record Read(IngestService.Planned planned, long size, String documentId, BufferingSink sink) {

		List<Entry> accepted() {
			return this.sink.accepted();
		}

	}

	private record Entry(String ref, Object record) {
	}

	/**
	 * What a reading thread found in one file, kept until it is written.
	 */
	private final class BufferingSink implements RecordSink {

		private final String documentId;

		private final String failure;

		private final List<Entry> accepted = new ArrayList<>();

		private final List<String[]> rejections = new ArrayList<>();

		private final List<String> notes = new ArrayList<>();

		private long records;

		BufferingSink(String documentId, String failure) {
			this.documentId = documentId;
			this.failure = failure;
		}

		@Override
		public void accept(String ref, Object record) {
			if (!ConcurrentIngest.this.writers.containsKey(record.getClass())) {
				throw new IllegalStateException("No writer for " + record.getClass().getName());
			}
			this.records++;
			this.accepted.add(new Entry(ref, record));
		}

		@Override
		public void reject(String ref, String reason) {
			this.records++;
			this.rejections.add(new String[] { ref, reason });
		}

		@Override
		public void note(String note) {
			this.notes.add(note);
		}

		@Override
		public String documentId() {
			return this.documentId;
		}

		@Override
		public IngestLimits limits() {
			return ConcurrentIngest.this.settings.limits();
		}

		void rejected(String ref, String reason) {
			this.rejections.add(new String[] { ref, reason });
		}

		List<Entry> accepted() {
			return this.accepted;
		}

		List<String[]> rejections() {
			return this.rejections;
		}

		List<String> notes() {
			return this.notes;
		}

		String failure() {
			return this.failure;
		}

		long records() {
			return this.records + (this.failure != null ? 1 : 0);
		}

		long rejected() {
			return this.rejections.size() + (this.failure != null ? 1 : 0);
		}

	}

}
