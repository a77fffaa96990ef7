package org.ipgraph.ingest.litigation;

/**
 * An attorney of record from the OCE {@code attorneys} table.
 *
 * @param caseKey the case's graph key
 * @param rowId OCE {@code case_row_id}
 * @param side {@code plaintiff}, {@code defendant} or {@code other}
 * @param attorney the attorney's name
 * @param firm the attorney's firm read from the contact details, or null
 */
record DocketCounsel(String caseKey, String rowId, String side, String attorney, String firm) {
}
