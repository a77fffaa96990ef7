package org.ipgraph.partners;

import java.util.List;

import org.ipgraph.web.Page;

/**
 * Ranked partner candidates for an organization.
 *
 * @param requester who asked
 * @param role the role looked for
 * @param roleRule what a candidate must be to fit the role
 * @param model the model that ranked them
 * @param excludedOwnGroup organizations of the requester's group that were left out
 * @param excludedCompetitors competitors (and their groups' members) named by the caller
 * @param total candidates that passed the filters
 * @param candidates one page of them
 * @param graphVersion a hash of the graph counts the answer was computed on (same graph,
 * same answer)
 */
public record PartnerRecommendations(OrganizationRef requester, String role, String roleRule, ModelInfo model,
		List<String> excludedOwnGroup, List<String> excludedCompetitors, int total, Page<PartnerCandidate> candidates,
		String graphVersion) {
}
