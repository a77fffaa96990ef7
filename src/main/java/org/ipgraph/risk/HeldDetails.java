package org.ipgraph.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.ipgraph.graph.Schema;
import org.ipgraph.similarity.Terms;
import org.ipgraph.snapshot.GraphFingerprint;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The text, classes, terms and suits of the patents NPE-like owners hold, kept between
 * exposure reports: every report ranks the same few thousand patents, and reading their
 * abstracts and suits and splitting the abstracts into terms was most of a report's work
 * at a million patents. What a report reads fresh is who owns a patent now and its status
 * and term ({@link ExposureQueries#heldStates}). The company's own patents (up to
 * {@code ipgraph.risk.max-own-patents}, 2,000) are kept the same way: a report reads only
 * their numbers ({@link ExposureQueries#ownNumbers}).
 * <p>
 * Kept details are used while the counts of patents, classes, classifications, suits and
 * assertions are unchanged (read from the count store before each report); any change of
 * them drops every kept detail. Like the snapshots, this does not see a title, an
 * abstract or a case type rewritten in place with no count changing; the next count
 * change or a restart does. At most {@link #MAX_KEPT} patents are kept; beyond that they
 * are read for every report.
 */
final class HeldDetails {

	/** Patents kept at most (about 2 KB each). */
	static final int MAX_KEPT = 100_000;

	/** Patents read per query when some are not kept. */
	static final int BATCH = 5_000;

	static final GraphFingerprint FINGERPRINT = GraphFingerprint.builder()
		.nodes("patents", Schema.PATENT)
		.nodes("technologies", Schema.TECHNOLOGY)
		.nodes("cases", Schema.LITIGATION_CASE)
		.relationships("classified_as", Schema.CLASSIFIED_AS)
		.relationships("asserted_in", Schema.ASSERTED_IN)
		.build();

	/**
	 * A patent's text, classes and filing date with its terms, split once, and the suits
	 * it was asserted in.
	 */
	record Details(ExposureRanker.PatentText patent, List<String> terms, List<String> cases) {
	}

	private record Kept(Map<String, Object> counts, Map<String, Details> patents) {
	}

	private final Neo4jClient neo4j;

	private final ExposureQueries queries;

	private final int maxKept;

	private final AtomicReference<Kept> kept = new AtomicReference<>(new Kept(Map.of(), new ConcurrentHashMap<>()));

	HeldDetails(Neo4jClient neo4j, ExposureQueries queries) {
		this(neo4j, queries, MAX_KEPT);
	}

	HeldDetails(Neo4jClient neo4j, ExposureQueries queries, int maxKept) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.maxKept = maxKept;
	}

	/**
	 * The details of these patents, kept or read now; a patent the graph does not hold is
	 * missing from the map.
	 */
	Map<String, Details> details(Collection<String> numbers) {
		Map<String, Object> counts = FINGERPRINT.read(this.neo4j);
		Kept now = this.kept.get();
		if (!now.counts().equals(counts)) {
			Kept fresh = new Kept(counts, new ConcurrentHashMap<>());
			now = this.kept.compareAndSet(now, fresh) ? fresh : this.kept.get();
		}
		Map<String, Details> out = new HashMap<>();
		List<String> missing = new ArrayList<>();
		for (String number : numbers) {
			Details details = now.patents().get(number);
			if (details != null) {
				out.put(number, details);
			}
			else {
				missing.add(number);
			}
		}
		for (int from = 0; from < missing.size(); from += BATCH) {
			for (ExposureQueries.PatentDetails read : this.queries
				.details(missing.subList(from, Math.min(missing.size(), from + BATCH)))) {
				ExposureRanker.PatentText patent = read.patent();
				Details details = new Details(patent, Terms.of(patent.text()), read.cases());
				out.put(patent.number(), details);
				if (now.patents().size() < this.maxKept) {
					now.patents().put(patent.number(), details);
				}
			}
		}
		return out;
	}

	/** How many patents are kept now. */
	int size() {
		return this.kept.get().patents().size();
	}

}
