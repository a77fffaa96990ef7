package org.ipgraph.experts;

import java.util.List;
import java.util.Map;

/**
 * One suggested person. For a caller who may not see them (no consent), {@code personId},
 * {@code name}, {@code contact} and the keys of their evidence are null and
 * {@code profile} describes them without a name.
 *
 * @param rank 1-based position in the whole ranking
 * @param handle stable opaque id, the same in every answer; reveals nothing
 * @param anonymous whether the person is shown as an anonymous profile
 * @param personId the Person id (the identity key), or null when anonymous
 * @param name the fullest form of the name, or null when anonymous
 * @param nameVariants other Person nodes resolved to this person, or empty when anonymous
 * @param contact contact, only with consent
 * @param profile "inventor at Acme Corp, 12 patents in G06F"
 * @param score the weighted sum of the components
 * @param components the score's parts before weighting
 * @param affiliation latest affiliation, or null
 * @param patents how many patents
 * @param documents how many documents mention them
 * @param firstYear year of the earliest item, 0 if unknown
 * @param lastYear year of the latest item, 0 if unknown
 * @param areas main CPC subclasses with patent counts
 * @param evidence the items that matched the query best
 */
public record ExpertSuggestion(int rank, String handle, boolean anonymous, String personId, String name,
		List<String> nameVariants, String contact, String profile, double score, ScoreComponents components,
		Affiliation affiliation, int patents, int documents, int firstYear, int lastYear, Map<String, Integer> areas,
		List<EvidenceItem> evidence) {

	/**
	 * The parts of a score, each 0–1 before its weight.
	 *
	 * @param text match of their best items with the query (document-centric)
	 * @param organization share in the owners of the best-matching items (colleagues)
	 * @param profile TF-IDF cosine of their whole body of work
	 * @param cpc CPC overlap with the query's areas
	 * @param expertise stated expertise in the query's areas
	 * @param weights the weight of each part in the score
	 */
	public record ScoreComponents(double text, double organization, double profile, double cpc, double expertise,
			Map<String, Double> weights) {
	}

	/**
	 * An item that speaks for the person.
	 *
	 * @param key patent number or document id, or null when the person is anonymous (a
	 * patent number would name them)
	 * @param kind patent or document
	 * @param year year of filing or publication, 0 if unknown
	 * @param cpc CPC subclasses
	 * @param match relative match with the query (0–1), recency-weighted
	 * @param expired whether it is a patent that has ended (expired, lapsed, withdrawn):
	 * evidence only with {@code includeExpired}
	 */
	public record EvidenceItem(String key, String kind, int year, List<String> cpc, double match, boolean expired) {
	}

}
