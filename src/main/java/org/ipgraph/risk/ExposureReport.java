package org.ipgraph.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ipgraph.web.Page;

/**
 * A company's (or a portfolio's) exposure to NPE-held patents.
 *
 * @param company the company, or null for a bare portfolio
 * @param ownPatents how many own patents profile its technology
 * @param products product descriptions compared as well
 * @param asOf the date remaining lives are counted from
 * @param minNpeScore the NPE probability from which an owner's patents count
 * @param npeOwners the owners that reached it, most NPE-like first (at most 20)
 * @param ranked how many NPE-held patents were ranked
 * @param patents the page of ranked patents
 * @param method how the score is made
 */
public record ExposureReport(OwnerProfile.Ref company, int ownPatents, List<String> products, LocalDate asOf,
		double minNpeScore, List<NpeOwner> npeOwners, int ranked, Page<ExposedPatent> patents, String method) {

	/**
	 * @param organization the owner
	 * @param npeScore its NPE probability
	 * @param scoredBy model or rules
	 * @param plaintiffSuits its suits as plaintiff
	 */
	public record NpeOwner(OwnerProfile.Ref organization, double npeScore, String scoredBy, int plaintiffSuits) {
	}

	/**
	 * One NPE-held patent with why it matters to the company.
	 *
	 * @param number patent number
	 * @param title title
	 * @param owner its NPE owner
	 * @param score the exposure
	 * @param components the factors multiplied into the score
	 * @param yearsLeft years of its term left
	 * @param closest the company's closest patent (or product) and its title
	 * @param sharedCpc the CPC group it shares with the company
	 * @param sharedTerms the terms it shares with the closest patent
	 * @param assertedIn suits it was asserted in
	 * @param reasons the score in words
	 * @param evidence paths behind it
	 */
	public record ExposedPatent(String number, String title, NpeOwner owner, double score,
			Map<String, Double> components, Double yearsLeft, OwnerProfile.Ref closest, String sharedCpc,
			List<String> sharedTerms, List<String> assertedIn, List<String> reasons, List<EvidencePath> evidence) {
	}

}
