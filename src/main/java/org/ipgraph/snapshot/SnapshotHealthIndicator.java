package org.ipgraph.snapshot;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code snapshots} health detail: for each snapshot whether it is ready (built once), its
 * graph version, when it was built and how long that took, and the last build error. The status
 * stays UP while a snapshot is still building: requests then wait for the first build rather
 * than fail.
 */
@Component
class SnapshotHealthIndicator implements HealthIndicator {

	private final GraphSnapshots snapshots;

	SnapshotHealthIndicator(GraphSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up();
		for (GraphSnapshot<?> snapshot : this.snapshots.all()) {
			Map<String, Object> detail = new LinkedHashMap<>();
			GraphSnapshot.Current<?> current = snapshot.peek();
			detail.put("ready", current != null);
			if (current != null) {
				detail.put("version", current.version());
				detail.put("builtAt", current.builtAt().toString());
				detail.put("buildSeconds", current.buildTime().toMillis() / 1e3);
			}
			if (snapshot.lastError() != null) {
				detail.put("lastError", snapshot.lastError());
			}
			health.withDetail(snapshot.name(), detail);
		}
		return health.build();
	}

}
