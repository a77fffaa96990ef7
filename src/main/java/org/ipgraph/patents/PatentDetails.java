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
 */
public record PatentDetails(String number, String jurisdiction, String kind, String title, String abstractText,
		LocalDate filingDate, LocalDate publicationDate, LocalDate grantDate, LocalDate priorityDate, String familyId,
		boolean stub, boolean synthetic, List<Owner> owners, List<String> inventors,
		List<Classification> classifications, List<String> cites, long citedBy, List<String> standards,
		List<Source> sources) {

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
