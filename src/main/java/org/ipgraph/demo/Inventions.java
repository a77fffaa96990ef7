package org.ipgraph.demo;

import java.util.Arrays;

/**
 * Who really invented each patent, by stream position, as compact arrays: the person
 * numbers and the name form printed, plus the anchor organization of the patent, from
 * which the Person node ids are derived again when asked. A million patents stay a few
 * tens of megabytes.
 */
final class Inventions {

	private final int[] offsets;

	private final int[] anchors;

	private int[] persons;

	private byte[] forms;

	private int size;

	private int next;

	Inventions(int patents) {
		this.offsets = new int[patents + 1];
		this.anchors = new int[patents];
		this.persons = new int[Math.max(16, patents * 3)];
		this.forms = new byte[this.persons.length];
	}

	/**
	 * Records the inventors of the next patent; patents come in stream order.
	 * @param anchor the first organization owner's index, or -1 when an individual owns
	 * it
	 */
	void add(int index, int[] inventors, int[] variants, int anchor) {
		if (index != this.next) {
			throw new IllegalStateException("patents must be recorded in order");
		}
		if (this.size + inventors.length > this.persons.length) {
			int length = Math.max(this.persons.length * 2, this.size + inventors.length);
			this.persons = Arrays.copyOf(this.persons, length);
			this.forms = Arrays.copyOf(this.forms, length);
		}
		for (int i = 0; i < inventors.length; i++) {
			this.persons[this.size + i] = inventors[i];
			this.forms[this.size + i] = (byte) variants[i];
		}
		this.size += inventors.length;
		this.anchors[index] = anchor;
		this.next++;
		this.offsets[this.next] = this.size;
	}

	int patents() {
		return this.next;
	}

	int from(int index) {
		return this.offsets[index];
	}

	int to(int index) {
		return this.offsets[index + 1];
	}

	int person(int slot) {
		return this.persons[slot];
	}

	int form(int slot) {
		return this.forms[slot];
	}

	int anchor(int index) {
		return this.anchors[index];
	}

}
