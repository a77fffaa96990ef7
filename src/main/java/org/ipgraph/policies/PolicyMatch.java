package org.ipgraph.policies;

import java.util.List;
import java.util.Set;

/**
 * A policy or fund judged for an applicant.
 *
 * @param policy the policy's facts
 * @param eligible {@code eligible} when no criterion says no and none is unknown,
 * {@code not-eligible} when one says no, {@code possibly} when none says no but some are
 * unknown
 * @param score rank score, 0..1: the share of criteria met, less for unknowns
 * @param reasons each criterion with its verdict
 */
public record PolicyMatch(PolicyFacts policy, String eligible, double score, List<Reason> reasons) {

	/**
	 * The criteria whose unknown verdict the yes-or-no answer counts as not met; an
	 * unknown verdict of any other criterion counts as met. The field: a policy that
	 * names fields is for organizations known to work in them (chosen on the development
	 * pairs: the smallest of the best sets; docs/policies.md gives the rules tried). The
	 * tax residence: paying a given country's tax is not a default of any organization,
	 * so a tax relief is not assumed open to one whose country is unknown. The recipient:
	 * a text whose recipient is a patent role is not assumed open to an organization with
	 * no patent in the graph (chosen by leave one set out, docs/policies.md).
	 */
	public static final Set<String> UNKNOWN_NOT_MET = Set.of("field", "residence", "recipient");

	/**
	 * The yes-or-no answer: no criterion says no, and none of {@link #UNKNOWN_NOT_MET} is
	 * unknown.
	 */
	public boolean predictedEligible() {
		return predictedEligible(UNKNOWN_NOT_MET);
	}

	/**
	 * The yes-or-no answer with another rule for unknown verdicts.
	 * @param unknownNotMet the criteria ({@code kind}, {@code exclusion}, {@code size},
	 * {@code region}, {@code residence}, {@code field}, {@code recipient}) whose unknown
	 * verdict counts as not met
	 */
	public boolean predictedEligible(Set<String> unknownNotMet) {
		for (Reason reason : this.reasons) {
			if (reason.verdict().equals(Reason.NO)
					|| (reason.verdict().equals(Reason.UNKNOWN) && unknownNotMet.contains(reason.criterion()))) {
				return false;
			}
		}
		return true;
	}

}
