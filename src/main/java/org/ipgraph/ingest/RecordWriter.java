package org.ipgraph.ingest;

import java.util.List;

import org.springframework.core.ResolvableType;

/**
 * Writes a batch of one record type with {@code UNWIND $rows AS row MERGE ...}. Writes
 * must be idempotent: the same batch twice leaves the graph as once.
 *
 * @param <R> the record type
 */
public interface RecordWriter<R> {

	/**
	 * The record type this writer writes: by default the type argument it implements this
	 * interface with.
	 */
	@SuppressWarnings("unchecked")
	default Class<R> type() {
		Class<?> type = ResolvableType.forClass(getClass()).as(RecordWriter.class).resolveGeneric(0);
		if (type == null) {
			throw new IllegalStateException(getClass().getName() + " names no record type; override type()");
		}
		return (Class<R>) type;
	}

	void write(List<R> batch, WriteContext context);

	/**
	 * Writes a batch whose records come with their place in the file: by default as
	 * {@link #write(List, WriteContext)}; writers that store provenance per record
	 * override it.
	 * @param refs the reference of each record in its file ("line 12", "record 3"), in
	 * the batch's order
	 */
	default void write(List<R> batch, List<String> refs, WriteContext context) {
		write(batch, context);
	}

}
