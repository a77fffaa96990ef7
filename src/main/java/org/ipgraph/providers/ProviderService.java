package org.ipgraph.providers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.ipgraph.graph.Schema;
import org.ipgraph.snapshot.GraphFingerprint;
import org.ipgraph.snapshot.GraphSnapshot;
import org.ipgraph.snapshot.GraphSnapshots;
import org.ipgraph.snapshot.SnapshotCodec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Service providers ranked for a need, from the track records of the graph (kept as a
 * {@link GraphSnapshot}, rebuilt when the counts of providers, representations, handled
 * records, asserted patents or evidence change).
 */
@Service
public class ProviderService {

	static final GraphFingerprint FINGERPRINT = GraphFingerprint.builder()
		.nodes("providers", Schema.PROVIDER)
		.nodes("evidence", Schema.EVIDENCE)
		.relationships("represented_by", Schema.REPRESENTED_BY)
		.relationships("handled_by", Schema.HANDLED_BY)
		.relationships("asserted_in", Schema.ASSERTED_IN)
		.build();

	// the providers with their track records, kept in the snapshot's file
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final SnapshotCodec<Collection<ProviderNode>> CODEC = (SnapshotCodec) SnapshotCodec
		.serialization(Collection.class, "org.ipgraph.providers");

	private static final Pattern CPC = Pattern.compile("[A-HY](\\d\\d([A-Z](\\d{1,4}(/\\d{1,6})?)?)?)?");

	private static final Pattern REGION = Pattern.compile("[a-z][a-z0-9-]{1,9}");

	private final Supplier<Collection<ProviderNode>> providers;

	private final ProvidersProperties properties;

	@Autowired
	ProviderService(GraphSnapshots snapshots, Neo4jClient neo4j, ProvidersProperties properties) {
		GraphSnapshot<Collection<ProviderNode>> snapshot = snapshots.register("providers",
				new GraphSnapshot.Settings(properties.checkInterval(), properties.warmUp()), FINGERPRINT,
				() -> new ProviderGraph(neo4j).load(), CODEC);
		this.providers = () -> snapshot.get().value();
		this.properties = properties;
	}

	private ProviderService(Collection<ProviderNode> providers, ProvidersProperties properties) {
		this.providers = () -> providers;
		this.properties = properties;
	}

	/**
	 * The same ranking over another database (e.g. an evaluation's scratch graph), read
	 * once now.
	 */
	public static ProviderService over(Neo4jClient neo4j, ProvidersProperties properties) {
		return new ProviderService(new ProviderGraph(neo4j).load(), properties);
	}

	/**
	 * Providers for a need, ranked, as of today.
	 * @param need {@code litigation-defense}, {@code prosecution}, {@code valuation},
	 * {@code licensing}
	 * @param cpc a CPC area (section to subgroup), or null
	 * @param region a court code ({@code txed}, {@code ptab}) or a country code, or null
	 * @param limit at most this many (null for the default)
	 */
	public ProviderReport rank(String need, String cpc, String region, Integer limit) {
		return rank(need, cpc, region, limit, LocalDate.now(), false);
	}

	/**
	 * As {@link #rank(String, String, String, Integer)}, counting only what happened up
	 * to {@code asOf} ({@code pastOnly}: only dated matters strictly before it, for
	 * held-out evaluation).
	 */
	public ProviderReport rank(String need, String cpc, String region, Integer limit, LocalDate asOf,
			boolean pastOnly) {
		ProviderQuery q = query(need, cpc, region, limit, asOf, pastOnly);
		ProviderRanker.Ranking ranking = ProviderRanker.rank(this.providers.get(), q, this.properties.halfLifeYears());
		List<String> notes = new ArrayList<>();
		if (ranking.candidates() == 0) {
			notes.add("The graph holds no provider for " + q.need().value()
					+ ": ingest litigation records with counsel "
					+ "(OCE attorneys table, PTAB proceedings), assignment records, or texts naming evaluators and banks.");
		}
		else if (ranking.providers().stream().allMatch(p -> p.trackRecord().last() == null)) {
			notes.add("No provider has a dated track record for this need; the ranking rests on kinds and volume.");
		}
		return new ProviderReport(q.need().value(), q.cpc(), q.region(), q.asOf(), ranking.candidates(),
				ranking.providers(), ProviderRanker.WEIGHTS, notes);
	}

	/**
	 * The popularity baseline of the evaluation: provider keys by their number of cases
	 * up to {@code asOf} (exclusive), whatever the need, area or region.
	 */
	public List<String> popular(int limit, LocalDate asOf) {
		return ProviderRanker.byPopularity(this.providers.get(),
				new ProviderQuery(Need.LITIGATION_DEFENSE, null, null, asOf, true, limit));
	}

	private ProviderQuery query(String need, String cpc, String region, Integer limit, LocalDate asOf,
			boolean pastOnly) {
		Need n = Need.of(need);
		String area = cpc == null || cpc.isBlank() ? null : cpc.strip().toUpperCase(Locale.ROOT).replace(" ", "");
		if (area != null && !CPC.matcher(area).matches()) {
			throw new IllegalArgumentException("cpc must be a CPC symbol such as G06F or H04N19/70, not '" + cpc + "'");
		}
		String place = region == null || region.isBlank() ? null : region.strip().toLowerCase(Locale.ROOT);
		if (place != null && !REGION.matcher(place).matches()) {
			throw new IllegalArgumentException(
					"region must be a court code (txed, ded, ptab) or a country code (us, de), not '" + region + "'");
		}
		int max = limit == null ? this.properties.limit() : limit;
		if (max < 1 || max > 200) {
			throw new IllegalArgumentException("limit must be between 1 and 200");
		}
		return new ProviderQuery(n, area, place, asOf, pastOnly, max);
	}

}
