package org.ipgraph.valuation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What valuation reads from the graph, held compactly in primitive columns: each
 * described patent (its graph node, number, family, office, dates, claims and main CPC
 * class) and its dated events (citations received, assignments away, court cases, PTAB
 * trials, declarations, licences). The facts as of any date are computed from it without
 * reading the graph again. An event without a date counts as before every date and never
 * as after.
 * <p>
 * Memory: about 60 bytes per patent (plus its number) and 8 bytes per event, whatever the
 * graph's size; query results are consumed record by record, never held.
 */
public final class ValueData {

	/** A family with this many members is a large family. */
	static final int LARGE_FAMILY = 5;

	private static final int UNDATED = Integer.MIN_VALUE;

	private static final int CHUNK = 4096;

	enum Kind {

		CITATION, REASSIGNMENT, CASE, PTAB, DECLARATION, LICENCE

	}

	private final Map<String, Integer> index = new HashMap<>();

	private final Map<String, Integer> families = new HashMap<>();

	private final Map<String, Integer> offices = new HashMap<>();

	private final Map<String, Integer> classes = new HashMap<>();

	private final List<String> classNames = new ArrayList<>();

	private int size;

	private String[] numbers = new String[CHUNK];

	private long[] nodes = new long[CHUNK];

	// per patent: family, office and CPC class as interned ids (-1: none), whether the
	// class is of the main classification (1), dates as epoch days, claims
	private enum Column {

		FAMILY, OFFICE, CPC_CLASS, CPC_MAIN, BORN, EXPIRY, CLAIMS

	}

	private int[][] columns = new int[Column.values().length][CHUNK];

	// node ids in ascending order and the patent each is
	private long[] sortedNodes = new long[0];

	private int[] sortedPatents = new int[0];

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

	/**
	 * Records a described patent.
	 * @param node its graph node id, which the events name it by
	 * @param expiry the end of its term, stored or computed ({@link PatentTerm}), or null
	 * @param claims its number of claims, -1 when unknown
	 */
	void patent(long node, String number, String family, String jurisdiction, LocalDate born, LocalDate expiry,
			int claims) {
		int i = this.size;
		if (i == this.numbers.length) {
			grow();
		}
		this.index.put(number, i);
		this.numbers[i] = number;
		this.nodes[i] = node;
		column(Column.FAMILY)[i] = family == null ? -1
				: this.families.computeIfAbsent(family, f -> this.families.size());
		// an unknown office counts as one office, as a set with null in it would
		column(Column.OFFICE)[i] = this.offices.computeIfAbsent(jurisdiction == null ? "" : jurisdiction,
				o -> this.offices.size());
		column(Column.CPC_CLASS)[i] = -1;
		column(Column.BORN)[i] = day(born);
		column(Column.EXPIRY)[i] = day(expiry);
		column(Column.CLAIMS)[i] = claims;
		this.size++;
	}

	private int[] column(Column column) {
		return this.columns[column.ordinal()];
	}

	private void grow() {
		int n = this.numbers.length * 2;
		this.numbers = Arrays.copyOf(this.numbers, n);
		this.nodes = Arrays.copyOf(this.nodes, n);
		for (int c = 0; c < this.columns.length; c++) {
			this.columns[c] = Arrays.copyOf(this.columns[c], n);
		}
	}

	/**
	 * The patent a graph node is, or -1 when it is not a described patent.
	 */
	int patentOf(long node) {
		int at = Arrays.binarySearch(this.sortedNodes, node);
		return at < 0 ? -1 : this.sortedPatents[at];
	}

	/**
	 * Ends the reading of patents: from now on events may name them by node, also from
	 * several threads at once (each kind of event from one).
	 */
	void patentsRead() {
		this.sortedNodes = Arrays.copyOf(this.nodes, this.size);
		this.sortedPatents = IntStream.range(0, this.size).toArray();
		boolean ascending = true;
		for (int i = 1; i < this.size && ascending; i++) {
			ascending = this.nodes[i - 1] < this.nodes[i];
		}
		if (!ascending) {
			// a label scan reads nodes in id order, so this is rarely needed
			Integer[] order = new Integer[this.size];
			Arrays.setAll(order, i -> i);
			Arrays.sort(order, (a, b) -> Long.compare(this.nodes[a], this.nodes[b]));
			for (int r = 0; r < this.size; r++) {
				this.sortedNodes[r] = this.nodes[order[r]];
				this.sortedPatents[r] = order[r];
			}
		}
	}

	/**
	 * Records a classification of the patent at graph node {@code node}: the main one
	 * ({@code first}) wins, else the first read.
	 */
	void classification(long node, String symbol, boolean first) {
		int i = patentOf(node);
		if (i < 0 || symbol == null || symbol.length() < 3
				|| (column(Column.CPC_CLASS)[i] >= 0 && (column(Column.CPC_MAIN)[i] == 1 || !first))) {
			return;
		}
		column(Column.CPC_CLASS)[i] = this.classes.computeIfAbsent(symbol.substring(0, 3), c -> {
			this.classNames.add(c);
			return this.classNames.size() - 1;
		});
		column(Column.CPC_MAIN)[i] = first ? 1 : 0;
	}

	/**
	 * Records a citation received by the patent at graph node {@code cited}, dated by the
	 * citing patent's grant (else publication, else filing) date; undated when the citing
	 * node is not a described patent.
	 */
	void citation(long citing, long cited) {
		int i = patentOf(cited);
		if (i >= 0) {
			int q = patentOf(citing);
			add(i, Kind.CITATION, q < 0 ? UNDATED : column(Column.BORN)[q]);
		}
	}

	/**
	 * Records an event of the patent at graph node {@code node} (other nodes are
	 * ignored).
	 */
	void event(long node, Kind kind, LocalDate on) {
		int i = patentOf(node);
		if (i >= 0) {
			add(i, kind, day(on));
		}
	}

	private void add(int i, Kind kind, int on) {
		int k = kind.ordinal();
		List<int[]> chunks = this.events[k];
		int at = this.sizes[k] % CHUNK;
		if (at == 0) {
			chunks.add(new int[2 * CHUNK]);
		}
		int[] chunk = chunks.get(chunks.size() - 1);
		chunk[2 * at] = i;
		chunk[2 * at + 1] = on;
		this.sizes[k]++;
	}

	/**
	 * The latest grant, publication or filing date of a described patent, or null.
	 */
	public LocalDate latest() {
		int latest = IntStream.range(0, this.size).map(i -> column(Column.BORN)[i]).max().orElse(UNDATED);
		return latest == UNDATED ? null : LocalDate.ofEpochDay(latest);
	}

	public int patents() {
		return this.size;
	}

	/**
	 * The graph node of each patent, in the order of {@code facts}; -1 for a patent not
	 * read from the graph.
	 */
	long[] nodes(List<PatentFacts> facts) {
		long[] ids = new long[facts.size()];
		for (int f = 0; f < ids.length; f++) {
			Integer i = this.index.get(facts.get(f).number());
			ids[f] = i == null ? -1 : this.nodes[i];
		}
		return ids;
	}

	/**
	 * The facts of every patent that existed before {@code asOf}, with what happened from
	 * {@code asOf} until the day before {@code until} (null: no end).
	 */
	public List<PatentFacts> facts(LocalDate asOf, LocalDate until) {
		int cut = day(asOf);
		int end = until == null ? Integer.MAX_VALUE : day(until);
		int n = this.size;
		int[][] before = new int[Kind.values().length][n];
		boolean[][] after = new boolean[Kind.values().length][n];
		for (Kind kind : Kind.values()) {
			int k = kind.ordinal();
			for (int e = 0; e < this.sizes[k]; e++) {
				int[] chunk = this.events[k].get(e / CHUNK);
				int patent = chunk[2 * (e % CHUNK)];
				int on = chunk[2 * (e % CHUNK) + 1];
				if (on == UNDATED || on < cut) {
					before[k][patent]++;
				}
				else if (on < end) {
					after[k][patent] = true;
				}
			}
		}
		// per family: members before the cut, before the end, and the offices before the
		// cut (as a sorted list of office ids, small)
		int[] membersBefore = new int[this.families.size()];
		int[] membersUntil = new int[this.families.size()];
		int[][] familyOffices = new int[this.families.size()][];
		for (int i = 0; i < n; i++) {
			int f = column(Column.FAMILY)[i];
			if (f >= 0) {
				if (column(Column.BORN)[i] < end) {
					membersUntil[f]++;
				}
				if (column(Column.BORN)[i] < cut) {
					membersBefore[f]++;
					familyOffices[f] = withOffice(familyOffices[f], column(Column.OFFICE)[i]);
				}
			}
		}
		List<PatentFacts> facts = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (column(Column.BORN)[i] >= cut) {
				continue;
			}
			int members = 1;
			int offices = 1;
			boolean largeLater = false;
			int f = column(Column.FAMILY)[i];
			if (f >= 0) {
				members = membersBefore[f];
				offices = familyOffices[f].length;
				largeLater = membersBefore[f] < LARGE_FAMILY && membersUntil[f] >= LARGE_FAMILY;
			}
			String cohort = column(Column.CPC_CLASS)[i] < 0 || column(Column.BORN)[i] == UNDATED ? null
					: this.classNames.get(column(Column.CPC_CLASS)[i]) + " "
							+ LocalDate.ofEpochDay(column(Column.BORN)[i]).getYear();
			double yearsLeft = column(Column.EXPIRY)[i] == UNDATED ? Double.NaN
					: Math.max(0, (column(Column.EXPIRY)[i] - cut) / 365.25);
			boolean litigated = after[Kind.CASE.ordinal()][i] || after[Kind.PTAB.ordinal()][i];
			facts.add(new PatentFacts(this.numbers[i], cohort, before[Kind.CITATION.ordinal()][i], members, offices,
					column(Column.CLAIMS)[i], yearsLeft, before[Kind.REASSIGNMENT.ordinal()][i],
					before[Kind.CASE.ordinal()][i], before[Kind.PTAB.ordinal()][i],
					before[Kind.DECLARATION.ordinal()][i], before[Kind.LICENCE.ordinal()][i],
					new PatentFacts.Outcomes(litigated, after[Kind.REASSIGNMENT.ordinal()][i],
							after[Kind.DECLARATION.ordinal()][i], largeLater)));
		}
		return facts;
	}

	private static int[] withOffice(int[] offices, int office) {
		if (offices == null) {
			return new int[] { office };
		}
		for (int o : offices) {
			if (o == office) {
				return offices;
			}
		}
		int[] more = Arrays.copyOf(offices, offices.length + 1);
		more[offices.length] = office;
		return more;
	}

	private static int day(LocalDate date) {
		return date == null ? UNDATED : (int) date.toEpochDay();
	}

}
