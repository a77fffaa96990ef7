package org.ipgraph.partners;

import java.util.List;

/**
 * One recommended organization.
 *
 * @param rank 1-based rank in the whole ranking
 * @param organization who
 * @param score the model's probability for the pair (relative: trained on sampled
 * negatives)
 * @param logit the model's logit, the intercept plus the components
 * @param components each feature's part, largest effect first
 * @param evidence the graph facts behind it
 */
public record PartnerCandidate(int rank, OrganizationRef organization, double score, double logit,
		List<ScoreComponent> components, Evidence evidence) {
}
