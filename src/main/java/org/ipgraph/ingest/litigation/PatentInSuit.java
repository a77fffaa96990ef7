package org.ipgraph.ingest.litigation;

import java.util.List;

import org.ipgraph.graph.PatentNumber;

/**
 * A patent in suit from the OCE {@code patents} table (hand-coded from the complaints).
 *
 * @param caseKey the case's graph key
 * @param rowId OCE {@code case_row_id}
 * @param patent the patent or publication
 * @param caseTypes OCE case-type codes ({@code case_type_1..3}), as written
 */
record PatentInSuit(String caseKey, String rowId, PatentNumber patent, List<String> caseTypes) {
}
