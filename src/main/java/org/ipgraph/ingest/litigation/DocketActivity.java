package org.ipgraph.ingest.litigation;

import java.time.LocalDate;

/**
 * The docket entries of one case from the OCE {@code documents} table, counted (the table
 * has one row per entry, millions in all; their text is not kept).
 *
 * @param caseKey the case's graph key
 * @param rowId OCE {@code case_row_id}
 * @param entries how many docket entries
 * @param lastEntryOn the latest entry's filing date, or null
 */
record DocketActivity(String caseKey, String rowId, int entries, LocalDate lastEntryOn) {
}
