package org.ipgraph.valuation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What valuation reads from the graph, held compactly: each described patent and its
 * dated events (citations received, assignments away, court cases, PTAB trials,
 * declarations, licences). The facts as of any date are computed from it without reading
 * the graph again. An event without a date counts as before every date and never as
 * after.
 */
public final class ValueData {

	/** A family with this many members is a large family. */
	static final int LARGE_FAMILY = 5;

	private static final int UNDATED = Integer.MIN_VALUE;

	enum Kind {

		CITATION, REASSIGNMENT, CASE, PTAB, DECLARATION, LICENCE

	}

	private final Map<String, Integer> index = new HashMap<>();

	private final List<Patent> patents = new ArrayList<>();

	private final List<int[]>[] events;

	private final int[] sizes;

	/** Seconds each read took, for reports. */
	final Map<String, Double> timings = new java.util.LinkedHashMap<>();

	@SuppressWarnings("unchecked")
	ValueData() {
		this.events = new List[Kind.values().length];
		this.sizes = new int[Kind.values().length];
		for (int k = 0; k < this.events.length; k++) {
			this.events[k] = new ArrayList<>();
		}
	}

	private record Patent(String number, String family, String jurisdiction, int born, String type, LocalDate filing,
			LocalDate grant, LocalDate expiry, int claims, String cpc) {
	}

	void patent(String number, String family, String jurisdiction, LocalDate born, String type, LocalDate filing,
			LocalDate grant, LocalDate expiry, int claims, String cpc) {
		this.index.put(number, this.patents.size());
		this.patents.add(new Patent(number, family, jurisdiction, day(born), type, filing, grant, expiry, claims, cpc));
	}

	/**
	 * Records an event of a patent read before (unknown patents are ignored).
	 */
	void event(String number, Kind kind, LocalDate on) {
		Integer i = this.index.get(number);
		if (i == null) {
			return;
		}
		int k = kind.ordinal();
		List<int[]> chunks = this.events[k];
		int at = this.sizes[k] % 4096;
		if (at == 0) {
			chunks.add(new int[2 * 4096]);
		}
		int[] chunk = chunks.get(chunks.size() - 1);
		chunk[2 * at] = i;
		chunk[2 * at + 1] = day(on);
		this.sizes[k]++;
	}

	/**
	 * The latest grant, publication or filing date of a described patent, or null.
	 */
	public LocalDate latest() {
		int latest = this.patents.stream().mapToInt(Patent::born).max().orElse(UNDATED);
		return latest == UNDATED ? null : LocalDate.ofEpochDay(latest);
	}

	public int patents() {
		return this.patents.size();
	}

	/**
	 * The facts of every patent that existed before {@code asOf}, with what happened from
	 * {@code asOf} until the day before {@code until} (null: no end).
	 */
	public List<PatentFacts> facts(LocalDate asOf, LocalDate until) {
		int cut = day(asOf);
		int end = until == null ? Integer.MAX_VALUE : day(until);
		int n = this.patents.size();
		int[][] before = new int[Kind.values().length][n];
		boolean[][] after = new boolean[Kind.values().length][n];
		for (Kind kind : Kind.values()) {
			int k = kind.ordinal();
			for (int e = 0; e < this.sizes[k]; e++) {
				int[] chunk = this.events[k].get(e / 4096);
				int patent = chunk[2 * (e % 4096)];
				int on = chunk[2 * (e % 4096) + 1];
				if (on == UNDATED || on < cut) {
					before[k][patent]++;
				}
				else if (on < end) {
					after[k][patent] = true;
				}
			}
		}
		Map<String, int[]> familySizes = new HashMap<>();
		Map<String, Set<String>> familyOffices = new HashMap<>();
		for (Patent p : this.patents) {
			if (p.family != null) {
				int[] size = familySizes.computeIfAbsent(p.family, f -> new int[2]);
				if (p.born < end) {
					size[1]++;
				}
				if (p.born < cut) {
					size[0]++;
					familyOffices.computeIfAbsent(p.family, f -> new HashSet<>()).add(p.jurisdiction);
				}
			}
		}
		List<PatentFacts> facts = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Patent p = this.patents.get(i);
			if (p.born >= cut) {
				continue;
			}
			int family = 1;
			int offices = 1;
			boolean largeLater = false;
			if (p.family != null) {
				int[] size = familySizes.get(p.family);
				family = size[0];
				offices = familyOffices.get(p.family).size();
				largeLater = size[0] < LARGE_FAMILY && size[1] >= LARGE_FAMILY;
			}
			LocalDate expiry = PatentTerm.expiry(p.expiry, p.type, p.filing, p.grant);
			Integer year = p.born == UNDATED ? null : LocalDate.ofEpochDay(p.born).getYear();
			int cases = before[Kind.CASE.ordinal()][i];
			int ptab = before[Kind.PTAB.ordinal()][i];
			boolean litigated = after[Kind.CASE.ordinal()][i] || after[Kind.PTAB.ordinal()][i];
			facts.add(new PatentFacts(p.number, Cohorts.key(p.cpc, year), before[Kind.CITATION.ordinal()][i], family,
					offices, p.claims, PatentTerm.yearsLeft(expiry, asOf), before[Kind.REASSIGNMENT.ordinal()][i],
					cases, ptab, before[Kind.DECLARATION.ordinal()][i], before[Kind.LICENCE.ordinal()][i],
					new PatentFacts.Outcomes(litigated, after[Kind.REASSIGNMENT.ordinal()][i],
							after[Kind.DECLARATION.ordinal()][i], largeLater)));
		}
		return facts;
	}

	private static int day(LocalDate date) {
		return date == null ? UNDATED : (int) date.toEpochDay();
	}

}
