package org.ipgraph.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed in the graph since a snapshot's value was last brought up to date, for its
 * {@link GraphSnapshot.Updater}: the graph counts before and now, and the patents
 * recorded in documents seen since then, read from the graph (ingest sets
 * {@code Document.lastSeenAt} with each batch it stores), so that another process's
 * ingest or a restart between the two is seen as well. The instant is the previous
 * update's start minus a safety margin: a patent may be named again that the previous
 * value already holds, which an update must take as it would a changed one.
 */
public final class Changes {

	private final Instant since;

	private final Map<String, Object> before;

	private final Map<String, Object> after;

	private final double fullRebuildFraction;

	private final Function<Instant, List<ChangedPatent>> reader;

	private List<ChangedPatent> patents;

	Changes(Instant since, Map<String, Object> before, Map<String, Object> after, double fullRebuildFraction,
			Function<Instant, List<ChangedPatent>> reader) {
		this.since = since;
		this.before = Map.copyOf(before);
		this.after = Map.copyOf(after);
		this.fullRebuildFraction = fullRebuildFraction;
		this.reader = reader;
	}

	/**
	 * Changes since an instant, read when first asked for (for updaters' tests and tools;
	 * a snapshot makes its own).
	 * @param fullRebuildFraction see {@link #tooMany}
	 * @param reader the patents recorded in documents seen since an instant, e.g.
	 * {@link GraphSnapshots#changedPatents}
	 */
	public static Changes of(Instant since, Map<String, Object> before, Map<String, Object> after,
			double fullRebuildFraction, Function<Instant, List<ChangedPatent>> reader) {
		return new Changes(since, before, after, fullRebuildFraction, reader);
	}

	/**
	 * From when changes are read: the previous update's start minus the margin.
	 */
	public Instant since() {
		return this.since;
	}

	/**
	 * The graph counts the previous value was brought up to date for.
	 */
	public Map<String, Object> before() {
		return this.before;
	}

	/**
	 * The graph counts now.
	 */
	public Map<String, Object> after() {
		return this.after;
	}

	/**
	 * The names of the counts that differ.
	 */
	public Set<String> changedCounts() {
		return changed(this.before, this.after);
	}

	static Set<String> changed(Map<String, Object> before, Map<String, Object> after) {
		Set<String> changed = new TreeSet<>();
		before.forEach((k, v) -> {
			if (!v.equals(after.get(k))) {
				changed.add(k);
			}
		});
		after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(changed::add);
		return changed;
	}

	/**
	 * The patents recorded in documents seen since {@link #since()}, read once.
	 */
	public synchronized List<ChangedPatent> patents() {
		if (this.patents == null) {
			this.patents = List.copyOf(this.reader.apply(this.since));
		}
		return this.patents;
	}

	/**
	 * Whether {@code changed} of {@code total} entities is too large a share to update:
	 * above {@code ipgraph.snapshots.full-rebuild-fraction}, a whole build is about as
	 * fast and the update returns null.
	 */
	public boolean tooMany(long changed, long total) {
		return changed > this.fullRebuildFraction * Math.max(total, 1);
	}

	/**
	 * A patent recorded in a document seen since the previous update.
	 *
	 * @param node its graph node id (valid for the length of the update)
	 * @param number its number
	 */
	public record ChangedPatent(long node, String number) {
	}

}
