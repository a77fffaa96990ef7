package org.ipgraph.partners;

import java.util.List;

/**
 * The graph facts behind a candidate.
 *
 * @param paths graph paths with real node keys, e.g.
 * {@code (acme)-[:OWNS]->(US1)-[:CITES]->(US2)<-[:OWNS]-(beta)}
 * @param sharedPatents patents both own
 * @param citations citations between their patents, as {@code citing -> cited}
 * @param sharedCpc CPC codes both work in, most shared first
 * @param coInventors people named on both sides' patents (matched by name)
 * @param commonPartners organizations both have co-owned or shared an inventor with
 * @param declared recorded partnerships or licences between them
 * @param existingPartner whether they already co-own a patent or share an inventor
 * @param expired the patents named above that have ended (expired, lapsed, withdrawn):
 * only with {@code includeExpired}, else such patents are not evidence
 */
public record Evidence(List<String> paths, List<String> sharedPatents, List<String> citations, List<String> sharedCpc,
		List<CoInventor> coInventors, List<String> commonPartners, List<String> declared, boolean existingPartner,
		List<String> expired) {

	/**
	 * A person seen on both sides.
	 *
	 * @param name the name key they were matched on
	 * @param requesterPerson the Person id on the requester's patents
	 * @param candidatePerson the Person id on the candidate's patents
	 * @param requesterYears first and last year at the requester
	 * @param candidateYears first and last year at the candidate
	 * @param moved whether one span ends before the other starts (inventor mobility)
	 */
	public record CoInventor(String name, String requesterPerson, String candidatePerson, String requesterYears,
			String candidateYears, boolean moved) {
	}

}
