package org.ipgraph.partners;

/**
 * An organization as answers show it.
 *
 * @param id key
 * @param name display name
 * @param kind company, university...
 * @param country two-letter country
 * @param patents patents it owns (in the profiles the answer was computed from)
 */
public record OrganizationRef(String id, String name, String kind, String country, int patents) {

	static OrganizationRef of(Profiles profiles, int org) {
		PartnerGraph g = profiles.graph;
		return new OrganizationRef(g.orgIds[org], g.orgNames[org], g.orgKinds[org], g.orgCountries[org],
				profiles.patentCount[org]);
	}

}
