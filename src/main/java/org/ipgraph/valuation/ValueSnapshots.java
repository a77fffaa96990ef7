package org.ipgraph.valuation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ipgraph.db.GraphConnection;
import org.ipgraph.graph.Schema;
import org.ipgraph.snapshot.Changes;
import org.ipgraph.snapshot.GraphFingerprint;
import org.ipgraph.snapshot.GraphSnapshot;
import org.ipgraph.snapshot.GraphSnapshots;
import org.ipgraph.snapshot.SnapshotCodec;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps every patent's value current: a {@link GraphSnapshot} rebuilt when the counts of
 * what valuation reads change. The model is fitted on the graph's own past: features as
 * of {@code horizon-years} before the latest publication, value events after it.
 */
@Component
class ValueSnapshots {

	private static final Log logger = LogFactory.getLog(ValueSnapshots.class);

	static final GraphFingerprint FINGERPRINT = fingerprint();

	private final ValueProperties properties;

	private final GraphSnapshot<ValueIndex> snapshot;

	private final ValueAccess access;

	private final Neo4jClient neo4j;

	ValueSnapshots(GraphSnapshots snapshots, GraphConnection connection, Neo4jClient neo4j,
			ValueProperties properties) {
		this.properties = properties;
		this.neo4j = neo4j;
		this.access = ValueAccess.of(connection, neo4j);
		ValueGraphReader reader = new ValueGraphReader(neo4j);
		this.snapshot = snapshots.register("valuation",
				new GraphSnapshot.Settings(properties.checkInterval(), properties.warmUp()), FINGERPRINT,
				() -> build(this.access, properties, LocalDate.now()), new GraphSnapshot.Updater<>() {

					@Override
					public Set<String> follows() {
						return FOLLOWED;
					}

					@Override
					public ValueIndex update(ValueIndex previous, Changes changes) {
						return ValueSnapshots.update(previous, changes, reader, LocalDate.now());
					}

				}, SnapshotCodec.serialization(ValueIndex.class, "org.ipgraph.valuation"));
	}

	/**
	 * The counts an ingest of patents changes, which an increment follows: a change of
	 * any other (litigation, declarations, pools, licences) builds the values whole.
	 */
	static final Set<String> FOLLOWED = Set.of("patents", "cites", "owns", "classified_as");

	/**
	 * The values brought up to date with the patents an ingest changed, or null when they
	 * are to be built whole (another day than the previous values' or too many changed
	 * patents): the changed patents, those they cite and their families' members are read
	 * again ({@link ValueGraphReader#readAround}), the model is kept.
	 */
	static ValueIndex update(ValueIndex previous, Changes changes, ValueGraphReader reader, LocalDate today) {
		if (!previous.asOf().equals(today)) {
			logger.info("Valuation: the values were computed as of " + previous.asOf() + ", not today: built whole");
			return null;
		}
		List<Changes.ChangedPatent> changed = changes.patents();
		if (changes.tooMany(changed.size(), previous.size())) {
			return null;
		}
		long start = System.nanoTime();
		ValueGraphReader.Around around = reader.readAround(changed.stream().map(Changes.ChangedPatent::node).toList());
		if (changes.tooMany(around.numbers().size(), previous.size())) {
			return null;
		}
		long read = System.nanoTime();
		List<PatentFacts> facts = around.data().facts(today, null);
		ValueIndex index = previous.updated(around.numbers(), facts, around.data().nodes(facts));
		long valued = System.nanoTime();
		index.timings.put("read", seconds(read - start));
		index.timings.put("value", seconds(valued - read));
		logger.info("Valuation updated: " + changed.size() + " changed patents, " + around.numbers().size()
				+ " read again, " + index.size() + " valued (model kept: " + index.model().kind() + "): "
				+ index.timings + " s");
		return index;
	}

	// the patents and every relationship whose count changes what valuation reads
	private static GraphFingerprint fingerprint() {
		GraphFingerprint.Builder builder = GraphFingerprint.builder().nodes("patents", Schema.PATENT);
		for (String type : List.of(Schema.CITES, Schema.OWNS, Schema.CLASSIFIED_AS, Schema.ASSERTED_IN,
				Schema.DECLARED_ESSENTIAL_TO, Schema.MEMBER_OF, Schema.LICENSED_TO)) {
			builder.relationships(type.toLowerCase(Locale.ROOT), type);
		}
		return builder.build();
	}

	ValueProperties properties() {
		return this.properties;
	}

	/**
	 * How this deployment reads and stores values.
	 */
	ValueAccess access() {
		return this.access;
	}

	/**
	 * Reads and stores through Cypher over Bolt even where the Java API is at hand (to
	 * compare the two side by side).
	 */
	ValueAccess bolt() {
		return new BoltValueAccess(this.neo4j);
	}

	ValueIndex get() {
		return this.snapshot.get().value();
	}

	ValueIndex refresh(boolean force) {
		return this.snapshot.refresh(force).value();
	}

	static ValueIndex build(ValueAccess access, ValueProperties properties, LocalDate asOf) {
		long start = System.nanoTime();
		ValueData data = access.read();
		long read = System.nanoTime();
		LocalDate latest = data.latest();
		List<PatentFacts> past = List.of();
		LocalDate cut = null;
		if (latest != null) {
			cut = (latest.isAfter(asOf) ? asOf : latest).minusYears(properties.horizonYears());
			past = data.facts(cut, null);
		}
		ValueModel model = ValueIndex.fit(past, cut, properties.lambda());
		long fitted = System.nanoTime();
		List<PatentFacts> now = data.facts(asOf, null);
		ValueIndex index = ValueIndex.of(model, asOf, now, data.nodes(now));
		long valued = System.nanoTime();
		index.timings.put("read", seconds(read - start));
		data.timings.forEach((what, s) -> index.timings.put("read." + what, s));
		index.timings.put("fit", seconds(fitted - read));
		index.timings.put("value", seconds(valued - fitted));
		logger.info("Valued " + index.size() + " patents (" + model.kind() + ", cut " + cut + ", read via "
				+ access.via() + "): " + index.timings + " s");
		return index;
	}

	private static double seconds(long nanos) {
		return Math.round(nanos / 1e6) / 1000.0;
	}

}
