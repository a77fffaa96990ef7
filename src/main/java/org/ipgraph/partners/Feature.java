package org.ipgraph.partners;

/**
 * The features of a (requester, candidate) pair, in the order of the feature vector.
 * Counts enter as log(1 + n) so that one big portfolio does not drown every other signal.
 */
public enum Feature {

	CPC_SIMILARITY("cpcSimilarity", "cosine of the CPC subgroup profiles (IDF-weighted)"),

	CPC_BROAD_SIMILARITY("cpcBroadSimilarity", "cosine of the CPC subclass profiles"),

	COMPLEMENTARITY("complementarity",
			"how much the candidate works in CPC main groups that are combined with the requester's (co-classified or"
					+ " cited together) without being the requester's own"),

	TEXT_SIMILARITY("textSimilarity", "cosine of the TF-IDF centroids of titles, abstracts and claims"),

	CITES_CANDIDATE("citesCandidate", "log(1 + citations from the requester's patents to the candidate's)"),

	CITED_BY_CANDIDATE("citedByCandidate", "log(1 + citations from the candidate's patents to the requester's)"),

	CO_OWNERSHIP("coOwnership", "log(1 + patents they own together)"),

	CO_INVENTION("coInvention", "log(1 + people named on both sides' patents in overlapping years)"),

	INVENTOR_MOBILITY("inventorMobility",
			"log(1 + people who left one side and later appear at the other (AFFILIATED_WITH over time))"),

	COMMON_PARTNERS("commonPartners", "log(1 + organizations both have co-owned a patent or shared an inventor with)"),

	DECLARED_RELATION("declaredRelation",
			"1 when a partnership, licence or interest to deal (a market match) between them is recorded"),

	SAME_COUNTRY("sameCountry",
			"1 same country, 0 different; when a country is unknown, the cosine of the patent offices both file at"),

	CANDIDATE_PORTFOLIO("candidatePortfolio", "log(1 + patents the candidate owns)"),

	CANDIDATE_ACTIVITY("candidateActivity", "share of the candidate's patents filed in the last three years"),

	CANDIDATE_SHARE("candidateShare",
			"the candidate's patents in the requester's main CPC groups, relative to the requester's own (at most 2)"),

	ACADEMIC("academic", "1 when the candidate is a university or research institute");

	public static final int COUNT = values().length;

	public final String key;

	final String description;

	Feature(String key, String description) {
		this.key = key;
		this.description = description;
	}

	static java.util.List<String> descriptions() {
		return java.util.Arrays.stream(values()).map(f -> f.description).toList();
	}

	static java.util.List<String> keys() {
		return java.util.Arrays.stream(values()).map(f -> f.key).toList();
	}

}
