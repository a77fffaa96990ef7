package org.ipgraph.snapshot;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where built snapshot values are kept between starts.
 *
 * @param persist write every built value to its file and, on the first build after a
 * start, read the file instead when it was written for the same graph; default true
 * @param dir the files' directory, one {@code <name>.snap} per snapshot; default
 * {@code snapshots} in the data directory ({@code ipgraph.neo4j.data-dir})
 */
@ConfigurationProperties("ipgraph.snapshots")
record SnapshotProperties(Boolean persist, Path dir) {

	SnapshotProperties {
		persist = persist == null || persist;
		dir = dir == null ? Path.of("data", "neo4j", "snapshots") : dir;
	}

}
