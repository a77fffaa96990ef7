package org.ipgraph.policies;

import java.util.List;

/**
 * A policy or fund judged for an applicant.
 *
 * @param policy the policy's facts
 * @param eligible {@code eligible} when no criterion says no and none is unknown,
 * {@code not-eligible} when one says no, {@code possibly} when none says no but some are
 * unknown
 * @param score rank score, 0..1: the share of criteria met, less for unknowns
 * @param reasons each criterion with its verdict
 */
public record PolicyMatch(PolicyFacts policy, String eligible, double score, List<Reason> reasons) {

	public boolean predictedEligible() {
		return !"not-eligible".equals(this.eligible);
	}

}
