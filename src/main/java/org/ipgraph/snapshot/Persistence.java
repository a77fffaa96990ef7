package org.ipgraph.snapshot;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Keeps one snapshot's value in its file: written after every build, read instead of the
 * first build after a start when it was written for the same graph. Nothing here is ever
 * an error: a file that cannot be read is logged with the reason and the value built; a
 * file that cannot be written is logged.
 *
 * @param <T> the value
 */
final class Persistence<T> {

	private static final Log logger = LogFactory.getLog(GraphSnapshot.class);

	private final SnapshotCodec<T> codec;

	/** Longest a file's write waits for other snapshots' updates. */
	static final Duration WAIT = Duration.ofMinutes(5);

	private final Supplier<SnapshotFiles> files;

	private final Updates updates;

	/**
	 * @param codec how the value is written, or null for a snapshot that is not kept
	 * @param files the files, or a supplier of null while persistence is off
	 */
	Persistence(SnapshotCodec<T> codec, Supplier<SnapshotFiles> files) {
		this(codec, files, new Updates());
	}

	/**
	 * @param updates the updates running over every snapshot, which a write waits for
	 */
	Persistence(SnapshotCodec<T> codec, Supplier<SnapshotFiles> files, Updates updates) {
		this.codec = codec;
		this.files = files;
		this.updates = updates;
	}

	/**
	 * Marks an update (a build or an increment) of a value as running until the returned
	 * runnable is run: files are written when no update runs.
	 */
	Runnable updating() {
		return this.updates.start();
	}

	/**
	 * The builds and increments running over all snapshots. A file is written once none
	 * runs (at most {@link #WAIT} later): at 1,000,000 patents writing a file costs a
	 * snapshot's seconds of CPU (partners 25 s), which on a few cores slowed the other
	 * snapshots' increments after an ingest, whose new values the answers wait for. A
	 * crash before the write costs the next start an increment from the older file.
	 */
	static final class Updates {

		private int running;

		synchronized Runnable start() {
			this.running++;
			boolean[] ended = new boolean[1];
			return () -> {
				synchronized (this) {
					if (!ended[0]) {
						ended[0] = true;
						this.running--;
						notifyAll();
					}
				}
			};
		}

		synchronized int running() {
			return this.running;
		}

		/**
		 * Waits until no update runs, or the limit passed; returns the time waited.
		 */
		synchronized Duration awaitNone(Duration limit) throws InterruptedException {
			long start = System.nanoTime();
			long deadline = start + limit.toNanos();
			while (this.running > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					break;
				}
				wait(Math.max(1, left / 1_000_000));
			}
			return Duration.ofNanos(System.nanoTime() - start);
		}

	}

	/**
	 * The value in the file when it was written for these counts and this database, else
	 * null (the reason logged).
	 */
	GraphSnapshot.Current<T> load(String name, Map<String, Object> counts) {
		return load(name, counts, false);
	}

	/**
	 * The value in the file when it was written for this database by this build: for
	 * these counts, or with {@code stale} for any (then the value's fingerprint holds the
	 * file's counts, so that it never equals the graph's and the value is rebuilt); else
	 * null (the reason logged).
	 */
	GraphSnapshot.Current<T> load(String name, Map<String, Object> counts, boolean stale) {
		SnapshotFiles files = this.files.get();
		if (this.codec == null || files == null) {
			return null;
		}
		Path file = files.file(name);
		long start = System.nanoTime();
		long allocated = allocated();
		try {
			SnapshotFiles.Stored<T> stored = files.read(name, this.codec, counts, stale);
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			Map<String, Object> fingerprint = stored.otherCounts() == null ? counts
					: Map.of(GraphSnapshot.STALE, stored.otherCounts());
			String version = stored.otherCounts() == null ? GraphSnapshot.version(counts)
					: GraphSnapshot.version(fingerprint);
			logger.info(String.format(Locale.ROOT,
					"Snapshot %s loaded from %s in %.1f s (%s; built at %s in %.1f s, graph version %s%s)%s", name,
					file, took.toNanos() / 1e9, megabytes(stored.bytes()), stored.builtAt(),
					stored.buildTime().toNanos() / 1e9, version, allocatedSince(allocated), stored.otherCounts() == null
							? "" : "; written for an older graph: it answers while the value is rebuilt"));
			return new GraphSnapshot.Current<>(stored.value(), fingerprint, version, stored.builtAt(),
					stored.buildTime(), file, took);
		}
		catch (SnapshotFiles.Unusable ex) {
			return notLoaded(name, file, ex.getMessage());
		}
		catch (StackOverflowError ex) {
			return notLoaded(name, file, "unreadable: " + ex);
		}
	}

	private GraphSnapshot.Current<T> notLoaded(String name, Path file, String reason) {
		logger.info("Snapshot " + name + " not loaded from " + file + " (" + reason + "): building it");
		return null;
	}

	/**
	 * Writes a value just built; a failure is logged.
	 */
	synchronized void write(String name, GraphSnapshot.Current<T> current) {
		SnapshotFiles files = this.files.get();
		if (this.codec == null || files == null) {
			return;
		}
		Path file = files.file(name);
		try {
			Duration waited = this.updates.awaitNone(WAIT);
			if (waited.toMillis() >= 1000) {
				logger.info(String.format(Locale.ROOT, "Snapshot %s written after other snapshots' updates (%.1f s)",
						name, waited.toNanos() / 1e9));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			logger.warn("Snapshot " + name + " not written to " + file + " (interrupted; the next start builds it)");
			return;
		}
		long start = System.nanoTime();
		long allocated = allocated();
		try {
			long bytes = files.write(name, this.codec, current);
			logger.info(String.format(Locale.ROOT, "Snapshot %s written to %s in %.1f s (%s%s)", name, file,
					(System.nanoTime() - start) / 1e9, megabytes(bytes), allocatedSince(allocated)));
		}
		catch (Exception | StackOverflowError ex) {
			logger.warn("Snapshot " + name + " could not be written to " + file + " (the next start builds it): " + ex);
		}
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
	}

	// bytes this thread allocated so far, or -1 where the JVM does not tell
	private static long allocated() {
		if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
			return threads.getCurrentThreadAllocatedBytes();
		}
		return -1;
	}

	private static String allocatedSince(long before) {
		long after = allocated();
		return before < 0 || after < 0 ? "" : "; " + megabytes(after - before) + " allocated";
	}

}
