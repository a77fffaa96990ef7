package org.ipgraph.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ground truth about inventors: which generated person really invented each patent, and
 * under which Person node ids the graph knows them. One person can be several nodes: ids
 * are {@code person:<name key>@<first owner>}, so a move to another company, a co-owned
 * patent or a name printed without its middle initial gives another id. Inventors are
 * named {@code inventor:<n>}.
 */
public final class InventorTruth {

	private final Inventions inventions;

	private final People people;

	private final List<Org> orgs;

	private Map<String, String> byPersonId;

	InventorTruth(Inventions inventions, People people, List<Org> orgs) {
		this.inventions = inventions;
		this.people = people;
		this.orgs = orgs;
	}

	/**
	 * The real inventors of a demo patent, e.g. {@code [inventor:17, inventor:230]};
	 * empty for a number that is not a demo patent.
	 */
	public List<String> inventorsOf(String patentNumber) {
		int index = index(patentNumber);
		List<String> inventors = new ArrayList<>();
		if (index >= 0 && index < this.inventions.patents()) {
			for (int slot = this.inventions.from(index); slot < this.inventions.to(index); slot++) {
				inventors.add(id(this.inventions.person(slot)));
			}
		}
		return inventors;
	}

	/**
	 * The Person node ids an inventor appears under, in order of first appearance.
	 */
	public List<String> personIdsOf(String inventorId) {
		Set<String> ids = new LinkedHashSet<>();
		int person = person(inventorId);
		for (int index = 0; index < this.inventions.patents(); index++) {
			for (int slot = this.inventions.from(index); slot < this.inventions.to(index); slot++) {
				if (this.inventions.person(slot) == person) {
					ids.add(personId(index, slot));
				}
			}
		}
		return List.copyOf(ids);
	}

	/**
	 * The inventor a Person node stands for, if it is a demo inventor.
	 */
	public Optional<String> inventorOf(String personId) {
		return Optional.ofNullable(personIndex().get(personId));
	}

	/**
	 * Every demo inventor's Person node id with the inventor it stands for.
	 */
	public synchronized Map<String, String> personIndex() {
		if (this.byPersonId == null) {
			this.byPersonId = new java.util.LinkedHashMap<>();
			for (int index = 0; index < this.inventions.patents(); index++) {
				for (int slot = this.inventions.from(index); slot < this.inventions.to(index); slot++) {
					this.byPersonId.putIfAbsent(personId(index, slot), id(this.inventions.person(slot)));
				}
			}
			this.byPersonId = java.util.Collections.unmodifiableMap(this.byPersonId);
		}
		return this.byPersonId;
	}

	/**
	 * The demo patents an inventor invented, in filing order.
	 */
	public List<String> patentsOf(String inventorId) {
		int person = person(inventorId);
		List<String> patents = new ArrayList<>();
		for (int index = 0; index < this.inventions.patents(); index++) {
			for (int slot = this.inventions.from(index); slot < this.inventions.to(index); slot++) {
				if (this.inventions.person(slot) == person) {
					patents.add(Plan.number(index));
				}
			}
		}
		return patents;
	}

	/**
	 * The inventor's full name as printed on most of their patents.
	 */
	public String nameOf(String inventorId) {
		return this.people.name(person(inventorId), 0).display();
	}

	/**
	 * Whether the inventor changed employer (inventor mobility).
	 */
	public boolean moved(String inventorId) {
		return this.people.next(person(inventorId)) != null;
	}

	/**
	 * Whether some patents print the inventor's name in a shorter form.
	 */
	public boolean hasNameVariants(String inventorId) {
		return this.people.hasVariants(person(inventorId));
	}

	/**
	 * The organization ids an inventor worked for, in order.
	 */
	public List<String> employersOf(String inventorId) {
		int person = person(inventorId);
		List<String> employers = new ArrayList<>();
		if (this.people.employer(person) != null) {
			employers.add(this.people.employer(person).key);
		}
		if (this.people.next(person) != null) {
			employers.add(this.people.next(person).key);
		}
		return employers;
	}

	/**
	 * How many generated people exist (not all of them invent something).
	 */
	public int people() {
		return this.people.size();
	}

	String personId(int index, int slot) {
		int person = this.inventions.person(slot);
		int anchor = this.inventions.anchor(index);
		String at = anchor >= 0 ? this.orgs.get(anchor).key
				: this.people.home(person).country().toLowerCase(Locale.ROOT);
		return "person:" + this.people.name(person, this.inventions.form(slot)).key() + "@" + at;
	}

	static String id(int person) {
		return "inventor:" + person;
	}

	private int person(String inventorId) {
		if (inventorId == null || !inventorId.startsWith("inventor:")) {
			throw new IllegalArgumentException("not an inventor id: " + inventorId);
		}
		return Integer.parseInt(inventorId.substring("inventor:".length()));
	}

	private static int index(String patentNumber) {
		if (patentNumber == null || !patentNumber.startsWith("US")) {
			return -1;
		}
		try {
			return Integer.parseInt(patentNumber.substring(2)) - Plan.FIRST_NUMBER;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
