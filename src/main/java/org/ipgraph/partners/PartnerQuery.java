package org.ipgraph.partners;

import java.util.List;

import org.ipgraph.web.PageRequest;

/**
 * A request for partners of an organization.
 *
 * @param organization organization id or name
 * @param role any, licensee, licensor (technology-source), co-development, research
 * @param country only candidates in this country (two letters)
 * @param kind only candidates of this kind
 * @param minPatents only candidates owning at least this many patents
 * @param excludeOwnGroup leave out the requester's parents and subsidiaries (default
 * true)
 * @param excludeCompetitors competitors (ids or names) to leave out, with their groups
 * @param newOnly leave out organizations it already co-owns patents or shares inventors
 * with
 * @param page the page
 * @param includeExpired whether portfolios and evidence count patents that have ended
 * (expired, lapsed, withdrawn; flagged in the evidence); by default only patents in
 * force, pending or of unknown status
 */
public record PartnerQuery(String organization, String role, String country, String kind, Integer minPatents,
		Boolean excludeOwnGroup, List<String> excludeCompetitors, Boolean newOnly, PageRequest page,
		boolean includeExpired) {

	public PartnerQuery(String organization, String role, String country, String kind, Integer minPatents,
			Boolean excludeOwnGroup, List<String> excludeCompetitors, Boolean newOnly, PageRequest page) {
		this(organization, role, country, kind, minPatents, excludeOwnGroup, excludeCompetitors, newOnly, page, false);
	}

	public static PartnerQuery of(String organization, String role) {
		return new PartnerQuery(organization, role, null, null, null, null, List.of(), null, PageRequest.of(0, 20));
	}

}
