package org.ipgraph.risk;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.ipgraph.graph.Schema;
import org.ipgraph.snapshot.GraphFingerprint;
import org.ipgraph.snapshot.GraphSnapshot;
import org.ipgraph.snapshot.GraphSnapshots;
import org.ipgraph.snapshot.SnapshotCodec;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The NPE-like owners an exposure report scores (they sued, acquired, or are flagged;
 * most suits first) with their profiles, kept as the {@code risk} graph snapshot: finding
 * them scans every organization's holdings and profiling them reads their suits,
 * acquisitions and networks, work that does not depend on the company asking. The
 * snapshot keeps the first {@code candidate-owners + }{@value #MARGIN} (so that leaving
 * out the company's own group still leaves the same first {@code candidate-owners}); a
 * request it cannot answer exactly (a group with more candidates than the margin) reads
 * them live as before. Held in the heap: bounded by
 * {@code ipgraph.risk.candidate-owners}, not by the graph's size.
 */
@Component
class NpeCandidates {

	/** Candidates kept beyond {@code candidate-owners}, for the companies left out. */
	static final int MARGIN = 100;

	// what the candidates and their profiles are read from
	static final GraphFingerprint FINGERPRINT = fingerprint();

	private final ExposureQueries queries;

	private final OwnerProfiles profiles;

	private final RiskProperties properties;

	private final GraphSnapshot<Kept> snapshot;

	/**
	 * The first candidates, in the order of the candidate query, with their profiles.
	 *
	 * @param owners the profiles
	 * @param complete whether these are all the candidates there are
	 */
	record Kept(List<OwnerProfile> owners, boolean complete) implements Serializable {
	}

	NpeCandidates(GraphSnapshots snapshots, Neo4jClient neo4j, RiskProperties properties) {
		this.queries = new ExposureQueries(neo4j);
		this.profiles = new OwnerProfiles(neo4j);
		this.properties = properties;
		this.snapshot = snapshots.register("risk",
				new GraphSnapshot.Settings(properties.checkInterval(), properties.warmUp()), FINGERPRINT, this::read,
				SnapshotCodec.serialization(Kept.class, "org.ipgraph.risk"));
	}

	private static GraphFingerprint fingerprint() {
		GraphFingerprint.Builder builder = GraphFingerprint.builder()
			.nodes("organizations", Schema.ORGANIZATION)
			.nodes("cases", Schema.LITIGATION_CASE)
			.nodes("evidence", Schema.EVIDENCE);
		for (String type : List.of(Schema.OWNS, Schema.PLAINTIFF_IN, Schema.DEFENDANT_IN, Schema.PETITIONER_IN,
				Schema.RESPONDENT_IN, Schema.ASSERTED_IN, Schema.ACQUIRED_FROM, Schema.SUBSIDIARY_OF, Schema.INVENTED,
				Schema.AFFILIATED_WITH)) {
			builder.relationships(type.toLowerCase(Locale.ROOT), type);
		}
		return builder.build();
	}

	/**
	 * The profiles of the first {@code candidate-owners} candidates outside the group
	 * asking: the ones {@link ExposureQueries#candidateOwners} would return now.
	 * @param exclude the company's group
	 */
	List<OwnerProfile> profiles(List<String> exclude) {
		int limit = this.properties.candidateOwners();
		return first(this.snapshot.get().value(), exclude, limit)
			.orElseGet(() -> this.profiles.profiles(this.queries.candidateOwners(exclude, limit)));
	}

	/**
	 * The first {@code limit} kept candidates outside {@code exclude}, or nothing when
	 * the kept ones do not tell (too many left out of an incomplete list).
	 */
	static Optional<List<OwnerProfile>> first(Kept kept, List<String> exclude, int limit) {
		Set<String> excluded = new HashSet<>(exclude);
		List<OwnerProfile> first = kept.owners()
			.stream()
			.filter(p -> !excluded.contains(p.organization().id()))
			.limit(limit)
			.toList();
		return first.size() == limit || kept.complete() ? Optional.of(first) : Optional.empty();
	}

	private Kept read() {
		int kept = this.properties.candidateOwners() + MARGIN;
		List<String> ids = this.queries.candidateOwners(List.of(), kept + 1);
		return new Kept(this.profiles.profiles(ids.subList(0, Math.min(kept, ids.size()))), ids.size() <= kept);
	}

}
