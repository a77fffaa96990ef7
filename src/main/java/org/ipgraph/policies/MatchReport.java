package org.ipgraph.policies;

import java.util.List;

/**
 * Policies and funds ranked for an organization or a demand.
 *
 * @param applicant what matching knew of the applicant, with what each fact rests on
 * @param matches ranked: eligible first, then possibly, then not eligible
 * @param policies how many policies and funds with eligibility facts were judged
 * @param notes what the figures rest on
 */
public record MatchReport(Applicant applicant, List<PolicyMatch> matches, int policies, List<String> notes) {
}
