package org.ipgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Collects parsed records and writes them in batches, one transaction per batch. When a
 * batch fails, its records are retried one by one so that only the bad record is
 * rejected; the failed transaction itself leaves nothing behind.
 */
final class BatchingSink implements RecordSink {

	private final Driver driver;

	private final Map<Class<?>, RecordWriter<?>> writers;

	private final int batchSize;

	private final String file;

	private final String documentId;

	private final Query document;

	private final IngestLimits limits;

	private boolean documentStored;

	private final IngestReport report;

	private final IngestListener listener;

	private final Map<Class<?>, List<Entry>> pending = new LinkedHashMap<>();

	private int pendingCount;

	private long records;

	private long rejected;

	private final java.util.function.BooleanSupplier stopRequested;

	/**
	 * @param document the statement that records the file's Document node: it runs in the
	 * first batch that commits, so a file of which nothing is stored leaves no Document
	 */
	BatchingSink(Driver driver, Map<Class<?>, RecordWriter<?>> writers, int batchSize, String file, String documentId,
			Query document, IngestLimits limits, IngestReport report, IngestListener listener,
			java.util.function.BooleanSupplier stopRequested) {
		this.stopRequested = stopRequested;
		this.driver = driver;
		this.writers = writers;
		this.batchSize = batchSize;
		this.file = file;
		this.documentId = documentId;
		this.document = document;
		this.limits = limits;
		this.report = report;
		this.listener = listener;
	}

	@Override
	public IngestLimits limits() {
		return this.limits;
	}

	@Override
	public void accept(String ref, Object record) {
		if (!this.writers.containsKey(record.getClass())) {
			throw new IllegalStateException("No writer for " + record.getClass().getName());
		}
		this.records++;
		this.pending.computeIfAbsent(record.getClass(), k -> new ArrayList<>()).add(new Entry(ref, record));
		if (++this.pendingCount >= this.batchSize) {
			flush();
			if (this.stopRequested.getAsBoolean()) {
				throw new IngestStoppedException();
			}
		}
	}

	@Override
	public void reject(String ref, String reason) {
		this.records++;
		recordRejection(ref, reason);
	}

	@Override
	public void note(String note) {
		this.report.note(this.file + ": " + note);
	}

	@Override
	public String documentId() {
		return this.documentId;
	}

	private void recordRejection(String ref, String reason) {
		this.rejected++;
		Rejection rejection = new Rejection(this.file, ref, reason);
		this.report.reject(rejection);
		this.listener.rejected(rejection);
	}

	void flush() {
		if (this.pendingCount == 0) {
			return;
		}
		Map<Class<?>, List<Entry>> batch = new LinkedHashMap<>(this.pending);
		int size = this.pendingCount;
		this.pending.clear();
		this.pendingCount = 0;
		try {
			write(batch, size);
		}
		catch (Neo4jException | IllegalArgumentException ex) {
			batch.values().forEach(entries -> entries.forEach(this::writeAlone));
		}
	}

	private void writeAlone(Entry entry) {
		try {
			write(Map.of(entry.record().getClass(), List.of(entry)), 1);
		}
		catch (Neo4jException | IllegalArgumentException ex) {
			recordRejection(entry.ref(), "not stored: " + Rejection.reasonOf(ex));
		}
	}

	private void write(Map<Class<?>, List<Entry>> batch, int size) {
		TransactionWrites written = TransactionWrites.ingest(this.driver, this.documentId,
				this.documentStored ? null : this.document,
				context -> batch.forEach((type, entries) -> writeAll(this.writers.get(type), entries, context)));
		this.documentStored = true;
		this.report.stored(size, written.changes(), written.organizationNames());
	}

	@SuppressWarnings("unchecked")
	private static <R> void writeAll(RecordWriter<R> writer, List<Entry> entries, WriteContext context) {
		List<R> records = new ArrayList<>(entries.size());
		entries.forEach(entry -> records.add((R) entry.record()));
		writer.write(records, context);
	}

	long records() {
		return this.records;
	}

	long rejected() {
		return this.rejected;
	}

	private record Entry(String ref, Object record) {
	}

}
