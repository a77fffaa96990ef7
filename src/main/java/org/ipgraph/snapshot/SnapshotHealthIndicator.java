package org.ipgraph.snapshot;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code snapshot} health component, part of readiness (not of liveness): DOWN while
 * a snapshot has no value yet (requests would get 503) or its last build failed (the
 * reason in {@code lastError}), UP when every one is ready. For each snapshot: whether it
 * is ready, its graph version, when it was built and how long that took, whether this
 * process built it or loaded it from its file (which, and how long that took), whether
 * its last update was a whole build ({@code kind: full}) or an increment
 * ({@code incremental}; {@code builtAt} and {@code buildSeconds} are then the
 * increment's) with the increments since the last whole build, and the last error.
 */
@Component
class SnapshotHealthIndicator implements HealthIndicator {

	private final GraphSnapshots snapshots;

	SnapshotHealthIndicator(GraphSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	@Override
	public Health health() {
		boolean up = true;
		Map<String, Object> details = new LinkedHashMap<>();
		for (GraphSnapshot<?> snapshot : this.snapshots.all()) {
			Map<String, Object> detail = new LinkedHashMap<>();
			GraphSnapshot.Current<?> current = snapshot.peek();
			detail.put("ready", current != null);
			if (current != null) {
				detail.put("version", current.version());
				detail.put("builtAt", current.builtAt().toString());
				detail.put("buildSeconds", current.buildTime().toMillis() / 1e3);
				detail.put("source", current.loadedFrom() == null ? "built" : "loaded");
				// how the value was last brought up to date, and increments since its
				// last
				// whole build
				detail.put("kind", current.kind());
				detail.put("increments", current.increments());
				if (current.stale()) {
					detail.put("stale", true);
					detail.put("note",
							"read from a file written for an older graph; it answers while the value is " + "rebuilt");
				}
				if (current.loadedFrom() != null) {
					detail.put("file", current.loadedFrom().toString());
					detail.put("loadSeconds", current.loadTime().toMillis() / 1e3);
				}
			}
			if (snapshot.lastError() != null) {
				detail.put("lastError", snapshot.lastError());
				detail.put("failedAt", String.valueOf(snapshot.failedAt()));
			}
			else if (current == null && !snapshot.settings().warmUp()) {
				detail.put("note", "warm-up off: the first use builds it");
			}
			if (!snapshot.healthy()) {
				up = false;
				detail.put("reason", current == null ? "not built yet; requests get 503 until it is"
						: "the last update failed; the previous value answers");
			}
			details.put(snapshot.name(), detail);
		}
		return (up ? Health.up() : Health.down()).withDetails(details).build();
	}

}
