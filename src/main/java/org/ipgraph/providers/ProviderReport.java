package org.ipgraph.providers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Providers ranked for a need.
 *
 * @param need the need
 * @param cpc the technology area asked for, or null
 * @param region the court or country asked for, or null
 * @param asOf the track records count matters up to this day
 * @param candidates providers that fit the need (a track record for it or a fitting kind)
 * @param providers the best of them, best first
 * @param weights each score component's weight
 * @param notes what the ranking could not use
 */
public record ProviderReport(String need, String cpc, String region, LocalDate asOf, int candidates,
		List<RankedProvider> providers, Map<String, Double> weights, List<String> notes) {

	/**
	 * One ranked provider.
	 *
	 * @param id the node's key
	 * @param label {@code Organization} or {@code Person}
	 * @param name display name
	 * @param kinds kinds of work seen
	 * @param score weighted sum of the components, 0 to 1
	 * @param components each component, 0 to 1: {@code area}, {@code side},
	 * {@code outcomes}, {@code recency}, {@code volume}, {@code region}
	 * @param reasons the components in words
	 * @param trackRecord what the graph shows of it
	 * @param evidence the matters behind the rank (most relevant first), with their
	 * sources
	 */
	public record RankedProvider(String id, String label, String name, List<String> kinds, double score,
			Map<String, Double> components, List<String> reasons, TrackRecord trackRecord, List<Evidence> evidence) {
	}

	/**
	 * A provider's track record up to the report's day.
	 *
	 * @param cases cases by side ({@code plaintiff}, {@code defendant},
	 * {@code petitioner}, {@code patent_owner})
	 * @param outcomes on the need's side: {@code favourable}, {@code unfavourable},
	 * {@code unknown} (settled, pending or not stated)
	 * @param records recorded assignments handled as correspondent
	 * @param texts sentences naming it as an evaluator, bank, agency or firm
	 * @param areas CPC subclasses of its matters, most frequent first
	 * @param clients organizations on its side, most frequent first
	 * @param courts courts of its cases, most frequent first
	 * @param first earliest dated matter
	 * @param last latest dated matter
	 */
	public record TrackRecord(Map<String, Integer> cases, Map<String, Integer> outcomes, int records, int texts,
			List<Count> areas, List<Count> clients, List<Count> courts, LocalDate first, LocalDate last) {
	}

	/** A value and how often it occurs. */
	public record Count(String key, int count) {
	}

	/**
	 * A matter behind a rank.
	 *
	 * @param kind {@code case}, {@code record} or {@code text}
	 * @param id case id, legal event id or evidence id
	 * @param side the provider's side or role
	 * @param on date, or null
	 * @param outcome the case's outcome, or null
	 * @param cpc its CPC subclasses
	 * @param source where it was read ({@code uspto-oce}, {@code uspto-ptab},
	 * {@code uspto-assignment}, or the sentence of a text)
	 */
	public record Evidence(String kind, String id, String side, LocalDate on, String outcome, List<String> cpc,
			String source) {
	}

}
