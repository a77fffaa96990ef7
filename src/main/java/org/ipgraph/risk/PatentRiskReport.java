package org.ipgraph.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * The risk that a patent is asserted.
 *
 * @param number the patent
 * @param title its title
 * @param filed its filing (or priority) date
 * @param yearsLeft years of its 20-year term left, null when the filing date is unknown
 * @param owners its current owners with their NPE scores
 * @param score the probability and each factor's contribution
 * @param evidence the suits, trials, transfers and owner evidence behind it
 * @param notes remarks
 */
public record PatentRiskReport(String number, String title, LocalDate filed, Double yearsLeft,
		List<ExposureReport.NpeOwner> owners, PatentRiskScorer.Score score, List<EvidencePath> evidence,
		List<String> notes) {
}
