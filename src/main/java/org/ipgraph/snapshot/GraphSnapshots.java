package org.ipgraph.snapshot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Where features register what they precompute from the graph. Every snapshot registered
 * here is warmed up when the web application is ready (the CLI builds on first use),
 * reported in the health endpoint and measured (see {@link SnapshotMetrics}).
 */
@Component
public class GraphSnapshots {

	private final Neo4jClient neo4j;

	private final SnapshotMetrics metrics;

	private final List<GraphSnapshot<?>> snapshots = new CopyOnWriteArrayList<>();

	GraphSnapshots(Neo4jClient neo4j, SnapshotMetrics metrics) {
		this.neo4j = neo4j;
		this.metrics = metrics;
	}

	/**
	 * A new snapshot, kept current against the graph this application reads.
	 * @param name short and unique, e.g. {@code partners}; names the threads, health
	 * detail and metrics
	 * @param settings check interval and warm-up
	 * @param fingerprint the counts that, when they change, make the value out of date
	 * @param builder computes the value from the graph
	 */
	public <T> GraphSnapshot<T> register(String name, GraphSnapshot.Settings settings, GraphFingerprint fingerprint,
			GraphSnapshot.Builder<T> builder) {
		if (this.snapshots.stream().anyMatch(s -> s.name().equals(name))) {
			throw new IllegalStateException("A snapshot named " + name + " is registered already");
		}
		GraphSnapshot<T> snapshot = new GraphSnapshot<>(name, settings, () -> fingerprint.read(this.neo4j), builder,
				this.metrics);
		this.snapshots.add(snapshot);
		this.metrics.register(snapshot);
		return snapshot;
	}

	List<GraphSnapshot<?>> all() {
		return List.copyOf(this.snapshots);
	}

	/**
	 * Builds every snapshot that warms up, one after the other on one background thread:
	 * the builds' transient memory does not add up (at 1,000,000 patents the partner
	 * build ran out of a 4 GB heap while the expert index was built beside it, and fits
	 * alone), and on a few cores parallel builds would only share them.
	 */
	@EventListener
	void warmUp(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext) {
			List<GraphSnapshot<?>> warming = this.snapshots.stream().filter(s -> s.settings().warmUp()).toList();
			Thread.ofVirtual().name("snapshots-warm-up").start(() -> warming.forEach(GraphSnapshot::warmUp));
		}
	}

}
