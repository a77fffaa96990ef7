package org.ipgraph.snapshot;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where built snapshot values are kept between starts, and when a snapshot that can be
 * updated by an increment is built whole instead.
 *
 * @param persist write every built value to its file and, on the first build after a
 * start, read the file instead when it was written for the same graph; default true
 * @param dir the files' directory, one {@code <name>.snap} per snapshot; default
 * {@code snapshots} in the data directory ({@code ipgraph.neo4j.data-dir})
 * @param fullRebuildFraction when more than this share of a snapshot's entities changed,
 * it is built whole rather than updated; default 0.1
 * @param maxIncrements after this many increments in a row a snapshot is built whole (its
 * learned models are refitted then); default 50
 * @param changeMargin changes are read from the previous update's start minus this, so
 * that an ingest transaction that committed late is not missed; default 2 minutes
 */
@ConfigurationProperties("ipgraph.snapshots")
record SnapshotProperties(Boolean persist, Path dir, Double fullRebuildFraction, Integer maxIncrements,
		Duration changeMargin) {

	SnapshotProperties {
		persist = persist == null || persist;
		dir = dir == null ? Path.of("data", "neo4j", "snapshots") : dir;
		fullRebuildFraction = fullRebuildFraction == null ? 0.1 : fullRebuildFraction;
		maxIncrements = maxIncrements == null ? 50 : maxIncrements;
		changeMargin = changeMargin == null ? Duration.ofMinutes(2) : changeMargin;
	}

}
