package org.ipgraph.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The risk that a patent is asserted, from its owner's NPE score, its assertion and
 * challenge history, its acquisition history, its forward citations and its age. A
 * transparent sum of hand-set log-odds (not fitted: the graph rarely holds enough real
 * assertions to fit them); an expired patent scores 0. Pure: no Spring, no graph.
 *
 * <pre>
 * log-odds = -3.0
 *          + 4.0 x owner NPE score
 *          + 1.2 x min(3, earlier suits on it)
 *          + 0.8 if its owner acquired it (or it changed hands)
 *          + 0.35 x ln(1 + forward citations)
 *          + 0.3 x min(2, PTAB trials against it)
 *          + 0.5 if 5 to 15 years old (the age NPEs buy and assert)
 *          - 1.0 if less than 2 years of its term are left
 * </pre>
 */
public final class PatentRiskScorer {

	static final double BASE = -3.0;

	private PatentRiskScorer() {
	}

	/**
	 * @param ownerNpeScore the highest NPE score among its current owners, null without
	 * an owner
	 * @param ageYears years since filing, null when unknown
	 * @param yearsLeft years of the term left, null when unknown
	 * @param priorAssertions infringement suits it was asserted in
	 * @param ptabChallenges PTAB trials against it
	 * @param forwardCitations patents citing it
	 * @param acquired whether its current owner acquired it, or it changed hands
	 */
	public record Facts(Double ownerNpeScore, Double ageYears, Double yearsLeft, int priorAssertions,
			int ptabChallenges, int forwardCitations, boolean acquired) {
	}

	/**
	 * @param factor the factor
	 * @param shown its value in words
	 * @param contribution its contribution to the log-odds
	 */
	public record Factor(String factor, String shown, double contribution) {
	}

	/**
	 * @param probability the probability of assertion
	 * @param expired whether the term is over
	 * @param baseline the log-odds before any factor
	 * @param factors each factor's contribution
	 */
	public record Score(double probability, boolean expired, double baseline, List<Factor> factors) {
	}

	public static Score score(Facts f) {
		List<Factor> factors = new ArrayList<>();
		double owner = f.ownerNpeScore() == null ? 0 : f.ownerNpeScore();
		factors.add(new Factor("ownerNpeScore",
				f.ownerNpeScore() == null ? "no current owner known" : String.format(Locale.ROOT, "%.2f", owner),
				4.0 * owner));
		factors.add(new Factor("priorAssertions", f.priorAssertions() + " suit" + (f.priorAssertions() == 1 ? "" : "s"),
				1.2 * Math.min(3, f.priorAssertions())));
		factors.add(new Factor("acquisitionHistory", f.acquired() ? "acquired or transferred" : "held by its applicant",
				f.acquired() ? 0.8 : 0));
		factors.add(new Factor("forwardCitations", f.forwardCitations() + " citing patents",
				0.35 * Math.log1p(f.forwardCitations())));
		factors.add(new Factor("ptabChallenges", f.ptabChallenges() + " PTAB trials",
				0.3 * Math.min(2, f.ptabChallenges())));
		boolean prime = f.ageYears() != null && f.ageYears() >= 5 && f.ageYears() <= 15;
		factors.add(
				new Factor("age",
						f.ageYears() == null ? "filing date unknown"
								: String.format(Locale.ROOT, "%.1f years since filing", f.ageYears()),
						prime ? 0.5 : 0));
		boolean expired = f.yearsLeft() != null && f.yearsLeft() <= 0;
		boolean ending = f.yearsLeft() != null && f.yearsLeft() > 0 && f.yearsLeft() < 2;
		factors.add(new Factor("remainingLife",
				f.yearsLeft() == null ? "unknown"
						: expired ? "expired" : String.format(Locale.ROOT, "%.1f years left", f.yearsLeft()),
				ending ? -1.0 : 0));
		double logit = BASE + factors.stream().mapToDouble(Factor::contribution).sum();
		double probability = expired ? 0 : 1 / (1 + Math.exp(-logit));
		List<Factor> rounded = factors.stream()
			.map(x -> new Factor(x.factor(), x.shown(), ExposureRanker.round(x.contribution())))
			.toList();
		return new Score(ExposureRanker.round(probability), expired, BASE, rounded);
	}

}
