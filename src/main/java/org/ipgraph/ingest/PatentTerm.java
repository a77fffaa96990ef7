package org.ipgraph.ingest;

import java.time.LocalDate;
import java.util.Optional;

import org.ipgraph.graph.PatentTerms;

/**
 * When a patent's term ends, from what its record states (pure: no graph, no clock).
 * <ul>
 * <li>Utility and plant patents: 20 years from the earliest US non-provisional filing the
 * patent claims the benefit of (its own filing date, a parent it continues or divides,
 * the PCT application it entered from), plus the patent term adjustment in days. Filed
 * before 8 June 1995: the longer of 17 years from grant and 20 years from filing (35
 * U.S.C. 154(c)).</li>
 * <li>Designs: the stated length of grant, else 15 years from grant when filed on or
 * after 13 May 2015 and 14 years before, plus any adjustment.</li>
 * <li>Granted patents of other offices: 20 years from filing, an estimate (no extension
 * or supplementary protection known).</li>
 * <li>Reissues, statutory invention registrations, applications and records without the
 * dates: no expiry (a reissue ends with the patent it reissues).</li>
 * </ul>
 * A terminal disclaimer can end a patent earlier, with the patent it was disclaimed over:
 * the date is then an upper bound and the basis says so.
 */
final class PatentTerm {

	/** Applications filed from this day have the 20-year term (URAA). */
	static final LocalDate TWENTY_YEAR_TERM = LocalDate.of(1995, 6, 8);

	/** The source of an expiry computed with the grant's own term data. */
	static final String GRANT = "us-term-of-grant";

	/** The source of an expiry estimated from dates alone. */
	static final String ESTIMATE = "estimate";

	private PatentTerm() {
	}

	/**
	 * @param expiry the last day of the term
	 * @param source {@link #GRANT} or {@link #ESTIMATE}
	 * @param basis how it was computed, in words
	 */
	record Expiry(LocalDate expiry, String source, String basis) {
	}

	static Optional<Expiry> of(PatentRecord record) {
		String type = record.type();
		if (type == null || record.grantDate() == null) {
			return Optional.empty();
		}
		PatentRecord.TermData term = record.term();
		boolean us = "US".equals(record.number().jurisdiction());
		Optional<Expiry> expiry = switch (type) {
			case "utility", "plant" -> us ? usUtility(record, term) : foreign(record);
			case "design" -> us ? usDesign(record, term) : Optional.empty();
			default -> Optional.empty();
		};
		if (term != null && term.terminalDisclaimer()) {
			expiry = expiry.map(e -> new Expiry(e.expiry(), e.source(), e.basis()
					+ "; subject to a terminal disclaimer: may end earlier, with the patent disclaimed over"));
		}
		return expiry;
	}

	private static Optional<Expiry> usUtility(PatentRecord record, PatentRecord.TermData term) {
		LocalDate filed = record.filingDate();
		String from = "filed " + filed;
		if (term != null && term.earliestUsFiling() != null
				&& (filed == null || term.earliestUsFiling().isBefore(filed))) {
			filed = term.earliestUsFiling();
			from = "earliest parent application filed " + filed;
		}
		if (filed == null) {
			return Optional.empty();
		}
		LocalDate end = filed.plusYears(20);
		String basis = from + " + 20 years";
		if (filed.isBefore(TWENTY_YEAR_TERM)) {
			LocalDate seventeen = record.grantDate().plusYears(17);
			if (seventeen.isAfter(end)) {
				end = seventeen;
				basis = "granted " + record.grantDate() + " + 17 years (filed before 1995-06-08; longer than " + from
						+ " + 20 years)";
			}
			else {
				basis += " (filed before 1995-06-08; longer than 17 years from grant)";
			}
		}
		return Optional.of(adjusted(end, basis, term));
	}

	private static Optional<Expiry> usDesign(PatentRecord record, PatentRecord.TermData term) {
		Integer stated = term == null ? null : term.lengthYears();
		int years;
		String why;
		if (stated != null) {
			years = stated;
			why = "length of grant " + stated + " years";
		}
		else if (record.filingDate() != null) {
			years = PatentTerms.designYears(record.filingDate());
			why = years + " years for a design filed " + (years == 15 ? "on or after" : "before") + " "
					+ PatentTerms.FIFTEEN_YEAR_DESIGNS;
		}
		else {
			return Optional.empty();
		}
		return Optional.of(adjusted(record.grantDate().plusYears(years),
				"granted " + record.grantDate() + " + " + years + " years (" + why + ")", term));
	}

	private static Optional<Expiry> foreign(PatentRecord record) {
		if (record.filingDate() == null) {
			return Optional.empty();
		}
		return Optional.of(new Expiry(record.filingDate().plusYears(20), ESTIMATE,
				"filed " + record.filingDate() + " + 20 years (no extension known)"));
	}

	private static Expiry adjusted(LocalDate end, String basis, PatentRecord.TermData term) {
		if (term == null) {
			return new Expiry(end, ESTIMATE, basis + " (term adjustment unknown)");
		}
		if (term.adjustmentDays() == 0) {
			return new Expiry(end, GRANT, basis + ", no term adjustment");
		}
		return new Expiry(end.plusDays(term.adjustmentDays()), GRANT,
				basis + " + " + term.adjustmentDays() + " days term adjustment");
	}

}
