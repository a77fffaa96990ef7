package org.ipgraph.partners;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
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
				PartnerGraphLoader.FINGERPRINT, () -> build(loader, properties),
				SnapshotCodec.serialization(PartnerSnapshot.class, "org.ipgraph.partners", "org.ipgraph.similarity"));
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
		if (properties.candidates() > 0 && graph.organizations() > properties.candidates()) {
			// the candidate indexes of a bounded ranking, so that the first request does
			// not build them (a snapshot read from its file builds them on first use)
			long t = System.nanoTime();
			PartnerCandidates.of(snapshot.profiles);
			snapshot.timings.put("candidateIndex", (System.nanoTime() - t) / 1e9);
		}
		logger.info("Partner profiles and models built for " + graph + ": " + snapshot.timings);
		return snapshot;
	}

}
