package org.ipgraph.ingest.orgs;

import java.util.List;

import org.ipgraph.graph.OrganizationKind;

/**
 * An organization as a curated list describes it.
 *
 * @param raw the name as written
 * @param name the name without a trailing acronym in parentheses
 * @param acronym that acronym ({@code CMCC}), or null
 * @param kind the curated kind, or null when the list does not say
 * @param sector the list's category
 * @param country two-letter code of its nationality
 * @param parents the parents named, each as an alias or a subsidiary relation
 * @param memberOf the standards body it is a member of, by name, or null
 * @param memberCode that body's acronym ({@code ETSI})
 */
record CuratedOrganization(String raw, String name, String acronym, OrganizationKind kind, String sector,
		String country, List<Parent> parents, String memberOf, String memberCode) {

	CuratedOrganization {
		parents = List.copyOf(parents);
	}

	/**
	 * @param raw the parent's name as written
	 * @param name that name without a trailing acronym
	 * @param relation {@code alias} or {@code subsidiary}
	 */
	record Parent(String raw, String name, String relation) {
	}

}
