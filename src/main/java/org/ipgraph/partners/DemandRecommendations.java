package org.ipgraph.partners;

import java.util.List;

import org.ipgraph.web.Page;

/**
 * What answers a demand: the technologies and patents it matched and the organizations
 * that can supply them.
 *
 * @param demand the stored Demand node
 * @param technologies CPC codes it targets (TARGETS), best first, weight 1 for the best
 * @param patents the closest patents
 * @param role the role looked for
 * @param model the model that ranked the organizations
 * @param excludedCompetitors competitors named by the caller (with their groups)
 * @param total organizations that passed the filters
 * @param candidates one page of them
 * @param graphVersion the graph snapshot the answer was computed on
 */
public record DemandRecommendations(DemandInfo demand, List<TechnologyMatch> technologies, List<PatentMatch> patents,
		String role, ModelInfo model, List<String> excludedCompetitors, int total, Page<DemandCandidate> candidates,
		String graphVersion) {

	/**
	 * @param id key: {@code demand:} and the SHA-256 of the normalized text
	 * @param text the text
	 * @param region the region given
	 */
	public record DemandInfo(String id, String text, String region) {
	}

	/**
	 * @param symbol CPC symbol
	 * @param weight share of the closest patents' similarity, 1 for the best
	 */
	public record TechnologyMatch(String symbol, double weight) {
	}

	/**
	 * @param number patent number
	 * @param title title
	 * @param similarity cosine with the demand
	 * @param owners owner ids
	 */
	public record PatentMatch(String number, String title, double similarity, List<String> owners) {
	}

	/**
	 * @param rank 1-based rank
	 * @param organization who
	 * @param score the model's probability (relative)
	 * @param logit the model's logit
	 * @param components each feature's part, largest effect first
	 * @param matchedPatents its patents among the closest to the demand
	 * @param sharedTerms terms the demand and its patents share (stemmed)
	 * @param paths graph paths from the demand to it, in the graph's keys
	 */
	public record DemandCandidate(int rank, OrganizationRef organization, double score, double logit,
			List<ScoreComponent> components, List<PatentMatch> matchedPatents, List<String> sharedTerms,
			List<String> paths) {
	}

}
