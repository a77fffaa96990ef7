package org.ipgraph.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.ipgraph.db.GraphAccess;

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

	private volatile SnapshotFiles files;

	private final SnapshotProperties properties;

	/**
	 * The patents recorded in documents seen since an instant (ingest sets
	 * {@code lastSeenAt} with each batch; index {@code document_last_seen}).
	 */
	private static final String CHANGED_PATENTS = """
			MATCH (d:Document) WHERE d.lastSeenAt >= $since
			MATCH (p:Patent)-[:RECORDED_IN]->(d)
			RETURN DISTINCT id(p) AS node, p.number AS number
			""";

	// one build at a time over all snapshots (reentrant: a test may build inside a build)
	private final Lock builds = new ReentrantLock();

	// the builds and increments running: files are written when none runs
	private final Persistence.Updates updates = new Persistence.Updates();

	GraphSnapshots(Neo4jClient neo4j, SnapshotMetrics metrics, SnapshotProperties properties) {
		this.neo4j = neo4j;
		this.metrics = metrics;
		this.properties = properties;
		this.files = properties.persist() ? new SnapshotFiles(properties.dir(), this::database) : null;
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
		return register(name, settings, fingerprint, builder, null);
	}

	/**
	 * A new snapshot whose value is also kept on disk ({@code ipgraph.snapshots.dir},
	 * when {@code ipgraph.snapshots.persist}): written after every build, and read
	 * instead of the first build after a start when the file was written for the same
	 * graph counts of the same database.
	 * @param codec how the value is written and read
	 */
	public <T> GraphSnapshot<T> register(String name, GraphSnapshot.Settings settings, GraphFingerprint fingerprint,
			GraphSnapshot.Builder<T> builder, SnapshotCodec<T> codec) {
		return register(name, settings, fingerprint, builder, null, codec);
	}

	/**
	 * A new snapshot kept on disk that is brought up to date by increments where it can
	 * be (see {@link GraphSnapshot.Updater}), else built whole.
	 * @param updater brings the previous value up to date, or null
	 */
	public <T> GraphSnapshot<T> register(String name, GraphSnapshot.Settings settings, GraphFingerprint fingerprint,
			GraphSnapshot.Builder<T> builder, GraphSnapshot.Updater<T> updater, SnapshotCodec<T> codec) {
		if (this.snapshots.stream().anyMatch(s -> s.name().equals(name))) {
			throw new IllegalStateException("A snapshot named " + name + " is registered already");
		}
		// builds and fingerprints only read: behind a neo4j:// URI they go to secondaries
		GraphSnapshot.Updater<T> reading = updater == null ? null : new GraphSnapshot.Updater<>() {

			@Override
			public java.util.Set<String> follows() {
				return updater.follows();
			}

			@Override
			public T update(T previous, Changes changes) {
				return GraphAccess.read(() -> updater.update(previous, changes));
			}

		};
		GraphSnapshot<T> snapshot = new GraphSnapshot<>(name, settings,
				() -> GraphAccess.read(() -> fingerprint.read(this.neo4j)), () -> GraphAccess.read(builder::build),
				reading,
				new GraphSnapshot.Increments(this.properties.maxIncrements(), this.properties.fullRebuildFraction(),
						this.properties.changeMargin(), this::changedPatents),
				this.metrics, new Persistence<>(codec, () -> this.files, this.updates), this.builds);
		this.snapshots.add(snapshot);
		this.metrics.register(snapshot);
		return snapshot;
	}

	/**
	 * The patents recorded in documents seen since an instant, read from the graph.
	 */
	public List<Changes.ChangedPatent> changedPatents(java.time.Instant since) {
		return GraphAccess.read(() -> List.copyOf(this.neo4j.query(CHANGED_PATENTS)
			.bind(since.atOffset(java.time.ZoneOffset.UTC))
			.to("since")
			.fetchAs(Changes.ChangedPatent.class)
			.mappedBy((t, r) -> new Changes.ChangedPatent(r.get("node").asLong(), r.get("number").asString(null)))
			.all()));
	}

	/**
	 * The identity of the database the snapshots are built from: its id and creation time
	 * ({@code db.info()}), the same for a copy of the store and different for any other
	 * database, also on an external server.
	 */
	String database() {
		return GraphAccess.read(() -> this.neo4j
			.query("CALL db.info() YIELD id, name, creationDate RETURN id, name, toString(creationDate) AS created")
			.fetch()
			.one()
			.map(r -> r.get("id") + " " + r.get("name") + " " + r.get("created"))
			.orElseThrow(() -> new IllegalStateException("db.info() returned nothing")));
	}

	/**
	 * Keeps the values in these files from now on (null: not at all).
	 */
	void files(SnapshotFiles files) {
		this.files = files;
	}

	List<GraphSnapshot<?>> all() {
		return List.copyOf(this.snapshots);
	}

	/**
	 * The registered snapshots' names, in their warm-up order.
	 */
	public List<String> names() {
		return this.snapshots.stream().map(GraphSnapshot::name).toList();
	}

	/**
	 * Rebuilds the named snapshots (all when empty) now where the graph changed since
	 * their value, and waits: after a load, in tests and benchmarks.
	 * @param names which, by name; empty for all
	 */
	public void refresh(List<String> names) {
		this.snapshots.stream().filter(s -> names.isEmpty() || names.contains(s.name())).forEach(s -> s.refresh(false));
	}

	/**
	 * Brings the named snapshots (all when empty) up to date one after the other, as a
	 * batch job before a start: a value whose file was written for the graph as it is now
	 * is only read (unless forced), any other is built and its file written, so that the
	 * next start reads every file instead of building. Each value is let go once its file
	 * is written: the next start reads it.
	 * @param names which, by name; empty for all
	 * @param force build even where the file is current
	 * @param progress told before and after each snapshot
	 * @return what happened to each, in order
	 */
	public List<Brought> bringUpToDate(List<String> names, boolean force, Consumer<String> progress) {
		if (this.files == null) {
			throw new IllegalStateException("Snapshots are not kept on disk (ipgraph.snapshots.persist=false): "
					+ "a batch build would be lost. Turn persistence on, or let the service build them.");
		}
		for (String name : names) {
			if (!names().contains(name)) {
				throw new IllegalArgumentException(
						"Unknown snapshot '" + name + "'; known: " + String.join(", ", names()));
			}
		}
		List<GraphSnapshot<?>> chosen = this.snapshots.stream()
			.filter(s -> names.isEmpty() || names.contains(s.name()))
			.toList();
		List<Brought> done = new ArrayList<>();
		int i = 0;
		for (GraphSnapshot<?> snapshot : chosen) {
			i++;
			progress.accept(String.format(Locale.ROOT, "[%d/%d] %s: %s...", i, chosen.size(), snapshot.name(),
					force ? "building" : "reading its file, updating it or building"));
			long start = System.nanoTime();
			GraphSnapshot.Current<?> current = snapshot.catchUp(force);
			double seconds = (System.nanoTime() - start) / 1e9;
			String source = current.loadedFrom() != null ? "current"
					: GraphSnapshot.INCREMENTAL.equals(current.kind()) ? "updated" : "built";
			Brought brought = new Brought(snapshot.name(), source, Math.round(seconds * 10) / 10.0, current.version(),
					this.files.file(snapshot.name()).toString());
			done.add(brought);
			// the value is in its file now: this process lets it go before the next
			// build, so
			// that each build has the heap to itself (at 1,000,000 patents the partner
			// build
			// ran out of -Xmx4g beside the expert index)
			snapshot.restart();
			progress.accept(String.format(Locale.ROOT, "[%d/%d] %s: %s in %.1f s (graph version %s)%s", i,
					chosen.size(), snapshot.name(), brought.source(), seconds, brought.version(), brought.file() == null
							? "; not kept on disk (ipgraph.snapshots.persist=false)" : "; file " + brought.file()));
		}
		return done;
	}

	/**
	 * One snapshot brought up to date.
	 *
	 * @param name the snapshot
	 * @param source {@code built} (whole), {@code updated} (a file written for an older
	 * graph brought up to date by an increment), or {@code current} when its file was
	 * current and read
	 * @param seconds how long that took
	 * @param version the graph version it holds
	 * @param file its file
	 */
	public record Brought(String name, String source, double seconds, String version, String file) {
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
			// a platform thread: the bytes a build, load or write allocates are measured
			Thread.ofPlatform().daemon().name("snapshots-warm-up").start(() -> warming.forEach(GraphSnapshot::warmUp));
		}
	}

}
