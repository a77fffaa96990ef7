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
final class BatchingSink extends FileSink {

	private final Driver driver;

	private final Map<Class<?>, RecordWriter<?>> writers;

	private final int batchSize;

	private final Query document;

	private final Map<Class<?>, List<Entry>> pending = new LinkedHashMap<>();

	private int pendingCount;

	private final java.util.function.BooleanSupplier stopRequested;

	/**
	 * @param document the statement that records the file's Document node: it runs in
	 * every batch that commits (so a file of which nothing is stored leaves no Document),
	 * which keeps the Document's {@code lastSeenAt} at the file's last batch: the
	 * snapshots read the patents recorded in documents seen since their last update from
	 * it
	 */
	BatchingSink(Driver driver, Map<Class<?>, RecordWriter<?>> writers, int batchSize, String file, String documentId,
			Query document, IngestLimits limits, IngestReport report, IngestListener listener,
			java.util.function.BooleanSupplier stopRequested) {
		super(file, documentId, limits, report, listener);
		this.stopRequested = stopRequested;
		this.driver = driver;
		this.writers = writers;
		this.batchSize = batchSize;
		this.document = document;
	}

	@Override
	public void accept(String ref, Object record) {
		if (!this.writers.containsKey(record.getClass())) {
			throw new IllegalStateException("No writer for " + record.getClass().getName());
		}
		counted();
		this.pending.computeIfAbsent(record.getClass(), k -> new ArrayList<>()).add(new Entry(ref, record));
		if (++this.pendingCount >= this.batchSize) {
			flush();
			if (this.stopRequested.getAsBoolean()) {
				throw new IngestStoppedException();
			}
		}
	}

	@Override
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
			rejected(entry.ref(), "not stored: " + Rejection.reasonOf(ex));
		}
	}

	private void write(Map<Class<?>, List<Entry>> batch, int size) {
		TransactionWrites written = TransactionWrites.ingest(this.driver, documentId(), this.document,
				context -> batch.forEach((type, entries) -> writeAll(this.writers.get(type), entries, context)));
		this.report.stored(size, written.changes(), written.organizationNames());
	}

	@SuppressWarnings("unchecked")
	private static <R> void writeAll(RecordWriter<R> writer, List<Entry> entries, WriteContext context) {
		List<R> records = new ArrayList<>(entries.size());
		List<String> refs = new ArrayList<>(entries.size());
		entries.forEach(entry -> {
			records.add((R) entry.record());
			refs.add(entry.ref());
		});
		writer.write(records, refs, context);
	}

	private record Entry(String ref, Object record) {
	}

}
