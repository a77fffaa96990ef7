package org.ipgraph.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * One precomputation from the graph, kept current. It is built on first use (or when the
 * web application starts); after that a request gets the value at hand at once, and at
 * most once per check interval the graph's {@link GraphFingerprint} is read on a
 * background thread, which rebuilds the value when the fingerprint changed while the
 * previous value keeps answering. A check interval of zero checks, and rebuilds if
 * needed, before every answer. Make one with {@link GraphSnapshots#register}.
 * <p>
 * A snapshot with an {@link Updater} is brought up to date by an increment instead when
 * only counts the updater follows grew: the updater gets the previous value and the
 * {@link Changes} since it was last brought up to date (read from the graph) and returns
 * the new value, or null when a whole build is needed (too large a share changed, or
 * something it cannot follow). Every {@code max-increments} increments, and whenever it
 * is forced, the value is built whole.
 *
 * @param <T> what is precomputed; immutable, since requests share it
 */
public final class GraphSnapshot<T> {

	private static final Log logger = LogFactory.getLog(GraphSnapshot.class);

	/**
	 * The fingerprint key of a value read from a file written for an older graph: its
	 * counts never equal the graph's, so the value is rebuilt while it answers.
	 */
	static final String STALE = "stale, written for";

	/** The kind of a value built whole. */
	public static final String FULL = "full";

	/** The kind of a value brought up to date by an increment. */
	public static final String INCREMENTAL = "incremental";

	private final String name;

	private final Settings settings;

	private final Supplier<Map<String, Object>> fingerprint;

	private final Builder<T> builder;

	private final Updater<T> updater;

	private final Increments increments;

	private final SnapshotMetrics metrics;

	private final Persistence<T> persistence;

	private final Lock builds;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private volatile Current<T> current;

	private volatile long checkedAt;

	private volatile String lastError;

	private volatile Instant failedAt;

	// whether the first build after the start has looked for the value's file
	private boolean loadTried;

	GraphSnapshot(String name, Settings settings, Supplier<Map<String, Object>> fingerprint, Builder<T> builder,
			SnapshotMetrics metrics, Persistence<T> persistence, Lock builds) {
		this(name, settings, fingerprint, builder, null, Increments.NONE, metrics, persistence, builds);
	}

	/**
	 * @param updater brings a value up to date by an increment, or null: always whole
	 * @param increments when an increment is tried and how changes are read
	 */
	GraphSnapshot(String name, Settings settings, Supplier<Map<String, Object>> fingerprint, Builder<T> builder,
			Updater<T> updater, Increments increments, SnapshotMetrics metrics, Persistence<T> persistence,
			Lock builds) {
		this.builds = builds;
		this.name = name;
		this.settings = settings;
		this.fingerprint = fingerprint;
		this.builder = builder;
		this.updater = updater;
		this.increments = increments;
		this.metrics = metrics;
		this.persistence = persistence;
	}

	public String name() {
		return this.name;
	}

	public Settings settings() {
		return this.settings;
	}

	/**
	 * The value to answer with. Only the very first call (and every call with a check
	 * interval of zero) waits for a check and a build; otherwise a due check runs on one
	 * background thread, so a graph changing beside the service never makes requests
	 * wait.
	 */
	public Current<T> get() {
		Current<T> now = this.current;
		if (now == null || this.settings.checkInterval().isZero()) {
			// a request builds: the file is written beside it, not before the answer
			return update(false, true, now == null, false);
		}
		if (System.nanoTime() - this.checkedAt >= this.settings.checkInterval().toNanos()) {
			refreshBeside();
		}
		return now;
	}

	/**
	 * Checks the graph, and rebuilds if it changed, on a thread of its own unless a check
	 * is running already.
	 */
	private void refreshBeside() {
		if (!this.refreshing.compareAndSet(false, true)) {
			return;
		}
		this.checkedAt = System.nanoTime();
		Thread.ofVirtual().name(this.name + "-refresh").start(() -> {
			try {
				refresh(false);
			}
			catch (RuntimeException ex) {
				logger.warn("The " + this.name + " snapshot could not be rebuilt; the previous one stays in use: "
						+ ex.getMessage());
			}
			finally {
				this.refreshing.set(false);
			}
		});
	}

	/**
	 * Rebuilds now if the graph changed (or always, when forced) and waits, also for the
	 * value's file: after a load, in tests and benchmarks.
	 */
	public Current<T> refresh(boolean force) {
		return update(force, false, false, false);
	}

	/**
	 * Brings the value up to date on this thread and waits, also for its file: the batch
	 * job. A file written for an older graph is read and brought up to date by an
	 * increment where the updater can (as a server does after a restart, but here before
	 * returning), else the value is built whole; forced, it is built whole.
	 */
	public Current<T> catchUp(boolean force) {
		return update(force, false, !force, true);
	}

	/**
	 * Brings the value up to date; a value built here is written to its file, on this
	 * thread or (for a request) on one of its own.
	 * @param stale on the first update after a start, a file written for an older graph
	 * is read and answers at once while the value is rebuilt on a thread of its own
	 * @param inline a file written for an older graph is brought up to date on this
	 * thread before returning, not beside the answers
	 */
	private Current<T> update(boolean force, boolean writeBeside, boolean stale, boolean inline) {
		Current<T> built;
		synchronized (this) {
			Map<String, Object> counts = this.fingerprint.get();
			this.checkedAt = System.nanoTime();
			Current<T> now = this.current;
			if (!force && now != null && now.fingerprint().equals(counts)) {
				return now;
			}
			if (!force && now == null && !this.loadTried) {
				this.loadTried = true;
				Current<T> loaded = this.persistence.load(this.name, counts, stale);
				if (loaded != null) {
					this.current = loaded;
					this.lastError = null;
					if (!loaded.stale()) {
						return loaded;
					}
					if (!inline) {
						refreshBeside();
						return loaded;
					}
					now = loaded;
				}
			}
			// marked as running: no snapshot's file is written meanwhile
			Runnable updated = this.persistence.updating();
			try {
				built = force || now == null ? null : increment(now, counts);
				if (built == null) {
					built = build(counts);
				}
			}
			finally {
				updated.run();
			}
		}
		Current<T> done = built;
		if (writeBeside) {
			Thread.ofVirtual().name(this.name + "-write").start(() -> this.persistence.write(this.name, done));
		}
		else {
			this.persistence.write(this.name, done);
		}
		return done;
	}

	private Current<T> build(Map<String, Object> counts) {
		// one build at a time over all snapshots: their transient memory must not add up
		this.builds.lock();
		long start = System.nanoTime();
		try {
			T value = this.builder.build();
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			this.current = new Current<>(value, counts, version(counts), Instant.now(), took, null, null, FULL, 0);
			this.lastError = null;
			this.metrics.built(this, took, FULL);
			logger.info(String.format(java.util.Locale.ROOT, "Snapshot %s built in %.1f s (graph version %s)",
					this.name, took.toNanos() / 1e9, this.current.version()));
			return this.current;
		}
		catch (RuntimeException ex) {
			this.lastError = ex.getMessage();
			this.failedAt = Instant.now();
			this.metrics.failed(this);
			throw ex;
		}
		finally {
			this.builds.unlock();
		}
	}

	/**
	 * The value brought up to date by the updater, or null when a whole build is needed:
	 * no updater, a count it does not follow changed, a count shrank (something was
	 * deleted), {@code max-increments} increments since the last whole build, the updater
	 * returned null, or it failed (logged).
	 */
	private Current<T> increment(Current<T> now, Map<String, Object> counts) {
		if (this.updater == null) {
			return null;
		}
		Map<String, Object> before = now.stale() ? counts(String.valueOf(now.fingerprint().get(STALE)))
				: now.fingerprint();
		String why = null;
		Set<String> changed = Changes.changed(before, counts);
		if (before.isEmpty()) {
			why = "the counts it was built for are unknown";
		}
		else if (!this.updater.follows().containsAll(changed)) {
			changed.removeAll(this.updater.follows());
			why = "counts an increment does not follow changed: " + changed;
		}
		else if (changed.stream().anyMatch(k -> shrank(before.get(k), counts.get(k)))) {
			why = "a count shrank (something was deleted)";
		}
		else if (now.increments() >= this.increments.max()) {
			why = now.increments() + " increments since the last whole build";
		}
		if (why != null) {
			logger.info("Snapshot " + this.name + ": built whole (" + why + ")");
			return null;
		}
		// not behind the one-build-at-a-time lock: an increment's memory is that of the
		// changes, and it must not wait for another snapshot's whole build
		long start = System.nanoTime();
		try {
			Instant since = now.builtAt().minus(now.buildTime()).minus(this.increments.margin());
			Changes changes = new Changes(since, before, counts, this.increments.fullRebuildFraction(),
					this.increments.reader());
			T value = this.updater.update(now.value(), changes);
			if (value == null) {
				logger.info("Snapshot " + this.name + ": the update asked for a whole build ("
						+ changes.patents().size() + " changed patents since " + since + ")");
				return null;
			}
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			this.current = new Current<>(value, counts, version(counts), Instant.now(), took, null, null, INCREMENTAL,
					now.increments() + 1);
			this.lastError = null;
			this.metrics.built(this, took, INCREMENTAL);
			logger.info(String.format(java.util.Locale.ROOT,
					"Snapshot %s updated in %.1f s from %d changed patents since %s (graph version %s, increment %d)",
					this.name, took.toNanos() / 1e9, changes.patents().size(), since, this.current.version(),
					this.current.increments()));
			return this.current;
		}
		catch (RuntimeException ex) {
			logger.warn("Snapshot " + this.name + ": the update failed, building it whole: " + ex);
			return null;
		}
	}

	private static boolean shrank(Object before, Object after) {
		return before instanceof Number b && after instanceof Number a && a.longValue() < b.longValue();
	}

	/**
	 * The counts of a fingerprint written as text ({@code {a=1, b=2}}), empty when they
	 * cannot be read.
	 */
	static Map<String, Object> counts(String text) {
		Map<String, Object> counts = new TreeMap<>();
		if (text == null || !text.startsWith("{") || !text.endsWith("}")) {
			return counts;
		}
		String body = text.substring(1, text.length() - 1).trim();
		if (body.isEmpty()) {
			return counts;
		}
		try {
			for (String pair : body.split(", ")) {
				int eq = pair.indexOf('=');
				counts.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
			}
		}
		catch (RuntimeException ex) {
			return new TreeMap<>();
		}
		return counts;
	}

	/**
	 * Builds the first value, so that the first request does not wait; a failure is
	 * logged, and the first request retries.
	 */
	void warmUp() {
		try {
			update(false, false, true, false);
		}
		catch (RuntimeException ex) {
			logger.warn("The " + this.name + " snapshot could not be built yet; the first request retries: "
					+ ex.getMessage());
		}
	}

	/**
	 * Forgets the value as a restart would: the next use reads the file or builds.
	 */
	synchronized void restart() {
		this.current = null;
		this.loadTried = false;
	}

	/**
	 * Whether a check or rebuild runs beside the requests now.
	 */
	boolean refreshing() {
		return this.refreshing.get();
	}

	/**
	 * Whether a value has been built, so that requests answer without waiting.
	 */
	public boolean ready() {
		return this.current != null;
	}

	/**
	 * The value at hand without checking the graph, or null before the first build.
	 */
	Current<T> peek() {
		return this.current;
	}

	String lastError() {
		return this.lastError;
	}

	/**
	 * When the last build failed, or null.
	 */
	Instant failedAt() {
		return this.failedAt;
	}

	/**
	 * Built (or, with its warm-up off, not needed yet: the first use builds), and its
	 * last update did not fail.
	 */
	boolean healthy() {
		return (this.current != null || !this.settings.warmUp()) && this.lastError == null;
	}

	static String version(Map<String, Object> fingerprint) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(fingerprint.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * How often to check the graph and whether to build when the web application starts.
	 *
	 * @param checkInterval at most one fingerprint check per interval; zero checks before
	 * every answer
	 * @param warmUp build when the web application starts rather than on the first
	 * request
	 */
	public record Settings(Duration checkInterval, boolean warmUp) {
	}

	/**
	 * Brings a value up to date with what changed in the graph since it was last brought
	 * up to date, instead of building it whole.
	 *
	 * @param <T> the value
	 */
	public interface Updater<T> {

		/**
		 * The fingerprint counts whose changes an update follows: when any other count
		 * changed, the value is built whole.
		 */
		Set<String> follows();

		/**
		 * The value as a whole build would make it now (learned models may be kept from
		 * the previous value until the next whole build), or null when a whole build is
		 * needed. The previous value is shared with requests: never change it.
		 */
		T update(T previous, Changes changes);

	}

	/**
	 * When increments are tried and how changes are read.
	 *
	 * @param max at most this many increments after a whole build, then a whole build
	 * @param fullRebuildFraction above this share of changed entities an update builds
	 * whole
	 * @param margin changes are read from the previous update's start minus this, so that
	 * a transaction that committed late is not missed
	 * @param reader the patents recorded in documents seen since an instant
	 */
	public record Increments(int max, double fullRebuildFraction, Duration margin,
			Function<Instant, List<Changes.ChangedPatent>> reader) {

		static final Increments NONE = new Increments(0, 0, Duration.ZERO, since -> List.of());

	}

	/**
	 * Computes the value from the graph as it is now.
	 *
	 * @param <T> the value
	 */
	@FunctionalInterface
	public interface Builder<T> {

		T build();

	}

	/**
	 * A value with the graph counts it was built from.
	 *
	 * @param value what was computed
	 * @param fingerprint the counts, sorted by name
	 * @param version a short hash of the counts, shown in answers
	 * @param builtAt when the build (or the increment) finished
	 * @param buildTime how long it took
	 * @param loadedFrom the file it was read from after a start, or null when it was
	 * built in this process
	 * @param loadTime how long reading the file took, or null
	 * @param kind how the value was last brought up to date: {@value #FULL} (built whole,
	 * or read from a file), {@value #INCREMENTAL}
	 * @param increments increments since the last whole build in this process
	 * @param <T> the value
	 */
	public record Current<T>(T value, Map<String, Object> fingerprint, String version, Instant builtAt,
			Duration buildTime, java.nio.file.Path loadedFrom, Duration loadTime, String kind, int increments) {

		/**
		 * A value built whole (or read from its file).
		 */
		public Current(T value, Map<String, Object> fingerprint, String version, Instant builtAt, Duration buildTime,
				java.nio.file.Path loadedFrom, Duration loadTime) {
			this(value, fingerprint, version, builtAt, buildTime, loadedFrom, loadTime, FULL, 0);
		}

		/**
		 * Read from a file written for an older graph: it answers while the value is
		 * rebuilt.
		 */
		public boolean stale() {
			return this.fingerprint.containsKey(STALE);
		}

	}

}
