package org.ipgraph.ingest.litigation;

import java.time.LocalDate;

/**
 * A district-court case from the OCE {@code cases} table.
 *
 * @param key graph key, {@code txed:2:15-cv-01234}
 * @param rowId OCE {@code case_row_id}
 * @param court the district code ({@code txed})
 * @param courtName the court as OCE names it, or null
 * @param title the case name ({@code Acme Corp v. Globex Corp})
 * @param filedOn filing date
 * @param closedOn closing date, null while open
 * @param cause the PACER cause of action ({@code 35:271 Patent Infringement})
 * @param declaratoryJudgment whether the cause is a declaratory judgment (28 U.S.C.
 * 2201): its plaintiff is then the accused infringer, not the patent owner
 */
record DocketCase(String key, String rowId, String court, String courtName, String title, LocalDate filedOn,
		LocalDate closedOn, String cause, boolean declaratoryJudgment) {
}
