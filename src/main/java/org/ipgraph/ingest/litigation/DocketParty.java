package org.ipgraph.ingest.litigation;

/**
 * A plaintiff or defendant from the OCE {@code names} table.
 *
 * @param caseKey the case's graph key
 * @param rowId OCE {@code case_row_id}
 * @param plaintiff true for a plaintiff, false for a defendant
 * @param partyType the party type as written ({@code Plaintiff},
 * {@code Consolidated Defendant})
 * @param name the party's name as written
 */
record DocketParty(String caseKey, String rowId, boolean plaintiff, String partyType, String name) {
}
