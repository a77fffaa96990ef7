package org.ipgraph.experts;

import java.io.Serializable;

/**
 * The corpus vocabulary without its strings: an open-addressing table from a 64-bit hash
 * of each term to its id, 12 bytes a slot instead of a {@code HashMap} entry, a boxed id
 * and the term itself (about 100 bytes a term, and a large corpus has millions of stem
 * pairs). Two different terms share an id only if their 64-bit hashes collide: for ten
 * million terms the chance that any pair does is about one in 370,000, and it would only
 * merge the two terms' postings.
 */
final class TermIds implements Serializable {

	/**
	 * Pinned to the value of the layout it was computed for, so that a snapshot survives
	 * a change of methods; change it when the fields change.
	 */
	private static final long serialVersionUID = -1966243987612789444L;

	private long[] hashes;

	private int[] ids;

	private int size;

	TermIds() {
		this(1 << 12);
	}

	private TermIds(int capacity) {
		this.hashes = new long[capacity];
		this.ids = new int[capacity];
	}

	int size() {
		return this.size;
	}

	/**
	 * The id of a term, or -1 when it was never added.
	 */
	int id(String term) {
		return idOfHash(hash(term));
	}

	/**
	 * The id of a term, a new one (the next number) when it is new.
	 */
	int add(String term) {
		return addHash(hash(term));
	}

	/**
	 * The id of a term given by its {@link #hash}, a new one when it is new (an increment
	 * copies terms from a corpus that keeps only their hashes).
	 */
	int addHash(long hash) {
		if (2 * (this.size + 1) > this.hashes.length) {
			grow();
		}
		int mask = this.hashes.length - 1;
		int slot = (int) hash & mask;
		while (this.hashes[slot] != 0) {
			if (this.hashes[slot] == hash) {
				return this.ids[slot];
			}
			slot = (slot + 1) & mask;
		}
		this.hashes[slot] = hash;
		this.ids[slot] = this.size;
		return this.size++;
	}

	/**
	 * The id of a term given by its {@link #hash}, or -1 when it was never added.
	 */
	int idOfHash(long hash) {
		int mask = this.hashes.length - 1;
		for (int slot = (int) hash & mask;; slot = (slot + 1) & mask) {
			if (this.hashes[slot] == 0) {
				return -1;
			}
			if (this.hashes[slot] == hash) {
				return this.ids[slot];
			}
		}
	}

	/**
	 * A vocabulary whose id i is the term of {@code hashes[i]}.
	 */
	static TermIds of(long[] hashes) {
		int capacity = 1 << 12;
		while (2 * (hashes.length + 1) > capacity) {
			capacity *= 2;
		}
		TermIds ids = new TermIds(capacity);
		for (long hash : hashes) {
			ids.addHash(hash);
		}
		return ids;
	}

	/**
	 * Each id's term hash, by id.
	 */
	long[] hashesById() {
		long[] byId = new long[this.size];
		for (int slot = 0; slot < this.hashes.length; slot++) {
			if (this.hashes[slot] != 0) {
				byId[this.ids[slot]] = this.hashes[slot];
			}
		}
		return byId;
	}

	private void grow() {
		long[] hashes = this.hashes;
		int[] ids = this.ids;
		this.hashes = new long[hashes.length * 2];
		this.ids = new int[hashes.length * 2];
		int mask = this.hashes.length - 1;
		for (int i = 0; i < hashes.length; i++) {
			if (hashes[i] != 0) {
				int slot = (int) hashes[i] & mask;
				while (this.hashes[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				this.hashes[slot] = hashes[i];
				this.ids[slot] = ids[i];
			}
		}
	}

	/**
	 * FNV-1a over the characters, then a 64-bit finalizer (MurmurHash3's) so that the low
	 * bits that pick the slot depend on every character; never 0 (an empty slot).
	 */
	static long hash(String term) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < term.length(); i++) {
			h ^= term.charAt(i);
			h *= 0x100000001b3L;
		}
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h == 0 ? 1 : h;
	}

}
