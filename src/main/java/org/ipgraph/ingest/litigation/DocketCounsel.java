package org.ipgraph.ingest.litigation;

/**
 * An attorney of record from the OCE {@code attorneys} table.
 *
 * @param caseKey the case's graph key
 * @param rowId OCE {@code case_row_id}
 * @param side {@code plaintiff}, {@code defendant} or {@code other}
 * @param attorney the attorney's name
 */
record DocketCounsel(String caseKey, String rowId, String side, String attorney) {
}
