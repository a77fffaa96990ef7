package org.ipgraph.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.SourceFormat;

/**
 * A sink that keeps what a reader gives it, for parser tests without a database.
 */
public final class CollectingSink implements RecordSink {

	public final Map<String, Object> records = new LinkedHashMap<>();

	public final List<String> rejections = new ArrayList<>();

	@Override
	public void accept(String ref, Object record) {
		this.records.put(ref + (this.records.containsKey(ref) ? "#" + this.records.size() : ""), record);
	}

	@Override
	public void reject(String ref, String reason) {
		this.rejections.add(ref + ": " + reason);
	}

	public <T> List<T> all(Class<T> type) {
		return this.records.values().stream().filter(type::isInstance).map(type::cast).toList();
	}

	public <T> T at(String ref, Class<T> type) {
		return type.cast(this.records.get(ref));
	}

	/**
	 * Reads a file with a format.
	 */
	public static CollectingSink read(SourceFormat format, Path file) throws IOException {
		CollectingSink sink = new CollectingSink();
		try (InputStream in = Files.newInputStream(file)) {
			format.read(file, in, sink);
		}
		return sink;
	}

	/**
	 * What {@code accepts} is given: the first 8 KiB.
	 */
	public static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(8192);
		}
	}

}
