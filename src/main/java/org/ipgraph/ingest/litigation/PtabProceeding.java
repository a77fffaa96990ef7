package org.ipgraph.ingest.litigation;

import java.time.LocalDate;
import java.util.List;

import org.ipgraph.graph.PatentNumber;

/**
 * A PTAB trial (IPR, PGR, CBM, derivation) as the USPTO PTAB API describes it.
 *
 * @param number the proceeding number, {@code IPR2022-00037}: the case key
 * @param caseType ipr, pgr, cbm or der
 * @param filedOn accorded filing date, else the petition's filing date
 * @param institutedOn institution decision date
 * @param decidedOn final decision date
 * @param statusCategory the proceeding status as written
 * ({@code Final Written Decision - Appealed})
 * @param petitioner the petitioner's name
 * @param petitionerCounsel the petitioner's counsel
 * @param respondents the patent owner(s)
 * @param respondentCounsel the patent owner's counsel
 * @param patent the challenged patent, or null
 * @param applicationNumber its application number
 * @param grantDate its grant date
 * @param documents ids of the proceeding's documents listed in the file
 */
record PtabProceeding(String number, String caseType, LocalDate filedOn, LocalDate institutedOn, LocalDate decidedOn,
		String statusCategory, String petitioner, String petitionerCounsel, List<String> respondents,
		String respondentCounsel, PatentNumber patent, String applicationNumber, LocalDate grantDate,
		List<String> documents) {

	/**
	 * Whether the trial is over at the Board: decided, denied, terminated or settled.
	 */
	boolean closed() {
		if (this.decidedOn != null) {
			return true;
		}
		String status = this.statusCategory == null ? "" : this.statusCategory.toLowerCase(java.util.Locale.ROOT);
		return status.contains("final written decision") || status.contains("terminated") || status.contains("denied")
				|| status.contains("settled") || status.contains("dismissed");
	}

	String title() {
		String owner = this.respondents.isEmpty() ? "patent owner" : this.respondents.get(0);
		return (this.petitioner == null ? "Petitioner" : this.petitioner) + " v. " + owner
				+ (this.patent == null ? "" : " (" + this.patent.key() + ")");
	}

}
