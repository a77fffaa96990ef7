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

	private final Supplier<SnapshotFiles> files;

	/**
	 * @param codec how the value is written, or null for a snapshot that is not kept
	 * @param files the files, or a supplier of null while persistence is off
	 */
	Persistence(SnapshotCodec<T> codec, Supplier<SnapshotFiles> files) {
		this.codec = codec;
		this.files = files;
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
