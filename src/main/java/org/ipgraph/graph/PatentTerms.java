package org.ipgraph.graph;

import java.time.LocalDate;

/**
 * US term rules shared by what computes an expiry at ingest and what estimates one when
 * the graph has none (valuation).
 */
public final class PatentTerms {

	/** Designs filed from this day have a 15-year term (PLTIA), 14 years before. */
	public static final LocalDate FIFTEEN_YEAR_DESIGNS = LocalDate.of(2015, 5, 13);

	private PatentTerms() {
	}

	/**
	 * Years of a design patent's term from its grant: 15 when filed from 13 May 2015 on,
	 * else (or when the filing date is unknown) 14.
	 */
	public static int designYears(LocalDate filed) {
		return filed != null && !filed.isBefore(FIFTEEN_YEAR_DESIGNS) ? 15 : 14;
	}

}
