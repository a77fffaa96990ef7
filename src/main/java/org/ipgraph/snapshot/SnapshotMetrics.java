package org.ipgraph.snapshot;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Each snapshot's meters, tagged {@code snapshot=<name>}: {@code ipgraph.snapshot.build}
 * (a timer of builds, tagged {@code kind=full}, and of increments,
 * {@code kind=incremental}), {@code ipgraph.snapshot.failures} (builds that threw),
 * {@code ipgraph.snapshot.ready} (1 once built) and {@code ipgraph.snapshot.age} (seconds
 * since the value in use was built).
 */
@Component
class SnapshotMetrics {

	private final MeterRegistry registry;

	SnapshotMetrics(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
	}

	void register(GraphSnapshot<?> snapshot) {
		Gauge.builder("ipgraph.snapshot.ready", snapshot, s -> s.ready() ? 1 : 0)
			.tag("snapshot", snapshot.name())
			.description("1 once the snapshot has been built")
			.register(this.registry);
		Gauge.builder("ipgraph.snapshot.age", snapshot, SnapshotMetrics::age)
			.tag("snapshot", snapshot.name())
			.baseUnit("seconds")
			.description("Seconds since the snapshot in use was built")
			.register(this.registry);
	}

	void built(GraphSnapshot<?> snapshot, Duration took, String kind) {
		Timer.builder("ipgraph.snapshot.build")
			.tag("snapshot", snapshot.name())
			.tag("kind", kind)
			.description("Snapshot builds (kind=full) and increments (kind=incremental)")
			.register(this.registry)
			.record(took);
	}

	void failed(GraphSnapshot<?> snapshot) {
		Counter.builder("ipgraph.snapshot.failures")
			.tag("snapshot", snapshot.name())
			.description("Snapshot builds that failed")
			.register(this.registry)
			.increment();
	}

	private static double age(GraphSnapshot<?> snapshot) {
		GraphSnapshot.Current<?> current = snapshot.peek();
		return current == null ? Double.NaN : Duration.between(current.builtAt(), Instant.now()).toMillis() / 1e3;
	}

}
