package org.ipgraph.pools;

import java.util.List;

/**
 * What an organizer asks for: a technology (a CPC group or keywords), a standard, or a
 * seed set of patents.
 *
 * @param kind which of the four
 * @param value the CPC symbol, the standard id or the keywords; null for a seed set
 * @param patents the seed patents (graph keys), empty unless {@code kind} is PATENTS
 * @param minOwners the least number of independent owner groups a candidate must have
 * @param includeExpired whether patents that have ended (expired, lapsed, withdrawn) are
 * in scope, flagged; by default only patents in force, pending or of unknown status are
 */
public record PoolQuery(Kind kind, String value, List<String> patents, int minOwners, boolean includeExpired) {

	public static final int DEFAULT_MIN_OWNERS = 3;

	public PoolQuery(Kind kind, String value, List<String> patents, int minOwners) {
		this(kind, value, patents, minOwners, false);
	}

	public PoolQuery {
		patents = patents == null ? List.of() : List.copyOf(patents);
		if (minOwners < DEFAULT_MIN_OWNERS) {
			throw new IllegalArgumentException(
					"minOwners must be at least " + DEFAULT_MIN_OWNERS + ": a pool needs three independent owners");
		}
	}

	public static PoolQuery cpc(String symbol, int minOwners) {
		return new PoolQuery(Kind.CPC, symbol, List.of(), minOwners);
	}

	public static PoolQuery standard(String id, int minOwners) {
		return new PoolQuery(Kind.STANDARD, id, List.of(), minOwners);
	}

	public static PoolQuery topic(String keywords, int minOwners) {
		return new PoolQuery(Kind.TOPIC, keywords, List.of(), minOwners);
	}

	public static PoolQuery patents(List<String> numbers, int minOwners) {
		return new PoolQuery(Kind.PATENTS, null, numbers, minOwners);
	}

	/**
	 * The same query, with or without the patents that have ended.
	 */
	public PoolQuery includingExpired(boolean include) {
		return new PoolQuery(this.kind, this.value, this.patents, this.minOwners, include);
	}

	public String describe() {
		String what = switch (this.kind) {
			case CPC -> "cpc " + this.value;
			case STANDARD -> "standard " + this.value;
			case TOPIC -> "topic \"" + this.value + "\"";
			case PATENTS -> this.patents.size() + " seed patents";
		};
		return this.includeExpired ? what + ", including patents that have ended" : what;
	}

	/**
	 * The kinds of query.
	 */
	public enum Kind {

		CPC, STANDARD, TOPIC, PATENTS

	}

}
