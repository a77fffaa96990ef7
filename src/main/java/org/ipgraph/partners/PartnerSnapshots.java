package org.ipgraph.partners;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ipgraph.snapshot.Changes;
import org.ipgraph.snapshot.GraphSnapshot;
import org.ipgraph.snapshot.GraphSnapshots;
import org.ipgraph.snapshot.SnapshotCodec;

import org.springframework.stereotype.Component;

/**
 * Keeps the current {@link PartnerSnapshot}, a {@link GraphSnapshot} rebuilt when the
 * graph's counts of what recommendations read have changed (checked at most once per
 * {@code ipgraph.partners.check-interval}). Requests never compute profiles or train
 * models themselves.
 */
@Component
public class PartnerSnapshots {

	private static final Log logger = LogFactory.getLog(PartnerSnapshots.class);

	private final GraphSnapshot<PartnerSnapshot> snapshot;

	PartnerSnapshots(GraphSnapshots snapshots, PartnerGraphLoader loader, PartnerProperties properties) {
		this.snapshot = snapshots.register("partners",
				new GraphSnapshot.Settings(properties.checkInterval(), properties.warmUp()),
				PartnerGraphLoader.FINGERPRINT, () -> build(loader, properties), new GraphSnapshot.Updater<>() {

					@Override
					public Set<String> follows() {
						return FOLLOWED;
					}

					@Override
					public PartnerSnapshot update(PartnerSnapshot previous, Changes changes) {
						return PartnerSnapshots.update(previous, changes, loader, properties);
					}

				},
				SnapshotCodec.serialization(PartnerSnapshot.class, "org.ipgraph.partners", "org.ipgraph.similarity"));
	}

	/**
	 * The counts an increment follows: every one but legal events (a patent's ended flag
	 * may change without the patent being recorded in a document).
	 */
	static final Set<String> FOLLOWED = Set.of("patents", "organizations", "owns", "invented", "cites", "classified",
			"subsidiaries", "partnered", "licensed", "wantsToDeal", "affiliated");

	/**
	 * The counts of the corporate tree, declared relations and affiliations: when none
	 * changed, an increment keeps the previous graph's instead of reading them whole.
	 */
	static final Set<String> RELATIONS = Set.of("subsidiaries", "partnered", "licensed", "wantsToDeal", "affiliated");

	/**
	 * The snapshot brought up to date with the patents recorded in documents seen since
	 * it was, keeping its models and corpus statistics (see
	 * {@link PartnerGraphLoader#update} and {@link PartnerSnapshot#patched}), or null
	 * when it is to be built whole: profiles not of the present, another day than the
	 * previous read's, or too many changed patents.
	 */
	static PartnerSnapshot update(PartnerSnapshot previous, Changes changes, PartnerGraphLoader loader,
			PartnerProperties properties) {
		if (previous.profiles.asOf != Profiles.NOW) {
			return null;
		}
		List<String> numbers = changes.patents()
			.stream()
			.map(Changes.ChangedPatent::number)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		if (changes.tooMany(numbers.size(), previous.graph.patents())) {
			return null;
		}
		long start = System.nanoTime();
		Map<String, Double> steps = new java.util.LinkedHashMap<>();
		boolean relations = RELATIONS.stream()
			.anyMatch(k -> !java.util.Objects.equals(changes.before().get(k), changes.after().get(k)));
		PartnerGraph graph = loader.update(previous.graph, numbers, relations, steps);
		if (graph == null) {
			logger.info("Partners: the previous graph was read on another day: built whole");
			return null;
		}
		long checked = System.nanoTime();
		String unseen = unseen(previous.graph, graph, changes, loader);
		steps.put("check", (System.nanoTime() - checked) / 1e9);
		if (unseen != null) {
			logger.info("Partners: " + unseen + ", not recorded in a document: built whole");
			return null;
		}
		double loaded = (System.nanoTime() - start) / 1e9;
		PartnerSnapshot snapshot = PartnerSnapshot.patched(graph, previous);
		snapshot.timings.put("load", loaded);
		snapshot.timings.putAll(steps);
		candidateIndex(snapshot, graph, properties);
		logger.info("Partners updated: " + numbers.size() + " changed patents, " + steps.get("readAgain").intValue()
				+ " read again, " + graph + " (models kept by " + snapshot.increments + " increment(s)): "
				+ snapshot.timings);
		return snapshot;
	}

	/**
	 * What changed in the graph that the merged graph does not show, or null: patents
	 * added, or owners, inventors or codes of patents, beside an ingest that records them
	 * in a document (the increment reads only the patents recorded in documents).
	 * Compared are the patents that are not stubs, and the growth of the owns, invented
	 * and classified counts with that of the graphs' (citations are not compared: a
	 * citation of a stub counts in the graph but not in the merged graph).
	 */
	static String unseen(PartnerGraph previous, PartnerGraph merged, Changes changes, PartnerGraphLoader loader) {
		long patents = loader.patentCount();
		if (patents != merged.patents()) {
			return patents + " patents in the graph, " + merged.patents() + " read";
		}
		for (Map.Entry<String, java.util.function.Function<PartnerGraph, int[][]>> count : Map.<String, java.util.function.Function<PartnerGraph, int[][]>>of(
				"owns", g -> g.patentOwners, "invented", g -> g.patentInventors, "classified", g -> g.patentCodes)
			.entrySet()) {
			long grew = ((Number) changes.after().getOrDefault(count.getKey(), 0L)).longValue()
					- ((Number) changes.before().getOrDefault(count.getKey(), 0L)).longValue();
			long read = links(count.getValue().apply(merged)) - links(count.getValue().apply(previous));
			if (grew != read) {
				return count.getKey() + " grew by " + grew + ", " + read + " read";
			}
		}
		return null;
	}

	private static long links(int[][] perPatent) {
		long n = 0;
		for (int[] links : perPatent) {
			n += links.length;
		}
		return n;
	}

	/**
	 * The current snapshot: see {@link GraphSnapshot#get()}.
	 */
	GraphSnapshot.Current<PartnerSnapshot> get() {
		return this.snapshot.get();
	}

	/**
	 * Rebuilds if the graph changed (or always, when forced) and returns the snapshot.
	 */
	public GraphSnapshot.Current<PartnerSnapshot> refresh(boolean force) {
		return this.snapshot.refresh(force);
	}

	private static PartnerSnapshot build(PartnerGraphLoader loader, PartnerProperties properties) {
		long start = System.nanoTime();
		PartnerGraph graph = loader.load();
		double loaded = (System.nanoTime() - start) / 1e9;
		PartnerSnapshot snapshot = PartnerSnapshot.build(graph, Profiles.NOW, properties.trainingWindows(),
				properties.options());
		snapshot.timings.put("load", loaded);
		candidateIndex(snapshot, graph, properties);
		logger.info("Partner profiles and models built for " + graph + ": " + snapshot.timings);
		return snapshot;
	}

	private static void candidateIndex(PartnerSnapshot snapshot, PartnerGraph graph, PartnerProperties properties) {
		if (properties.candidates() > 0 && graph.organizations() > properties.candidates()) {
			// the candidate indexes of a bounded ranking, so that the first request does
			// not build them (a snapshot read from its file builds them on first use)
			long t = System.nanoTime();
			PartnerCandidates.of(snapshot.profiles);
			snapshot.timings.put("candidateIndex", (System.nanoTime() - t) / 1e9);
		}
	}

}
