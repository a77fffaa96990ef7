package org.ipgraph.valuation;

import java.time.LocalDate;

import org.ipgraph.graph.PatentTerms;

/**
 * When a patent's term ends: the stored {@code expiry} when the graph has one (legal
 * status, US term adjustment), else computed the documented way: 20 years from filing for
 * utility and plant patents; design patents 15 years from grant when filed from
 * 2015-05-13 on, 14 years before.
 */
public final class PatentTerm {

	private PatentTerm() {
	}

	/**
	 * The expiry date, or null when neither a stored one nor the dates it is computed
	 * from are known.
	 * @param stored the patent's {@code expiry} property, if any
	 * @param type the patent's type ({@code design}, {@code utility}...)
	 * @param filing filing date
	 * @param grant grant date
	 */
	public static LocalDate expiry(LocalDate stored, String type, LocalDate filing, LocalDate grant) {
		if (stored != null) {
			return stored;
		}
		if ("design".equals(type)) {
			if (grant == null) {
				return null;
			}
			return grant.plusYears(PatentTerms.designYears(filing));
		}
		return filing == null ? null : filing.plusYears(20);
	}

	/**
	 * Years from {@code asOf} to {@code expiry}, 0 once expired, NaN when unknown.
	 */
	public static double yearsLeft(LocalDate expiry, LocalDate asOf) {
		if (expiry == null) {
			return Double.NaN;
		}
		double days = expiry.toEpochDay() - asOf.toEpochDay();
		return Math.max(0, days / 365.25);
	}

}
