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

	private Profiles(PartnerGraph graph, int asOf, boolean inForceOnly) {
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
		int reference = asOf == NOW ? graph.lastYear() + 1 : asOf;
		double[] codeIdf = idf(graph.codes.length, graph.patentCodes, c -> c);
		double[] subclassIdf = idf(graph.subclasses.length, graph.patentCodes, c -> graph.codeSubclass[c]);
		for (int o = 0; o < orgs; o++) {
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
		this.links = new Links(this);
		this.associations = new CodeAssociations(this);
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
		return new Profiles(graph, year, false);
	}

	/**
	 * The present profiles, their portfolios (counts, CPC, text, evidence) of patents in
	 * force, pending or of unknown status only, or of every patent. Links between
	 * organizations (co-ownership, shared inventors) keep every patent: they are history.
	 */
	public static Profiles present(PartnerGraph graph, boolean inForceOnly) {
		return new Profiles(graph, NOW, inForceOnly);
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

	private double[] idf(int size, int[][] patentCodes, java.util.function.IntUnaryOperator level) {
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
