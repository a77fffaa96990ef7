package org.ipgraph.experts;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ipgraph.graph.Schema;
import org.ipgraph.snapshot.GraphFingerprint;
import org.ipgraph.snapshot.GraphSnapshot;
import org.ipgraph.snapshot.GraphSnapshots;
import org.ipgraph.snapshot.SnapshotCodec;
import org.neo4j.driver.Driver;

import org.springframework.stereotype.Component;

/**
 * Keeps the current {@link ExpertIndex}, a {@link GraphSnapshot} rebuilt in the
 * background when the counts of what the profiles read change (checked at most once per
 * {@code ipgraph.experts.check-interval}); only the very first build makes a request
 * wait.
 */
@Component
public class ExpertIndexHolder {

	private static final Log logger = LogFactory.getLog(ExpertIndexHolder.class);

	/** Counts that change whenever anything the profiles read is added or removed. */
	static final GraphFingerprint FINGERPRINT = GraphFingerprint.builder()
		.nodes("patents", Schema.PATENT)
		.nodes("persons", Schema.PERSON)
		.nodes("documents", Schema.DOCUMENT)
		.relationships("invented", Schema.INVENTED)
		.relationships("affiliated", Schema.AFFILIATED_WITH)
		.relationships("mentioned", Schema.MENTIONED_IN)
		.relationships("expertIn", Schema.EXPERT_IN)
		.relationships("classified", Schema.CLASSIFIED_AS)
		.relationships("owns", Schema.OWNS)
		.relationships("legalEvents", Schema.HAS_EVENT)
		.build();

	private final GraphSnapshot<ExpertIndex> snapshot;

	ExpertIndexHolder(GraphSnapshots snapshots, Driver driver, ExpertsProperties properties, IdentityStore identities) {
		this.snapshot = snapshots.register("experts",
				new GraphSnapshot.Settings(properties.checkInterval(), properties.warmUp()), FINGERPRINT,
				() -> build(driver, properties, identities),
				SnapshotCodec.serialization(ExpertIndex.class, "org.ipgraph.experts", "org.ipgraph.similarity"));
	}

	/**
	 * The index to answer with: see {@link GraphSnapshot#get()}.
	 */
	ExpertIndex current() {
		return this.snapshot.get().value();
	}

	/**
	 * Rebuilds now and waits, e.g. after a load or in tests.
	 */
	public ExpertIndex refresh() {
		return this.snapshot.refresh(true).value();
	}

	private static ExpertIndex build(Driver driver, ExpertsProperties properties, IdentityStore identities) {
		long start = System.nanoTime();
		ExpertIndex index = ExpertIndex.build(new GraphReader(driver), RankerSettings.DEFAULTS, resolution -> {
			if (properties.persistResolution()) {
				identities.persist(resolution);
			}
		});
		logger.info(String.format("Expert profiles: %,d people from %,d items in %.1f s", index.people(),
				index.corpus.size(), (System.nanoTime() - start) / 1e9));
		return index;
	}

}
