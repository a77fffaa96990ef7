package org.ipgraph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ipgraph.graph.OrganizationKind;

/**
 * One generated organization while the ecosystem is built.
 */
final class Org {

	final int index;

	final String key;

	final String name;

	final OrganizationKind kind;

	final Places.City city;

	/**
	 * Raw spellings patents use for this owner, all with the same key; the name first.
	 */
	final List<String> spellings = new ArrayList<>();

	String serviceType;

	String address;

	List<String> acronyms;

	Field field;

	Field second;

	double weight;

	Org parent;

	String relation;

	LocalDate since;

	boolean npe;

	private int[] staff = new int[4];

	private int staffCount;

	Org(int index, String key, String name, OrganizationKind kind, Places.City city) {
		this.index = index;
		this.key = key;
		this.name = name;
		this.kind = kind;
		this.city = city;
		this.spellings.add(name);
	}

	/**
	 * The top of its corporate tree: what ownership is rolled up to.
	 */
	Org top() {
		Org top = this;
		while (top.parent != null) {
			top = top.parent;
		}
		return top;
	}

	boolean sameGroup(Org other) {
		return top() == other.top();
	}

	boolean isApplicant() {
		return !this.npe && (this.kind == OrganizationKind.COMPANY || this.kind == OrganizationKind.UNIVERSITY
				|| this.kind == OrganizationKind.RESEARCH_INSTITUTE);
	}

	boolean works(Field field) {
		return this.field == field || this.second == field;
	}

	void hire(int person) {
		if (this.staffCount == this.staff.length) {
			this.staff = Arrays.copyOf(this.staff, this.staffCount * 2);
		}
		this.staff[this.staffCount++] = person;
	}

	int staffCount() {
		return this.staffCount;
	}

	int staff(int i) {
		return this.staff[i];
	}

	@Override
	public String toString() {
		return this.key;
	}

}
