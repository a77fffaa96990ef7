package org.ipgraph.policies;

import java.util.List;

/**
 * The eligibility summary of a Policy or Fund node, as the text ingest stored it.
 *
 * @param id the node key
 * @param label Policy or Fund
 * @param title title or name
 * @param applicantKinds who may apply
 * @param excludedKinds who may not
 * @param sizes size conditions ({@code sme}, {@code small-business}, {@code micro},
 * {@code any})
 * @param preferredSizes sizes favoured without excluding others
 * @param regions where applicants must be
 * @param taxResidence for a tax relief, the country whose tax its claimants pay (the
 * text's own country): claimants must be resident there; empty for other policies
 * @param fieldCpc CPC prefixes the text restricts the fields to ({@code any} for none)
 * @param exampleCpc CPC prefixes of fields named as examples or in passing (outside a
 * sentence on who may apply): no condition
 * @param instruments grant, subsidy, loan-guarantee, risk-compensation, tax-relief,
 * investment, other
 * @param amounts amounts as written
 * @param deadlines deadlines as written
 * @param issuers issuing bodies
 */
public record PolicyFacts(String id, String label, String title, List<String> applicantKinds,
		List<String> excludedKinds, List<String> sizes, List<String> preferredSizes, List<String> regions,
		List<String> taxResidence, List<String> fieldCpc, List<String> exampleCpc, List<String> instruments,
		List<String> amounts, List<String> deadlines, List<String> issuers) {

}
