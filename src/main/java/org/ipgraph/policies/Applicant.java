package org.ipgraph.policies;

import java.util.List;

/**
 * What matching knows of an organization or a demand's requester, each fact with what it
 * rests on. A null value is unknown.
 *
 * @param id the organization key, or null for a demand
 * @param name display name
 * @param kind company, university, institute, government, bank... or null
 * @param kindBasis what the kind rests on
 * @param country ISO country code, or null
 * @param subdivision province or state ({@code CN-GD}, {@code US-TX}), or null
 * @param placeBasis what the place rests on
 * @param size {@code large}, {@code small} or null (unknown); {@code n/a} for
 * non-companies
 * @param sizeBasis what the size rests on
 * @param patents patents it owns in the graph
 * @param cpc CPC subclasses of its patents (or the demand's), most frequent first
 * @param fieldBasis what the fields rest on
 */
public record Applicant(String id, String name, String kind, String kindBasis, String country, String subdivision,
		String placeBasis, String size, String sizeBasis, long patents, List<String> cpc, String fieldBasis) {

	public Applicant {
		cpc = cpc == null ? List.of() : List.copyOf(cpc);
	}

}
