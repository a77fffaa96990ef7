package org.ipgraph.market;

import java.util.List;

/**
 * A stored match between a demand and an offer, with its explanation.
 *
 * @param demand the demand (as the caller may see it)
 * @param offer the offer
 * @param score kind fit × (0.5 CPC overlap + 0.3 text similarity + 0.1 budget fit + 0.1
 * deadline fit), 0 to 1
 * @param components each component's value, weight and part of the score
 * @param reasons the match in words
 * @param matchedAt when it was found
 */
public record MarketMatch(MarketDemand demand, Offer offer, double score, List<Component> components,
		List<String> reasons, String matchedAt) {

	/**
	 * One part of a score.
	 *
	 * @param name cpcOverlap, textSimilarity, kindFit, budgetFit or deadlineFit
	 * @param value 0 to 1
	 * @param weight its weight in the sum (kindFit multiplies the sum)
	 * @param contribution what it adds to the score
	 */
	public record Component(String name, double value, double weight, double contribution) {
	}

}
