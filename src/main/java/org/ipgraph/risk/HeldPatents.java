package org.ipgraph.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ipgraph.graph.PatentStatus;
import org.ipgraph.graph.Schema;
import org.ipgraph.similarity.Terms;
import org.ipgraph.snapshot.GraphFingerprint;
import org.ipgraph.snapshot.GraphSnapshot;
import org.ipgraph.snapshot.GraphSnapshots;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The patents the kept NPE-like owners ({@link NpeCandidates}) hold, with their text
 * already split, classes, suits and stored status, kept as the {@code exposure} graph
 * snapshot: reading them (every patent of hundreds of owners, tens of thousands at a
 * million patents) and splitting their texts was most of an exposure report's time, and
 * neither depends on the company asking. A report filters them (its owners, not its own
 * portfolio, in force on the day unless ended ones are asked for) exactly as the graph
 * query does; the status is judged on the day of the report from the stored values. At
 * most {@code ipgraph.risk.max-held-patents} are kept; beyond it, or for owners not kept
 * (a request the kept candidates cannot answer), reports read the graph as before.
 */
@Component
class HeldPatents {

	private static final GraphFingerprint FINGERPRINT = NpeCandidates.fingerprint()
		.nodes("patents", Schema.PATENT)
		.relationships("classified_as", Schema.CLASSIFIED_AS)
		.build();

	private final ExposureQueries queries;

	private final NpeCandidates candidates;

	private final RiskProperties properties;

	private final GraphSnapshot<Kept> snapshot;

	/**
	 * A kept patent of an owner: what the held-patents query returns, with the status as
	 * stored.
	 *
	 * @param held the patent as the query returns it (status judged when read)
	 * @param status the stored status
	 * @param inForce the stored in-force flag
	 * @param expiry the stored expiry
	 * @param terms its text, split
	 */
	record Patent(ExposureQueries.Held held, String status, Boolean inForce, LocalDate expiry, List<String> terms) {

		/** The patent as the query would return it on the day of the report. */
		ExposureQueries.Held today() {
			ExposureQueries.Held h = this.held;
			return new ExposureQueries.Held(h.owner(), h.patent(), h.acquiredOn(), h.since(), h.cases(),
					PatentStatus.of(this.status, this.inForce, this.expiry));
		}

	}

	/**
	 * The kept owners' patents.
	 *
	 * @param byOwner each kept owner's patents, by patent number
	 * @param complete false when the owners held more than the maximum and nothing was
	 * kept
	 */
	record Kept(Map<String, List<Patent>> byOwner, boolean complete) {
	}

	/**
	 * The patents a report ranks, with their texts split.
	 *
	 * @param held as {@link ExposureQueries#heldPatents} returns them
	 * @param terms each patent's text split, by patent number
	 */
	record Found(List<ExposureQueries.Held> held, Map<String, List<String>> terms) {
	}

	HeldPatents(GraphSnapshots snapshots, Neo4jClient neo4j, NpeCandidates candidates, RiskProperties properties) {
		this.queries = new ExposureQueries(neo4j);
		this.candidates = candidates;
		this.properties = properties;
		this.snapshot = snapshots.register("exposure",
				new GraphSnapshot.Settings(properties.checkInterval(), properties.warmUp()), FINGERPRINT, this::read);
	}

	/**
	 * The patents of {@code owners}, but those in {@code exclude}, in force on the day
	 * unless {@code includeEnded}: what {@link ExposureQueries#heldPatents} returns, in
	 * its order, or nothing when an owner's patents are not kept.
	 */
	Optional<Found> find(List<String> owners, List<String> exclude, boolean includeEnded) {
		if (this.properties.maxHeldPatents() == 0) {
			return Optional.empty();
		}
		return find(this.snapshot.get().value(), owners, exclude, includeEnded);
	}

	static Optional<Found> find(Kept kept, List<String> owners, List<String> exclude, boolean includeEnded) {
		if (!kept.complete() || !kept.byOwner().keySet().containsAll(owners)) {
			return Optional.empty();
		}
		Set<String> excluded = new HashSet<>(exclude);
		List<ExposureQueries.Held> held = new ArrayList<>();
		Map<String, List<String>> terms = new HashMap<>();
		for (String owner : new java.util.TreeSet<>(owners)) {
			for (Patent p : kept.byOwner().get(owner)) {
				ExposureQueries.Held today = p.today();
				if (excluded.contains(today.patent().number()) || (!includeEnded && today.legal().expired())) {
					continue;
				}
				held.add(today);
				terms.putIfAbsent(today.patent().number(), p.terms());
			}
		}
		return Optional.of(new Found(held, terms));
	}

	private Kept read() {
		List<String> owners = this.candidates.kept();
		int max = this.properties.maxHeldPatents();
		List<ExposureQueries.Stored> stored = max == 0 ? List.of() : this.queries.storedHeldPatents(owners, max + 1);
		if (stored.size() > max) {
			return new Kept(Map.of(), false);
		}
		// one instance per distinct term: texts share most of their words
		Map<String, String> words = new HashMap<>();
		Map<String, List<Patent>> byOwner = new HashMap<>();
		owners.forEach(o -> byOwner.put(o, new ArrayList<>()));
		for (ExposureQueries.Stored s : stored) {
			List<String> split = Terms.of(s.held().patent().text())
				.stream()
				.map(t -> words.computeIfAbsent(t, k -> k))
				.toList();
			byOwner.get(s.held().owner()).add(new Patent(s.held(), s.status(), s.inForce(), s.expiry(), split));
		}
		byOwner.replaceAll((o,
				list) -> list.stream().sorted(Comparator.comparing((Patent p) -> p.held().patent().number())).toList());
		return new Kept(Map.copyOf(byOwner), true);
	}

}
