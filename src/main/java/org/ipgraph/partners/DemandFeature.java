package org.ipgraph.partners;

import java.util.Arrays;
import java.util.List;

/**
 * The features of a (demand, organization) pair.
 */
enum DemandFeature {

	TEXT_SIMILARITY("textSimilarity", "cosine of the demand's TF-IDF vector and the organization's text centroid"),

	BEST_PATENT("bestPatent", "similarity of the organization's patent closest to the demand"),

	MATCHED_PATENTS("matchedPatents", "log(1 + its patents among the closest to the demand)"),

	TECHNOLOGY_MATCH("technologyMatch",
			"cosine of the CPC codes the demand matched and the organization's CPC profile"),

	CANDIDATE_PORTFOLIO("candidatePortfolio", "log(1 + patents it owns)"),

	CANDIDATE_ACTIVITY("candidateActivity", "share of its patents filed in the last three years"),

	ACADEMIC("academic", "1 for a university or research institute");

	static final int COUNT = values().length;

	final String key;

	final String description;

	DemandFeature(String key, String description) {
		this.key = key;
		this.description = description;
	}

	static List<String> keys() {
		return Arrays.stream(values()).map(f -> f.key).toList();
	}

	static List<String> descriptions() {
		return Arrays.stream(values()).map(f -> f.description).toList();
	}

}
