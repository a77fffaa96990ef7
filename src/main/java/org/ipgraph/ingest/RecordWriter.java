package org.ipgraph.ingest;

import java.util.List;

/**
 * Writes a batch of one record type with {@code UNWIND $rows AS row MERGE ...}. Writes
 * must be idempotent: the same batch twice leaves the graph as once.
 *
 * @param <R> the record type
 */
public interface RecordWriter<R> {

	Class<R> type();

	void write(List<R> batch, WriteContext context);

}
