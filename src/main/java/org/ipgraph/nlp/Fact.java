package org.ipgraph.nlp;

import java.util.Map;

/**
 * A relationship read from one sentence, with its provenance.
 *
 * @param type relationship type: FUNDED_BY, ISSUED, TARGETS, AFFILIATED_WITH,
 * ACQUIRED_FROM, LICENSED_TO, PARTNERED_WITH, PLAINTIFF_IN, DEFENDANT_IN, ASSERTED_IN,
 * EXPERT_IN, DESCRIBED_AS
 * @param from start node
 * @param to end node; null for EXPERT_IN when no technology matches the topic, and for
 * DESCRIBED_AS (an Evidence node on the organization only)
 * @param properties the relationship's properties (role, on, amount, grantNumbers...)
 * @param sentence index of the sentence
 * @param start first character of the evidence in the document
 * @param end one past its last character
 * @param confidence rule confidence times the links' confidence
 * @param extractor the rule, e.g. {@code rule:funding}
 */
public record Fact(String type, NodeRef from, NodeRef to, Map<String, Object> properties, int sentence, int start,
		int end, double confidence, String extractor) {

	public Fact {
		properties = properties == null ? Map.of() : Map.copyOf(properties);
	}

}
