package org.ipgraph.policies;

import java.util.List;

/**
 * A policy or fund with every eligibility fact and its evidence sentence.
 *
 * @param policy the summary
 * @param facts the facts, by document and position
 */
public record PolicyDetails(PolicyFacts policy, List<Fact> facts) {

	/**
	 * @param kind applicants, excluded, size, region, fields, instrument, amounts,
	 * deadlines, dates, issuing_body
	 * @param value the value
	 * @param detail what qualifies it
	 * @param sentence the evidence sentence
	 * @param documentId the Document it was read from
	 * @param start first character of the sentence in the Document's text
	 * @param end one past its last
	 * @param extractor the rule
	 */
	public record Fact(String kind, String value, String detail, String sentence, String documentId, int start, int end,
			String extractor) {
	}

}
