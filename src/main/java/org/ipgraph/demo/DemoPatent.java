package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.Map;

import org.ipgraph.ingest.PatentRecord;

/**
 * A generated patent as any importer would see it, plus the end of ownership for owners
 * that later assigned it away (the assignee's own OWNS is a separate relationship).
 *
 * @param record the patent, its applicants, inventors, classifications and citations
 * @param ownedUntil applicant organization key to the date its ownership ended
 */
public record DemoPatent(PatentRecord record, Map<String, LocalDate> ownedUntil) {

	public DemoPatent {
		ownedUntil = Map.copyOf(ownedUntil);
	}

	public String number() {
		return this.record.number().key();
	}

}
