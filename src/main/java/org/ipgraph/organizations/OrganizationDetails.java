package org.ipgraph.organizations;

import java.util.List;
import java.util.Map;

/**
 * One organization with its group and portfolio.
 *
 * @param id key
 * @param name display name
 * @param kind kind
 * @param serviceType for service institutions
 * @param country country
 * @param sector sector
 * @param npe NPE flag
 * @param synthetic demo data
 * @param aliases raw spellings seen
 * @param parents organizations it is a subsidiary of
 * @param subsidiaries its subsidiaries
 * @param portfolio summary of what it owns
 */
public record OrganizationDetails(String id, String name, String kind, String serviceType, String country,
		String sector, boolean npe, boolean synthetic, List<String> aliases, List<Related> parents,
		List<Related> subsidiaries, Portfolio portfolio) {

	/**
	 * @param id organization id
	 * @param name display name
	 * @param relation subsidiary, alias, joint_venture, acquired
	 */
	public record Related(String id, String name, String relation) {
	}

	/**
	 * @param patents patents owned (not counting stubs)
	 * @param byFilingYear patents per filing (or publication) year
	 * @param topTechnologies CPC subclasses with most patents
	 * @param coOwners organizations that co-own its patents
	 * @param inventors distinct inventors of its patents
	 * @param citationsReceived citations to its patents from others
	 * @param citationsMade citations its patents make
	 * @param plaintiffIn lawsuits as plaintiff
	 * @param defendantIn lawsuits as defendant
	 * @param standards standards it declared patents essential to
	 */
	public record Portfolio(long patents, Map<Integer, Long> byFilingYear, List<Count> topTechnologies,
			List<Count> coOwners, long inventors, long citationsReceived, long citationsMade, long plaintiffIn,
			long defendantIn, List<String> standards) {
	}

	/**
	 * @param key symbol or id
	 * @param name title or name
	 * @param count how many patents
	 */
	public record Count(String key, String name, long count) {
	}

}
