package org.ipgraph.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ipgraph.graph.PatentStatus;
import org.ipgraph.web.Page;

/**
 * A company's (or a portfolio's) exposure to NPE-held patents.
 *
 * @param company the company, or null for a bare portfolio
 * @param ownPatents how many own patents profile its technology
 * @param products product descriptions compared as well
 * @param asOf the date remaining lives are counted from
 * @param minNpeScore the NPE probability from which an owner's patents count
 * @param includeExpired whether patents that had ended were ranked too (flagged), else
 * only those in force or of unknown status
 * @param npeOwners the owners that reached it, most NPE-like first (at most 20)
 * @param ranked how many NPE-held patents were ranked
 * @param ended how many of them had ended (only with {@code includeExpired})
 * @param patents the page of ranked patents
 * @param method how the score is made
 */
public record ExposureReport(OwnerProfile.Ref company, int ownPatents, List<String> products, LocalDate asOf,
		double minNpeScore, boolean includeExpired, List<NpeOwner> npeOwners, int ranked, int ended,
		Page<ExposedPatent> patents, String method) {

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
	 * @param yearsLeft years of its term left (negative: years since it expired)
	 * @param legal its status and expiry; {@code legal.expired} is the badge of a patent
	 * that had ended on the report's day (listed only with {@code includeExpired})
	 * @param closest the company's closest patent (or product) and its title
	 * @param sharedCpc the CPC group it shares with the company
	 * @param sharedTerms the terms it shares with the closest patent
	 * @param assertedIn suits it was asserted in
	 * @param reasons the score in words
	 * @param evidence paths behind it
	 */
	public record ExposedPatent(String number, String title, NpeOwner owner, double score,
			Map<String, Double> components, Double yearsLeft, PatentStatus legal, OwnerProfile.Ref closest,
			String sharedCpc, List<String> sharedTerms, List<String> assertedIn, List<String> reasons,
			List<EvidencePath> evidence) {
	}

}
