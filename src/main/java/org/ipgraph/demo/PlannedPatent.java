package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A patent the planted structure needs, fixed before the stream is generated: its owners,
 * time, classification and citations to other planned patents. The stream emits it at its
 * position like any other patent.
 */
final class PlannedPatent {

	final int id;

	final int day;

	final Field field;

	final List<Org> owners;

	final List<String> cpc;

	/** Phrases its title and abstract are written from. */
	final List<String> phrases;

	/** Planned patents this one cites (only the older ones are kept). */
	final List<PlannedPatent> cites = new ArrayList<>();

	int index = -1;

	/** A near-duplicate of this patent: same text with small changes, same family. */
	PlannedPatent twinOf;

	/** An inventor from this organization joins the owner's inventors. */
	Org coInventorFrom;

	/**
	 * No earlier priority than the filing date, so the priority year is the filing year.
	 */
	boolean ownPriority;

	Org acquiredBy;

	LocalDate acquiredOn;

	PlannedPatent(int id, int day, Field field, List<Org> owners, List<String> cpc, List<String> phrases) {
		this.id = id;
		this.day = day;
		this.field = field;
		this.owners = List.copyOf(owners);
		this.cpc = List.copyOf(cpc);
		this.phrases = List.copyOf(phrases);
	}

	void cite(PlannedPatent older) {
		if (older != this && !this.cites.contains(older)) {
			this.cites.add(older);
		}
	}

}
