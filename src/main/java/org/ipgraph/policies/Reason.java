package org.ipgraph.policies;

/**
 * One criterion of a policy judged for an applicant.
 *
 * @param criterion kind, size, region, field, exclusion
 * @param verdict yes, no or unknown
 * @param text the reason in words: "SME: yes, from patents and kind"
 */
public record Reason(String criterion, String verdict, String text) {

	static final String YES = "yes";

	static final String NO = "no";

	static final String UNKNOWN = "unknown";

}
