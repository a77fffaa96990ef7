package org.ipgraph.organizations;

/**
 * An organization in a search result.
 *
 * @param id key
 * @param name display name
 * @param kind company, university, ...
 * @param country country
 * @param patents patents it owns
 * @param npe whether flagged as a non-practicing entity
 * @param score full-text relevance
 */
public record OrganizationSummary(String id, String name, String kind, String country, long patents, boolean npe,
		double score) {
}
