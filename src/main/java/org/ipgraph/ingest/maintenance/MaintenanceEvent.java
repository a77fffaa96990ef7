package org.ipgraph.ingest.maintenance;

import java.time.LocalDate;

import org.ipgraph.graph.PatentNumber;

/**
 * One line of the maintenance-fee events file.
 *
 * @param patent the patent
 * @param applicationNumber its application number
 * @param entity small-entity status at the event: Y (small), N (large), M (micro)
 * @param filingDate the application's filing date
 * @param grantDate the grant date
 * @param on the event's entry date
 * @param code the event code ({@code M1551}, {@code EXP.}, {@code EXPX}...)
 * @param line the line number in the file
 */
record MaintenanceEvent(PatentNumber patent, String applicationNumber, String entity, LocalDate filingDate,
		LocalDate grantDate, LocalDate on, String code, long line) {

	/** Expired for failure to pay a maintenance fee. */
	static final String EXPIRED = "EXP.";

	/** Reinstated after the late payment was accepted. */
	static final String REINSTATED = "EXPX";

	String id() {
		return "uspto-maintenance-fee:" + this.patent.key() + ":" + this.code + ":" + this.on;
	}

	boolean changesStatus() {
		return EXPIRED.equals(this.code) || REINSTATED.equals(this.code);
	}

	/**
	 * What the code means, in the USPTO's words where the code is a common one, else
	 * null.
	 */
	String description() {
		return switch (this.code) {
			case EXPIRED -> "Patent expired for failure to pay maintenance fees";
			case REINSTATED -> "Patent reinstated after maintenance fee payment confirmed";
			case "REM." -> "Maintenance fee reminder mailed";
			case "PMFP" -> "Petition related to maintenance fees filed";
			case "PMFG" -> "Petition related to maintenance fees granted";
			case "PMFD" -> "Petition related to maintenance fees denied";
			case "M1551", "M2551", "M3551" -> "Payment of maintenance fee, 4th year" + entityWords();
			case "M1552", "M2552", "M3552" -> "Payment of maintenance fee, 8th year" + entityWords();
			case "M1553", "M2553", "M3553" -> "Payment of maintenance fee, 12th year" + entityWords();
			default -> null;
		};
	}

	private String entityWords() {
		return switch (this.code.charAt(1)) {
			case '1' -> ", large entity";
			case '2' -> ", small entity";
			case '3' -> ", micro entity";
			default -> "";
		};
	}

}
