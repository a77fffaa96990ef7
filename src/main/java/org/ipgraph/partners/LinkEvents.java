package org.ipgraph.partners;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When each pair of organizations was first linked, by kind of link: the priority year of
 * their first co-owned patent, the first year a person appears on both sides' patents,
 * and the first year one side's patent cites the other's. Training labels and evaluation
 * truth come from here.
 */
public final class LinkEvents {

	/** The year of a link that never happened. */
	public static final int NEVER = Integer.MAX_VALUE;

	/** How many years with few links {@link #trainingEnd} may move back over. */
	static final int MAX_THIN_YEARS = 3;

	/**
	 * How many years, with few links or none, {@link #trainingEnd} may move back over.
	 */
	static final int MAX_END_STEPS = 10;

	/**
	 * What counts as a link.
	 */
	public enum Kind {

		/** A co-owned patent or a shared inventor, whichever comes first. */
		COLLABORATION,

		/** A co-owned patent. */
		CO_APPLICATION,

		/** The first organization's patent cites the second's. */
		CITES,

		/** The second organization's patent cites the first's. */
		CITED_BY

	}

	private final Map<Long, Integer> coApplication = new HashMap<>();

	private final Map<Long, Integer> sharedInventor = new HashMap<>();

	/** Directed pair to the distinct years of citations, ascending. */
	private final Map<Long, int[]> citation = new HashMap<>();

	public LinkEvents(PartnerGraph g) {
		Map<Long, java.util.TreeSet<Integer>> cited = new HashMap<>();
		for (int p = 0; p < g.patents(); p++) {
			int year = g.patentYears[p];
			int[] owners = g.patentOwners[p];
			for (int i = 0; i < owners.length; i++) {
				for (int j = i + 1; j < owners.length; j++) {
					this.coApplication.merge(undirected(owners[i], owners[j]), year, Math::min);
				}
				for (int q : g.patentCites[p]) {
					for (int b : g.patentOwners[q]) {
						if (b != owners[i]) {
							cited.computeIfAbsent(directed(owners[i], b), k -> new java.util.TreeSet<>()).add(year);
						}
					}
				}
			}
		}
		cited.forEach((k, years) -> this.citation.put(k, years.stream().mapToInt(Integer::intValue).toArray()));
		Map<Integer, Map<Integer, Integer>> firstAt = new HashMap<>();
		for (int p = 0; p < g.patents(); p++) {
			for (int person : g.patentInventors[p]) {
				Map<Integer, Integer> at = firstAt.computeIfAbsent(g.personNames[person], n -> new HashMap<>());
				for (int o : g.patentOwners[p]) {
					at.merge(o, g.patentYears[p], Math::min);
				}
			}
		}
		for (Map<Integer, Integer> at : firstAt.values()) {
			if (at.size() < 2 || at.size() > Links.COMMON_NAME) {
				continue;
			}
			List<Map.Entry<Integer, Integer>> entries = List.copyOf(at.entrySet());
			for (int i = 0; i < entries.size(); i++) {
				for (int j = i + 1; j < entries.size(); j++) {
					int year = Math.max(entries.get(i).getValue(), entries.get(j).getValue());
					this.sharedInventor.merge(undirected(entries.get(i).getKey(), entries.get(j).getKey()), year,
							Math::min);
				}
			}
		}
	}

	/**
	 * Where training windows should end when the graph's newest patents end at
	 * {@code end}: {@code end}, moved back one year at a time while the year before it
	 * holds fewer links than half the busiest of the three years before that (over at
	 * most {@link #MAX_THIN_YEARS} years with some links, and years with none, up to
	 * {@link #MAX_END_STEPS} in all). A small ingest of newer patents (a weekly file)
	 * adds a year with few links, and windows ending there would label almost every pair
	 * negative.
	 */
	public int trainingEnd(int end) {
		Map<Integer, Integer> perYear = new HashMap<>();
		this.coApplication.values().forEach(y -> perYear.merge(y, 1, Integer::sum));
		this.sharedInventor.values().forEach(y -> perYear.merge(y, 1, Integer::sum));
		this.citation.values().forEach(years -> {
			for (int y : years) {
				perYear.merge(y, 1, Integer::sum);
			}
		});
		int at = end;
		int thinYears = 0;
		for (int step = 0; step < MAX_END_STEPS; step++) {
			int last = perYear.getOrDefault(at - 1, 0);
			int busiest = 0;
			for (int k = 2; k <= 4; k++) {
				busiest = Math.max(busiest, perYear.getOrDefault(at - k, 0));
			}
			if (busiest == 0 || 2L * last >= busiest) {
				break;
			}
			if (last > 0 && ++thinYears > MAX_THIN_YEARS) {
				break;
			}
			at--;
		}
		return at;
	}

	/**
	 * The year the pair was first linked, or {@link #NEVER}.
	 */
	public int first(Kind kind, int a, int b) {
		return switch (kind) {
			case CO_APPLICATION -> this.coApplication.getOrDefault(undirected(a, b), NEVER);
			case COLLABORATION -> Math.min(this.coApplication.getOrDefault(undirected(a, b), NEVER),
					this.sharedInventor.getOrDefault(undirected(a, b), NEVER));
			case CITES -> firstCitation(a, b);
			case CITED_BY -> firstCitation(b, a);
		};
	}

	/**
	 * Whether the link happened in [from, to): for collaborations, the first one (a new
	 * partner); citations may repeat (a source one keeps building on).
	 */
	boolean happened(Kind kind, int a, int b, int from, int to) {
		if (!repeatable(kind)) {
			int first = first(kind, a, b);
			return first >= from && first < to;
		}
		int[] years = kind == Kind.CITES ? this.citation.get(directed(a, b)) : this.citation.get(directed(b, a));
		if (years == null) {
			return false;
		}
		for (int y : years) {
			if (y >= from && y < to) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the pair is out of the question at {@code from}: first-time links that
	 * already happened before it.
	 */
	public boolean linkedBefore(Kind kind, int a, int b, int from) {
		return !repeatable(kind) && first(kind, a, b) < from;
	}

	/**
	 * Every pair linked in [from, to) (see {@link #happened}), (a, b) ascending for
	 * undirected kinds.
	 */
	public List<int[]> linkedIn(Kind kind, int from, int to) {
		java.util.Set<Long> keys = new java.util.HashSet<>();
		switch (kind) {
			case CO_APPLICATION -> keys.addAll(this.coApplication.keySet());
			case COLLABORATION -> {
				keys.addAll(this.coApplication.keySet());
				keys.addAll(this.sharedInventor.keySet());
			}
			case CITES, CITED_BY -> keys.addAll(this.citation.keySet());
		}
		return keys.stream().map(k -> {
			int a = (int) (k >>> 32);
			int b = (int) (long) k;
			return kind == Kind.CITED_BY ? new int[] { b, a } : new int[] { a, b };
		})
			.filter(p -> happened(kind, p[0], p[1], from, to))
			.sorted(java.util.Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]))
			.toList();
	}

	static boolean repeatable(Kind kind) {
		return kind == Kind.CITES || kind == Kind.CITED_BY;
	}

	private int firstCitation(int from, int to) {
		int[] years = this.citation.get(directed(from, to));
		return years == null ? NEVER : years[0];
	}

	private static long undirected(int a, int b) {
		return ((long) Math.min(a, b) << 32) | Math.max(a, b);
	}

	private static long directed(int a, int b) {
		return ((long) a << 32) | b;
	}

}
