package org.ipgraph.experts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ipgraph.graph.Schema;
import org.ipgraph.snapshot.Changes;
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

	/**
	 * The counts an ingest of patents (and their inventors and owners) changes, which an
	 * increment follows: a change of any other (documents' mentions, stated expertise,
	 * legal events) builds the index whole.
	 */
	static final Set<String> FOLLOWED = Set.of("patents", "persons", "documents", "invented", "affiliated",
			"classified", "owns");

	private final GraphSnapshot<ExpertIndex> snapshot;

	ExpertIndexHolder(GraphSnapshots snapshots, Driver driver, ExpertsProperties properties, IdentityStore identities) {
		this.snapshot = snapshots.register("experts",
				new GraphSnapshot.Settings(properties.checkInterval(), properties.warmUp()), FINGERPRINT,
				() -> build(driver, properties, identities), new GraphSnapshot.Updater<>() {

					@Override
					public Set<String> follows() {
						return FOLLOWED;
					}

					@Override
					public ExpertIndex update(ExpertIndex previous, Changes changes) {
						return ExpertIndexHolder.update(previous, changes, new GraphReader(driver), LocalDate.now());
					}

				}, SnapshotCodec.serialization(ExpertIndex.class, "org.ipgraph.experts", "org.ipgraph.similarity"));
	}

	/**
	 * The index to answer with: see {@link GraphSnapshot#get()}.
	 */
	ExpertIndex current() {
		return this.snapshot.get().value();
	}

	/**
	 * Brings the index up to date now (an increment when it can be) and waits, or builds
	 * it whole when forced.
	 */
	GraphSnapshot.Current<ExpertIndex> refresh(boolean force) {
		return this.snapshot.refresh(force);
	}

	/**
	 * Rebuilds now and waits, e.g. after a load or in tests.
	 */
	public ExpertIndex refresh() {
		return this.snapshot.refresh(true).value();
	}

	/**
	 * The index brought up to date with the patents an ingest changed
	 * ({@link ExpertIndex#updated}), or null when it is to be built whole: too many
	 * changed patents, another day, or a Person read before now resolved into another
	 * identity.
	 */
	static ExpertIndex update(ExpertIndex previous, Changes changes, GraphReader reader, LocalDate today) {
		List<String> numbers = changes.patents().stream().map(Changes.ChangedPatent::number).distinct().toList();
		if (changes.tooMany(numbers.size(), previous.corpus.size())) {
			return null;
		}
		long start = System.nanoTime();
		ExpertIndex index = ExpertIndex.updated(previous, reader, numbers, today);
		if (index == null) {
			logger.info("Expert profiles: a Person moved to another identity (or a new day): built whole");
			return null;
		}
		logger.info(String.format("Expert profiles updated: %,d changed patents, %,d people from %,d items in %.1f s",
				numbers.size(), index.people(), index.corpus.size(), (System.nanoTime() - start) / 1e9));
		return index;
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
