package org.ipgraph.partners;

import java.util.List;

import org.ipgraph.web.PageRequest;

/**
 * A free-text demand for technology.
 *
 * @param text what is needed
 * @param region where the demand comes from (stored with it)
 * @param role any, licensor (technology-source) or research
 * @param country only organizations in this country
 * @param kind only organizations of this kind
 * @param minPatents only organizations owning at least this many patents
 * @param excludeCompetitors competitors (ids or names) to leave out, with their groups
 * @param page the page
 * @param includeExpired whether patents that have ended (expired, lapsed, withdrawn) are
 * matched and counted too; by default only patents in force, pending or of unknown status
 */
public record DemandQuery(String text, String region, String role, String country, String kind, Integer minPatents,
		List<String> excludeCompetitors, PageRequest page, boolean includeExpired) {

	public DemandQuery(String text, String region, String role, String country, String kind, Integer minPatents,
			List<String> excludeCompetitors, PageRequest page) {
		this(text, region, role, country, kind, minPatents, excludeCompetitors, page, false);
	}

	public static DemandQuery of(String text) {
		return new DemandQuery(text, null, null, null, null, null, List.of(), PageRequest.of(0, 20));
	}

}
