package org.ipgraph.patents;

import java.time.LocalDate;
import java.util.List;

/**
 * A patent as the API shows it.
 *
 * @param number graph key, e.g. US7654321
 * @param jurisdiction office
 * @param kind kind code
 * @param title title
 * @param abstractText abstract
 * @param filingDate filing date
 * @param publicationDate publication date
 * @param grantDate grant date
 * @param priorityDate priority date
 * @param familyId family id
 * @param stub whether only known from citations or lists
 * @param synthetic whether demo data
 * @param owners current and past owners
 * @param inventors inventors as printed on the patent
 * @param classifications CPC symbols with titles, main first
 * @param cites numbers this patent cites
 * @param citedBy how many patents in the graph cite it
 * @param standards standards it is declared essential to
 * @param sources documents the record came from
 * @param legal legal status and term, each with its source
 * @param events dated legal events, oldest first, each with its source
 */
public record PatentDetails(String number, String jurisdiction, String kind, String title, String abstractText,
		LocalDate filingDate, LocalDate publicationDate, LocalDate grantDate, LocalDate priorityDate, String familyId,
		boolean stub, boolean synthetic, List<Owner> owners, List<String> inventors,
		List<Classification> classifications, List<String> cites, long citedBy, List<String> standards,
		List<Source> sources, Legal legal, List<Event> events) {

	/**
	 * Legal status and term. A field is null when no source tells it.
	 *
	 * @param status {@code in_force}, {@code expired}, {@code lapsed}, {@code withdrawn}
	 * or {@code pending}
	 * @param statusSource where the status comes from: {@code expiry} (the term),
	 * {@code uspto-maintenance-fee}, {@code lens}, {@code patentsview}, {@code type}
	 * @param inForce whether in force
	 * @param expiry the last day of the term
	 * @param expirySource {@code us-term-of-grant} (computed with the grant's term data)
	 * or {@code estimate} (from dates alone)
	 * @param expiryBasis how the expiry was computed, in words
	 * @param termAdjustmentDays patent term adjustment stated by the grant
	 * @param terminalDisclaimer whether the grant states a terminal disclaimer
	 * @param statedStatus the status as its source writes it ({@code EXP.},
	 * {@code ACTIVE}...)
	 */
	public record Legal(String status, String statusSource, Boolean inForce, LocalDate expiry, String expirySource,
			String expiryBasis, Integer termAdjustmentDays, Boolean terminalDisclaimer, String statedStatus) {
	}

	/**
	 * @param type {@code fee-paid}, {@code lapsed}, {@code reinstated},
	 * {@code reassignment}, {@code merger}, {@code name-change},
	 * {@code security-interest}, {@code security-release}, {@code license}...
	 * @param on when it took effect
	 * @param code the source's event code, if any
	 * @param description what the source says
	 * @param source {@code uspto-maintenance-fee}, {@code uspto-assignment}
	 * @param document the Document it was read from
	 * @param record where in the document
	 */
	public record Event(String type, LocalDate on, String code, String description, String source, String document,
			String record) {
	}

	/**
	 * @param id organization id or null for a person owner
	 * @param name display name
	 * @param from owner since
	 * @param to owner until, null while current
	 */
	public record Owner(String id, String name, LocalDate from, LocalDate to) {
	}

	/**
	 * @param symbol CPC symbol
	 * @param title CPC title if the title list was ingested
	 * @param main whether the main classification
	 */
	public record Classification(String symbol, String title, boolean main) {
	}

	/**
	 * @param document Document id
	 * @param name file name
	 * @param record line or document number in the file
	 */
	public record Source(String document, String name, String record) {
	}

}
