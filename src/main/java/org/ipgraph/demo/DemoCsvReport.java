package org.ipgraph.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a CSV export wrote.
 *
 * @param directory the export directory
 * @param files each file (relative path) with its data rows (the header not counted)
 * @param labels node rows per label
 * @param types relationship rows per type
 * @param bytes bytes written
 * @param seconds how long generating and writing took
 * @param importArguments the arguments of {@code neo4j-admin database import full} for
 * these files, with absolute paths
 * @param truth what was planted
 */
public record DemoCsvReport(Path directory, Map<String, Long> files, Map<String, Long> labels, Map<String, Long> types,
		long bytes, double seconds, List<String> importArguments, DemoTruth truth) {

	public long nodes() {
		return this.labels.values().stream().mapToLong(Long::longValue).sum();
	}

	public long relationships() {
		return this.types.values().stream().mapToLong(Long::longValue).sum();
	}

}
