package org.ipgraph.policies;

/**
 * One eligibility fact read from one sentence.
 *
 * @param kind applicants, excluded, size, region, fields, instrument, amounts, deadlines,
 * dates, issuing_body
 * @param value the normalized value: an applicant kind ({@code company},
 * {@code university}, {@code institute}, {@code nonprofit}, {@code government},
 * {@code federal-lab}, {@code individual}, {@code bank}, {@code any},
 * {@code patent-holder}: a patent role read from the recipient clause), a size
 * ({@code sme}, {@code small-business}, {@code small}, {@code micro}, {@code any}), a
 * region ({@code US}, {@code US-TX}, {@code EU}, {@code EU+associated},
 * {@code CN-GD}...), a CPC prefix or {@code any} for fields, an instrument
 * ({@code grant}, {@code subsidy}, {@code loan-guarantee}, {@code risk-compensation},
 * {@code tax-relief}, {@code investment}, {@code other}), an amount or date as written, a
 * body's name
 * @param detail what qualifies it: the words that gave it, a threshold
 * ({@code max-employees=500}), {@code preferred} for a preference that does not exclude,
 * {@code example} for fields named as examples, {@code jurisdiction} for a region read
 * from the whole text
 * @param sentence index of the sentence
 * @param start first character of the evidence sentence in the document
 * @param end one past its last character
 * @param text the sentence
 * @param node for issuing bodies, the Organization key the mention links to (else null)
 */
record EligibilityFact(String kind, String value, String detail, int sentence, int start, int end, String text,
		String node) {

	boolean binding() {
		return this.detail == null || !EligibilityRules.NOT_BINDING.contains(this.detail);
	}

}
