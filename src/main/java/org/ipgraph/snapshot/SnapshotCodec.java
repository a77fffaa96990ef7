package org.ipgraph.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * How a snapshot's value is written to its file and read back (see
 * {@link GraphSnapshots#register(String, GraphSnapshot.Settings, GraphFingerprint, GraphSnapshot.Builder, SnapshotCodec)}).
 * The streams are buffered and checksummed around it; a codec writes and reads its value
 * as a stream, never as one byte array, and neither closes the stream nor reads past what
 * it wrote.
 *
 * @param <T> the value
 */
public interface SnapshotCodec<T> {

	/**
	 * Names the layout of the payload (with its own version), kept in the file's header:
	 * a file of another layout is rebuilt instead of read.
	 */
	String format();

	/**
	 * Writes the value, and flushes what it buffered itself.
	 */
	void write(T value, OutputStream out) throws IOException;

	/**
	 * Reads a value written by {@link #write}.
	 */
	T read(InputStream in) throws IOException;

	/**
	 * Java serialization of the value's object graph, read back through an
	 * {@link java.io.ObjectInputFilter} that admits the classes of {@code java.lang},
	 * {@code java.util} and {@code java.time} and of the packages named here, and nothing
	 * else. A record whose components changed since the file was written is rebuilt
	 * rather than read with default values.
	 * @param type the value's class
	 * @param packages the packages (e.g. {@code org.ipgraph.partners}) whose classes the
	 * value holds
	 */
	static <T> SnapshotCodec<T> serialization(Class<T> type, String... packages) {
		return new SerializationCodec<>(type, packages);
	}

}
