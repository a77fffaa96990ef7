package org.ipgraph.valuation;

import java.io.Serializable;

/**
 * What the graph knows about one patent as of a date: the plain inputs of its value.
 *
 * @param number the patent number
 * @param cohort CPC class and year ({@code H04N 2012}) its citations are compared within;
 * null when it has no CPC or no date
 * @param citations forward citations
 * @param familySize family members, itself included
 * @param jurisdictions offices the family is filed in
 * @param claims number of claims, or -1 when the text is not known
 * @param yearsLeft years of term left (0 once expired), NaN when unknown
 * @param reassignments times an owner assigned it away
 * @param litigation court cases it was asserted in
 * @param ptab PTAB trials that challenged it
 * @param declarations essentiality declarations
 * @param licences licensing pools it is in plus licence deals of its owners
 * @param later what happened after the date, for training and evaluation; null when
 * valued as of now
 */
public record PatentFacts(String number, String cohort, int citations, int familySize, int jurisdictions, int claims,
		double yearsLeft, int reassignments, int litigation, int ptab, int declarations, int licences,
		Outcomes later) implements Serializable {

	/**
	 * The value proxies: events after the date that show a patent mattered.
	 *
	 * @param litigated asserted in a court case or challenged at the PTAB
	 * @param reassigned assigned to another owner
	 * @param declared declared essential to a standard
	 * @param largeFamily its family reached the large-family size
	 */
	public record Outcomes(boolean litigated, boolean reassigned, boolean declared,
			boolean largeFamily) implements Serializable {

		public boolean any() {
			return this.litigated || this.reassigned || this.declared || this.largeFamily;
		}

	}

	/**
	 * The feature vector, in {@link ValueSignal} order.
	 * @param cohortMean the mean forward citations of the patent's cohort
	 */
	public double[] features(double cohortMean) {
		double[] x = new double[ValueSignal.SIZE];
		x[ValueSignal.FORWARD_CITATIONS.ordinal()] = cohortMean > 0 ? Math.log1p(this.citations / cohortMean) : 0;
		x[ValueSignal.FAMILY_SIZE.ordinal()] = Math.log1p(this.familySize);
		x[ValueSignal.JURISDICTIONS.ordinal()] = this.jurisdictions;
		x[ValueSignal.CLAIMS.ordinal()] = this.claims < 0 ? Double.NaN : Math.log1p(this.claims);
		x[ValueSignal.REMAINING_TERM.ordinal()] = this.yearsLeft;
		x[ValueSignal.REASSIGNMENTS.ordinal()] = Math.log1p(this.reassignments);
		x[ValueSignal.LITIGATION.ordinal()] = Math.log1p(this.litigation);
		x[ValueSignal.PTAB.ordinal()] = Math.log1p(this.ptab);
		x[ValueSignal.ESSENTIALITY.ordinal()] = Math.log1p(this.declarations);
		x[ValueSignal.LICENCES.ordinal()] = Math.log1p(this.licences);
		return x;
	}

	/**
	 * What each component shows, as a reader would say it.
	 */
	String shown(ValueSignal signal, double cohortMean) {
		return switch (signal) {
			case FORWARD_CITATIONS -> this.citations + " (cohort " + (this.cohort == null ? "unknown" : this.cohort)
					+ " mean " + Math.round(cohortMean * 100) / 100.0 + ")";
			case FAMILY_SIZE -> Integer.toString(this.familySize);
			case JURISDICTIONS -> Integer.toString(this.jurisdictions);
			case CLAIMS -> this.claims < 0 ? "unknown" : Integer.toString(this.claims);
			case REMAINING_TERM -> Double.isNaN(this.yearsLeft) ? "unknown"
					: this.yearsLeft == 0 ? "expired" : Math.round(this.yearsLeft * 10) / 10.0 + " years";
			case REASSIGNMENTS -> Integer.toString(this.reassignments);
			case LITIGATION -> Integer.toString(this.litigation);
			case PTAB -> Integer.toString(this.ptab);
			case ESSENTIALITY -> Integer.toString(this.declarations);
			case LICENCES -> Integer.toString(this.licences);
		};
	}

}
