package org.ipgraph.market;

import java.util.List;

/**
 * An offer as stored.
 *
 * @param id key
 * @param kind licence, sale or pledge
 * @param status active, withdrawn, or expired (active past its last day)
 * @param organization the offering organization's key
 * @param organizationName its name, when the graph knows it
 * @param title what is offered
 * @param description in words
 * @param patents the package's patents
 * @param cpc the fields: stated and those of its patents
 * @param terms price or royalty in words
 * @param price asking price, if stated
 * @param currency the price's currency
 * @param exclusivity exclusive, non-exclusive or sole
 * @param territory where it holds
 * @param validUntil last day it stands
 * @param createdAt when it was published
 * @param createdBy the user who published it
 */
public record Offer(String id, String kind, String status, String organization, String organizationName, String title,
		String description, List<String> patents, List<String> cpc, String terms, Double price, String currency,
		String exclusivity, String territory, String validUntil, String createdAt, String createdBy) {
}
