package org.ipgraph.partners;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

import org.ipgraph.similarity.SparseVector;

/**
 * Every organization's profile at one moment: the patents filed (by priority year) before
 * {@code asOf}, as CPC vectors at two levels, a main-group distribution, a TF-IDF text
 * centroid, portfolio size and recent activity, plus the relations between organizations
 * ({@link Links}) and how often CPC main groups go together ({@link CodeAssociations}).
 * Built once per moment and shared by every request; the service keeps the present one,
 * training builds past ones.
 */
public final class Profiles implements Serializable {

	/** A moment after every fact: the present. */
	static final int NOW = Integer.MAX_VALUE;

	static final int RECENT_YEARS = 3;

	private static final int CENTROID_TERMS = 256;

	final PartnerGraph graph;

	public final int asOf;

	/**
	 * Whether portfolios count only patents that have not ended (the present profiles a
	 * request uses by default); the graph's past and its links count every patent.
	 */
	final boolean inForceOnly;

	public final int[] patentCount;

	final int[] recentCount;

	/** Subgroup-level CPC profile, IDF-weighted, L2-normalized. */
	final SparseVector[] cpc;

	/** Subclass-level CPC profile, IDF-weighted, L2-normalized. */
	final SparseVector[] broad;

	/** Share of the organization's classifications per CPC main group (sums to 1). */
	final SparseVector[] groups;

	/** TF-IDF centroid of the organization's patents, L2-normalized. */
	final SparseVector[] text;

	/** Share of the organization's patents per office (where it files), L2-normalized. */
	final SparseVector[] offices;

	public final Links links;

	final CodeAssociations associations;

	/**
	 * What these profiles computed over the whole corpus, kept by an increment as the
	 * models are: CPC idf at both levels, the reference year of recent activity and the
	 * code associations.
	 */
	final Statistics statistics;

	private Profiles(PartnerGraph graph, int asOf, boolean inForceOnly, Statistics kept) {
		this.graph = graph;
		this.asOf = asOf;
		this.inForceOnly = inForceOnly;
		int orgs = graph.organizations();
		this.patentCount = new int[orgs];
		this.recentCount = new int[orgs];
		this.cpc = new SparseVector[orgs];
		this.broad = new SparseVector[orgs];
		this.groups = new SparseVector[orgs];
		this.text = new SparseVector[orgs];
		this.offices = new SparseVector[orgs];
		if (kept == null) {
			int[] known = new int[1];
			double[] codeIdf = idf(graph.codes.length, graph.patentCodes, c -> c, known);
			double[] subclassIdf = idf(graph.subclasses.length, graph.patentCodes, c -> graph.codeSubclass[c], known);
			this.statistics = new Statistics(graph.codes, codeIdf, graph.subclasses, subclassIdf,
					Math.log(1.0 + known[0]) + 1.0, asOf == NOW ? graph.lastYear() + 1 : asOf, null);
		}
		else {
			this.statistics = kept;
		}
		double[] codeIdf = this.statistics.codeIdf(graph);
		double[] subclassIdf = this.statistics.subclassIdf(graph);
		for (int o = 0; o < orgs; o++) {
			profile(o, codeIdf, subclassIdf);
		}
		this.links = new Links(this);
		this.associations = kept != null && kept.associations() != null ? kept.associations().on(graph)
				: new CodeAssociations(this);
	}

	/**
	 * A previous graph's profiles for an increment's graph
	 * ({@link PartnerGraph#patched}): the organizations owning a patent read again
	 * (before or after) and new ones are profiled again with the kept statistics, every
	 * other profile is shared, and the links are patched
	 * ({@link Links#Links(Links, Profiles, int[])}).
	 */
	private Profiles(Profiles previous, PartnerGraph graph) {
		this.graph = graph;
		this.asOf = previous.asOf;
		this.inForceOnly = previous.inForceOnly;
		this.statistics = previous.kept();
		int orgs = graph.organizations();
		int before = previous.patentCount.length;
		this.patentCount = java.util.Arrays.copyOf(previous.patentCount, orgs);
		this.recentCount = java.util.Arrays.copyOf(previous.recentCount, orgs);
		this.cpc = java.util.Arrays.copyOf(previous.cpc, orgs);
		this.broad = java.util.Arrays.copyOf(previous.broad, orgs);
		this.groups = java.util.Arrays.copyOf(previous.groups, orgs);
		this.text = java.util.Arrays.copyOf(previous.text, orgs);
		this.offices = java.util.Arrays.copyOf(previous.offices, orgs);
		double[] codeIdf = this.statistics.codeIdf(graph);
		double[] subclassIdf = this.statistics.subclassIdf(graph);
		java.util.TreeSet<Integer> touched = new java.util.TreeSet<>();
		for (int o : graph.touched) {
			touched.add(o);
		}
		for (int o = before; o < orgs; o++) {
			touched.add(o);
		}
		int[] again = touched.stream().mapToInt(Integer::intValue).toArray();
		for (int o : again) {
			this.patentCount[o] = 0;
			this.recentCount[o] = 0;
			profile(o, codeIdf, subclassIdf);
		}
		this.links = new Links(previous.links, this, again);
		this.associations = this.statistics.associations().on(graph);
	}

	/**
	 * An increment's present profiles: see {@link #Profiles(Profiles, PartnerGraph)}.
	 */
	static Profiles patched(Profiles previous, PartnerGraph graph) {
		return new Profiles(previous, graph);
	}

	/**
	 * The statistics an increment or a whole build that keeps them takes over: these
	 * profiles' with their code associations.
	 */
	Statistics kept() {
		return this.statistics.associations() != null ? this.statistics : this.statistics.with(this.associations);
	}

	private void profile(int o, double[] codeIdf, double[] subclassIdf) {
		PartnerGraph graph = this.graph;
		int reference = this.statistics.reference();
		Map<Integer, Double> codes = new HashMap<>();
		Map<Integer, Double> subclasses = new HashMap<>();
		Map<Integer, Double> mainGroups = new HashMap<>();
		Map<Integer, Double> terms = new HashMap<>();
		Map<Integer, Double> filedAt = new HashMap<>();
		for (int p : graph.orgPatents[o]) {
			if (!counts(p)) {
				continue;
			}
			this.patentCount[o]++;
			int year = graph.patentYears[p];
			if (year != PartnerGraph.UNDATED && year >= reference - RECENT_YEARS) {
				this.recentCount[o]++;
			}
			if (graph.patentOffices[p] >= 0) {
				filedAt.merge(graph.patentOffices[p], 1.0, Double::sum);
			}
			int[] patentCodes = graph.patentCodes[p];
			for (int c : patentCodes) {
				codes.merge(c, codeIdf[c], Double::sum);
				subclasses.merge(graph.codeSubclass[c], subclassIdf[graph.codeSubclass[c]], Double::sum);
				mainGroups.merge(graph.codeMainGroup[c], 1.0 / patentCodes.length, Double::sum);
			}
			graph.addText(p, terms);
		}
		this.cpc[o] = SparseVector.of(codes).normalized();
		this.broad[o] = SparseVector.of(subclasses).normalized();
		double total = mainGroups.values().stream().mapToDouble(Double::doubleValue).sum();
		mainGroups.replaceAll((g, w) -> w / total);
		this.groups[o] = SparseVector.of(mainGroups);
		this.text[o] = top(terms, CENTROID_TERMS).normalized();
		this.offices[o] = SparseVector.of(filedAt).normalized();
	}

	/**
	 * The corpus-wide statistics of a whole build.
	 *
	 * @param codes the codes the idf is of, by position
	 * @param codeIdf CPC subgroup idf by position
	 * @param subclasses the subclasses, by position
	 * @param subclassIdf CPC subclass idf by position
	 * @param unseenIdf the idf of a code or subclass no patent had then (one new since)
	 * @param reference the first year after the present, from which recent activity is
	 * counted back
	 * @param associations the code associations, or null when not kept yet
	 */
	record Statistics(String[] codes, double[] codeIdf, String[] subclasses, double[] subclassIdf, double unseenIdf,
			int reference, CodeAssociations associations) implements Serializable {

		Statistics with(CodeAssociations kept) {
			return new Statistics(this.codes, this.codeIdf, this.subclasses, this.subclassIdf, this.unseenIdf,
					this.reference, kept);
		}

		double[] codeIdf(PartnerGraph graph) {
			return aligned(graph.codes, this.codes, this.codeIdf);
		}

		double[] subclassIdf(PartnerGraph graph) {
			return aligned(graph.subclasses, this.subclasses, this.subclassIdf);
		}

		private double[] aligned(String[] keys, String[] keptKeys, double[] kept) {
			if (keys == keptKeys) {
				return kept;
			}
			boolean prefix = keys.length >= keptKeys.length;
			for (int i = 0; prefix && i < keptKeys.length; i++) {
				prefix = keys[i].equals(keptKeys[i]);
			}
			Map<String, Integer> index = new HashMap<>();
			if (!prefix) {
				for (int i = 0; i < keptKeys.length; i++) {
					index.put(keptKeys[i], i);
				}
			}
			double[] idf = new double[keys.length];
			for (int c = 0; c < keys.length; c++) {
				int at = prefix ? (c < keptKeys.length ? c : -1) : index.getOrDefault(keys[c], -1);
				idf[c] = at < 0 ? this.unseenIdf : kept[at];
			}
			return idf;
		}

	}

	/**
	 * The profiles as they were before {@code year} (patents with an earlier priority
	 * year), or {@link #NOW} for all.
	 */
	/**
	 * Profiles as of any year, each computed once: for training on several windows.
	 */
	public static IntFunction<Profiles> cache(PartnerGraph graph) {
		Map<Integer, Profiles> cache = new HashMap<>();
		return year -> cache.computeIfAbsent(year, y -> asOf(graph, y));
	}

	public static Profiles asOf(PartnerGraph graph, int year) {
		return new Profiles(graph, year, false, null);
	}

	/**
	 * The present profiles, their portfolios (counts, CPC, text, evidence) of patents in
	 * force, pending or of unknown status only, or of every patent. Links between
	 * organizations (co-ownership, shared inventors) keep every patent: they are history.
	 */
	public static Profiles present(PartnerGraph graph, boolean inForceOnly) {
		return new Profiles(graph, NOW, inForceOnly, null);
	}

	/**
	 * The present profiles computed whole with corpus statistics kept from another build
	 * ({@link #kept()}): what an increment's profiles equal.
	 */
	static Profiles present(PartnerGraph graph, boolean inForceOnly, Statistics kept) {
		return new Profiles(graph, NOW, inForceOnly, kept);
	}

	/**
	 * Whether a patent had been filed before the moment.
	 */
	boolean known(int patent) {
		int year = this.graph.patentYears[patent];
		return year == PartnerGraph.UNDATED || year < this.asOf;
	}

	/**
	 * Whether a patent counts in portfolios: known, and not ended unless these profiles
	 * include ended patents.
	 */
	boolean counts(int patent) {
		return known(patent) && !(this.inForceOnly && this.graph.patentEnded.get(patent));
	}

	boolean ended(int patent) {
		return this.graph.patentEnded.get(patent);
	}

	boolean knownYear(int year) {
		return year == PartnerGraph.UNDATED || year < this.asOf;
	}

	int organizations() {
		return this.graph.organizations();
	}

	private double[] idf(int size, int[][] patentCodes, java.util.function.IntUnaryOperator level, int[] known) {
		int[] df = new int[size];
		int n = 0;
		for (int p = 0; p < patentCodes.length; p++) {
			if (!known(p)) {
				continue;
			}
			n++;
			int[] seen = java.util.Arrays.stream(patentCodes[p]).map(level).distinct().toArray();
			for (int c : seen) {
				df[c]++;
			}
		}
		known[0] = n;
		double[] idf = new double[size];
		for (int c = 0; c < size; c++) {
			idf[c] = Math.log((1.0 + n) / (1.0 + df[c])) + 1.0;
		}
		return idf;
	}

	private static SparseVector top(Map<Integer, Double> weights, int k) {
		if (weights.size() <= k) {
			return SparseVector.of(weights);
		}
		Map<Integer, Double> kept = new HashMap<>();
		weights.entrySet()
			.stream()
			.sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(k)
			.forEach(e -> kept.put(e.getKey(), e.getValue()));
		return SparseVector.of(kept);
	}

}
