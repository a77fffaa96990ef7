package org.ipgraph.ingest.litigation;

import java.time.LocalDate;
import java.util.List;

import org.ipgraph.graph.PatentNumber;

/**
 * One recorded assignment (a reel/frame of the USPTO assignment records).
 *
 * @param reel reel number
 * @param frame frame number
 * @param conveyanceText the conveyance as recorded
 * @param conveyance what it conveys
 * @param recordedOn when the USPTO recorded it
 * @param executedOn the earliest execution date of an assignor, or null
 * @param assignors assignor names as written
 * @param assignees assignees with their addresses
 * @param patents the patents and publications it covers (applications without a number
 * are left out)
 * @param correspondent who filed the record with the USPTO (name as written), or null
 * @param correspondentAddress the correspondent's address lines
 */
record Assignment(String reel, String frame, String conveyanceText, Conveyance conveyance, LocalDate recordedOn,
		LocalDate executedOn, List<String> assignors, List<Assignee> assignees, List<AssignedPatent> patents,
		String correspondent, List<String> correspondentAddress) {

	/**
	 * The date the transfer took effect: execution, else recording.
	 */
	LocalDate date() {
		return this.executedOn != null ? this.executedOn : this.recordedOn;
	}

	String reelFrame() {
		return this.reel + "/" + this.frame;
	}

	/**
	 * @param name the name as written
	 * @param address street, city, state and postcode joined, or null
	 */
	record Assignee(String name, String address) {
	}

	/**
	 * @param number the patent, or the publication while there is no grant
	 * @param applicationNumber application number
	 * @param filingDate filing date
	 * @param grantDate issue date
	 * @param title title
	 * @param inventors the inventors' names as written
	 */
	record AssignedPatent(PatentNumber number, String applicationNumber, LocalDate filingDate, LocalDate grantDate,
			String title, List<String> inventors) {
	}

}
