package org.ipgraph.demo;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.ipgraph.graph.PersonName;

/**
 * The generated inventors, as parallel arrays so that a million-patent ecosystem stays
 * small. Each person has a career (first and last day), an employer, and for movers a
 * second employer from a move day on. People with name variants appear under a shorter
 * form on about a third of their patents.
 */
final class People {

	static final int NONE = -1;

	private int count;

	private long[] names = new long[1024];

	private boolean[] variants = new boolean[1024];

	private Org[] employer = new Org[1024];

	private Org[] next = new Org[1024];

	private int[] move = new int[1024];

	private int[] start = new int[1024];

	private int[] end = new int[1024];

	private Places.City[] home = new Places.City[1024];

	// Full names, made once: a PersonName tidies its parts with regular expressions
	private PersonName[] fullNames = new PersonName[1024];

	final PersonNames registry = new PersonNames();

	int add(Org employer, boolean variants, int start, int end, Places.City home, SplittableRandom random) {
		if (this.count == this.names.length) {
			grow();
		}
		int p = this.count++;
		int culture = PersonNames.culture(home.country(), random);
		this.names[p] = this.registry.claim(culture, variants, random);
		this.variants[p] = variants;
		this.employer[p] = employer;
		this.move[p] = Integer.MAX_VALUE;
		this.start[p] = start;
		this.end[p] = end;
		this.home[p] = home;
		if (employer != null) {
			employer.hire(p);
		}
		return p;
	}

	/**
	 * From {@code day} on, the person works for {@code to}.
	 */
	void move(int p, Org to, int day) {
		this.next[p] = to;
		this.move[p] = day;
		to.hire(p);
	}

	/**
	 * Whether the person works for this organization on this day.
	 */
	boolean worksFor(int p, Org org, int day) {
		if (day < this.start[p] || day >= this.end[p]) {
			return false;
		}
		return day < this.move[p] ? this.employer[p] == org : this.next[p] == org;
	}

	/**
	 * Someone working for the organization on this day, or {@link #NONE}; long-serving
	 * staff always qualify, so the answer is NONE only for organizations without staff.
	 */
	int pick(Org org, int day, SplittableRandom random) {
		int size = org.staffCount();
		if (size == 0) {
			return NONE;
		}
		for (int attempt = 0; attempt < 24; attempt++) {
			int p = org.staff(random.nextInt(size));
			if (worksFor(p, org, day)) {
				return p;
			}
		}
		// the first two hires of every organization serve the whole period
		return org.staff(random.nextInt(Math.min(2, size)));
	}

	PersonName name(int p, int variant) {
		if (variant != 0) {
			return PersonNames.name(this.names[p], variant);
		}
		PersonName name = this.fullNames[p];
		if (name == null) {
			name = PersonNames.name(this.names[p], 0);
			this.fullNames[p] = name;
		}
		return name;
	}

	/**
	 * The form printed on one patent: the full name, or for people with variants
	 * sometimes the name without middle initial or with initials only.
	 */
	int variant(int p, SplittableRandom random) {
		if (!this.variants[p] || random.nextInt(3) > 0) {
			return 0;
		}
		return random.nextBoolean() ? 1 : 2;
	}

	boolean hasVariants(int p) {
		return this.variants[p];
	}

	Org employer(int p) {
		return this.employer[p];
	}

	/** The second employer of a mover, else null. */
	Org next(int p) {
		return this.next[p];
	}

	int moveDay(int p) {
		return this.move[p];
	}

	Places.City home(int p) {
		return this.home[p];
	}

	int start(int p) {
		return this.start[p];
	}

	int end(int p) {
		return this.end[p];
	}

	int size() {
		return this.count;
	}

	private void grow() {
		int size = this.names.length * 2;
		this.names = Arrays.copyOf(this.names, size);
		this.variants = Arrays.copyOf(this.variants, size);
		this.employer = Arrays.copyOf(this.employer, size);
		this.next = Arrays.copyOf(this.next, size);
		this.move = Arrays.copyOf(this.move, size);
		this.start = Arrays.copyOf(this.start, size);
		this.end = Arrays.copyOf(this.end, size);
		this.home = Arrays.copyOf(this.home, size);
		this.fullNames = Arrays.copyOf(this.fullNames, size);
	}

}
