package org.ipgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * One input format. Implementations are Spring beans; {@code ingest --format NAME} picks
 * one by {@link #name()}, {@code --format auto} asks each whether it {@link #accepts} a
 * file.
 */
public interface SourceFormat {

	/**
	 * The name used on the command line, e.g. {@code uspto-xml}.
	 */
	String name();

	/**
	 * One line for the CLI help.
	 */
	String description();

	/**
	 * Whether this format recognises the file, from its name and first bytes.
	 * @param file the file
	 * @param head up to the first 8 KiB of the file
	 */
	boolean accepts(Path file, byte[] head);

	/**
	 * Whether this format takes any file of its kind by name alone (plain text by its
	 * extension): {@code --format auto} asks it only after every format that recognises
	 * content.
	 */
	default boolean fallback() {
		return false;
	}

	/**
	 * Streams the file's records into the sink. A bad record goes to
	 * {@link RecordSink#reject}; only a failure of the whole file throws.
	 * @param file the file, for messages
	 * @param in its content
	 * @param sink where records go
	 */
	void read(Path file, InputStream in, RecordSink sink) throws IOException;

	/**
	 * Whether files of this format may be read on several threads at once, their records
	 * written afterwards in file order, several files per transaction. Such a format
	 * reads without touching the graph or shared state, its records name their Document
	 * ({@link RecordSink#documentId()}) and its writers take it from each record rather
	 * than from {@link WriteContext#documentId()}. Worth it when reading costs more than
	 * writing, as for the NLP pipeline.
	 */
	default boolean concurrent() {
		return false;
	}

}
