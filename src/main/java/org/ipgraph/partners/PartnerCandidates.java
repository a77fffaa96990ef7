package org.ipgraph.partners;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.IntStream;

import org.ipgraph.similarity.SparseVector;

/**
 * Bounded candidate generation for partner rankings (issue 11): instead of scoring every
 * organization, a request gathers the organizations its requester is tied to through
 * inverted indexes (CPC subgroups, subclasses, main groups for complementarity, the
 * heaviest terms of the text centroids) and links (citations either way, co-owned
 * patents, shared people, common partners, declared relations), gives each an estimate of
 * the model's logit (the linear model's weight on each of those features times its value,
 * plus the candidate's portfolio, activity, kind and geography), and keeps the best
 * {@code bound} of them; for the role {@code any}, which admits unrelated organizations
 * too, a tenth of the bound goes to the organizations with the best requester-independent
 * part of the logit. Only those are scored with the full features.
 * <p>
 * The estimate is exact for every feature except text similarity (read from the
 * {@value #TEXT_TERMS} heaviest terms of each centroid) and the candidate's share of the
 * requester's core groups (left out). Built once per {@link Profiles} and kept beside
 * them (a weak map keyed by the profiles, so that the snapshot's serialized form does not
 * change); immutable, safe for concurrent requests.
 */
public final class PartnerCandidates {

	/** Candidates scored per request by default ({@code ipgraph.partners.candidates}). */
	public static final int DEFAULT_BOUND = 1_000;

	/** Terms of each text centroid the index reads. */
	static final int TEXT_TERMS = 32;

	private static final Map<Profiles, PartnerCandidates> CACHE = new WeakHashMap<>();

	private final Profiles profiles;

	private final Postings cpc;

	private final Postings broad;

	private final Postings groups;

	private final Postings text;

	/** Per organization, the organizations whose patents cite its patents. */
	private final int[][] citedBy;

	/** Per corporate group (its root), the members; null for a group of one. */
	private final int[][] members;

	/**
	 * Per organization, the positions in {@link PartnerGraph#relations} of the declared
	 * relations it is a side of, ascending.
	 */
	private final int[][] relations;

	/**
	 * Per model (its weight array), the requester-independent part of the logit of each
	 * organization and the organizations by it.
	 */
	private final Map<double[], Prior> priors = Collections.synchronizedMap(new IdentityHashMap<>());

	private PartnerCandidates(Profiles profiles) {
		this.profiles = profiles;
		PartnerGraph g = profiles.graph;
		int orgs = g.organizations();
		this.cpc = Postings.of(g.codes.length, profiles.cpc, 0);
		this.broad = Postings.of(g.subclasses.length, profiles.broad, 0);
		this.groups = Postings.of(g.mainGroups.length, profiles.groups, 0);
		this.text = Postings.of(g.tfidf.vocabulary(), profiles.text, TEXT_TERMS);
		int[] citing = new int[orgs];
		for (int a = 0; a < orgs; a++) {
			for (int b : profiles.links.citesOut.get(a).keySet()) {
				citing[b]++;
			}
		}
		this.citedBy = new int[orgs][];
		for (int b = 0; b < orgs; b++) {
			this.citedBy[b] = new int[citing[b]];
			citing[b] = 0;
		}
		for (int a = 0; a < orgs; a++) {
			for (int b : profiles.links.citesOut.get(a).keySet()) {
				this.citedBy[b][citing[b]++] = a;
			}
		}
		int[] size = new int[orgs];
		for (int o = 0; o < orgs; o++) {
			size[profiles.links.group[o]]++;
		}
		this.members = new int[orgs][];
		int[] filled = new int[orgs];
		for (int o = 0; o < orgs; o++) {
			int root = profiles.links.group[o];
			if (size[root] > 1) {
				if (this.members[root] == null) {
					this.members[root] = new int[size[root]];
				}
				this.members[root][filled[root]++] = o;
			}
		}
		this.relations = relationsByOrganization(g, orgs);
	}

	private static int[][] relationsByOrganization(PartnerGraph g, int orgs) {
		int[] count = new int[orgs];
		for (PartnerGraph.Relation r : g.relations) {
			count[r.a()]++;
			if (r.b() != r.a()) {
				count[r.b()]++;
			}
		}
		int[][] byOrg = new int[orgs][];
		for (int o = 0; o < orgs; o++) {
			byOrg[o] = new int[count[o]];
			count[o] = 0;
		}
		for (int i = 0; i < g.relations.size(); i++) {
			PartnerGraph.Relation r = g.relations.get(i);
			byOrg[r.a()][count[r.a()]++] = i;
			if (r.b() != r.a()) {
				byOrg[r.b()][count[r.b()]++] = i;
			}
		}
		return byOrg;
	}

	/**
	 * The indexes of these profiles, built on first use.
	 */
	public static PartnerCandidates of(Profiles profiles) {
		synchronized (CACHE) {
			return CACHE.computeIfAbsent(profiles, PartnerCandidates::new);
		}
	}

	/**
	 * The organizations a ranking for {@code any} with no filter scores: every
	 * organization when there are at most {@code bound}, else the bounded candidates in
	 * ascending order. For evaluations: the service's {@link PartnerScorer} does the
	 * same.
	 */
	public int[] candidates(int requester, LinearModel model, int bound) {
		int orgs = this.profiles.organizations();
		if (bound <= 0 || orgs <= bound) {
			return IntStream.range(0, orgs).toArray();
		}
		return select(requester, Role.ANY, model, new PairFeatures(this.profiles, requester),
				PartnerScorer.Filters.none(), Set.of(), bound);
	}

	/**
	 * The positions in {@link PartnerGraph#relations} of the declared relations an
	 * organization is a side of, ascending (the explanation reads these instead of every
	 * relation).
	 */
	int[] relations(int organization) {
		return this.relations[organization];
	}

	/**
	 * The organizations of an organization's corporate group, itself included.
	 */
	int[] group(int organization) {
		int[] all = this.members[this.profiles.links.group[organization]];
		return all == null ? new int[] { organization } : all;
	}

	/**
	 * At most {@code bound} organizations worth scoring for a requester, in ascending
	 * order: those the filters and role admit (kind, country, portfolio, group,
	 * competitors; academic for research), best estimated logit first.
	 * @param competitorGroups corporate groups left out
	 */
	int[] select(int requester, Role role, LinearModel model, PairFeatures features, PartnerScorer.Filters filters,
			Set<Integer> competitorGroups, int bound) {
		Profiles p = this.profiles;
		PartnerGraph g = p.graph;
		Links links = p.links;
		int orgs = g.organizations();
		double[] k = new double[Feature.COUNT];
		for (int i = 0; i < k.length; i++) {
			k[i] = model.weights()[i] / model.scale()[i];
		}
		Accumulator acc = new Accumulator(orgs);
		this.cpc.add(p.cpc[requester], k[Feature.CPC_SIMILARITY.ordinal()], acc);
		this.broad.add(p.broad[requester], k[Feature.CPC_BROAD_SIMILARITY.ordinal()], acc);
		this.groups.add(features.complement(), k[Feature.COMPLEMENTARITY.ordinal()], acc);
		this.text.add(Postings.top(p.text[requester], TEXT_TERMS), k[Feature.TEXT_SIMILARITY.ordinal()], acc);
		links.citesOut.get(requester)
			.forEach((b, n) -> acc.add(b, k[Feature.CITES_CANDIDATE.ordinal()] * Math.log1p(n)));
		for (int b : this.citedBy[requester]) {
			acc.add(b, k[Feature.CITED_BY_CANDIDATE.ordinal()] * Math.log1p(links.citations(b, requester)));
		}
		links.coOwned.get(requester).forEach((b, n) -> acc.add(b, k[Feature.CO_OWNERSHIP.ordinal()] * Math.log1p(n)));
		for (int b : links.declared.get(requester)) {
			acc.add(b, k[Feature.DECLARED_RELATION.ordinal()]);
		}
		for (int b : features.related()) {
			acc.add(b,
					k[Feature.CO_INVENTION.ordinal()] * features.sharedPeople(b, false)
							+ k[Feature.INVENTOR_MOBILITY.ordinal()] * features.sharedPeople(b, true)
							+ k[Feature.COMMON_PARTNERS.ordinal()] * features.commonPartners(b));
		}
		Prior prior = prior(model, k);
		int[] admitted = new int[acc.size + (role == Role.ANY ? bound : 0)];
		double[] estimate = new double[admitted.length];
		int n = 0;
		double geography = k[Feature.SAME_COUNTRY.ordinal()];
		for (int i = 0; i < acc.size; i++) {
			int c = acc.touched[i];
			if (admits(c, requester, role, filters, competitorGroups)) {
				admitted[n] = c;
				estimate[n++] = acc.scores[c] + prior.score()[c] + geography * features.geography(c);
			}
		}
		if (role == Role.ANY) {
			// organizations tied to the requester by nothing: their logit is the prior
			// plus geography, and the best of them by prior compete with the others
			int untouched = 0;
			for (int c : prior.order()) {
				if (untouched == bound) {
					break;
				}
				if (!acc.seen[c] && admits(c, requester, role, filters, competitorGroups)) {
					admitted[n] = c;
					estimate[n++] = prior.score()[c] + geography * features.geography(c);
					untouched++;
				}
			}
		}
		if (n <= bound) {
			int[] all = Arrays.copyOf(admitted, n);
			Arrays.sort(all);
			return all;
		}
		double threshold = kthSmallest(Arrays.copyOf(estimate, n), n - bound);
		int[] out = new int[bound];
		int at = 0;
		for (int i = 0; i < n; i++) {
			if (estimate[i] > threshold) {
				out[at++] = admitted[i];
			}
		}
		// ties at the threshold by position, as the ranking breaks ties by id order
		int[] tied = IntStream.range(0, n)
			.filter(i -> estimate[i] == threshold)
			.map(i -> admitted[i])
			.sorted()
			.toArray();
		for (int i = 0; i < tied.length && at < bound; i++) {
			out[at++] = tied[i];
		}
		Arrays.sort(out);
		return out;
	}

	/**
	 * The value a full sort would put at position {@code k} (ascending, in the order of
	 * {@link Double#compare}), found by selection in linear expected time; reorders the
	 * array.
	 */
	static double kthSmallest(double[] values, int k) {
		if (k < 0 || k >= values.length) {
			throw new IllegalArgumentException("no position " + k + " among " + values.length);
		}
		int lo = 0;
		int hi = values.length - 1;
		while (lo < hi) {
			// median of three as the pivot, then a three-way partition: below, equal,
			// above
			double pivot = median(values[lo], values[lo + (hi - lo) / 2], values[hi]);
			int lt = lo;
			int gt = hi;
			int i = lo;
			while (i <= gt) {
				int cmp = Double.compare(values[i], pivot);
				if (cmp < 0) {
					swap(values, lt++, i++);
				}
				else if (cmp > 0) {
					swap(values, i, gt--);
				}
				else {
					i++;
				}
			}
			if (k < lt) {
				hi = lt - 1;
			}
			else if (k > gt) {
				lo = gt + 1;
			}
			else {
				return pivot;
			}
		}
		return values[k];
	}

	private static double median(double a, double b, double c) {
		if (Double.compare(a, b) > 0) {
			double t = a;
			a = b;
			b = t;
		}
		if (Double.compare(b, c) > 0) {
			b = c;
		}
		return Double.compare(a, b) > 0 ? a : b;
	}

	private static void swap(double[] values, int i, int j) {
		double t = values[i];
		values[i] = values[j];
		values[j] = t;
	}

	private boolean admits(int c, int requester, Role role, PartnerScorer.Filters filters,
			Set<Integer> competitorGroups) {
		Profiles p = this.profiles;
		PartnerGraph g = p.graph;
		return c != requester && p.patentCount[c] >= Math.max(1, filters.minPatents())
				&& !(filters.excludeOwnGroup() && p.links.sameGroup(requester, c))
				&& !competitorGroups.contains(p.links.group[c]) && filters.admits(g.orgKinds[c], g.orgCountries[c])
				&& (role != Role.RESEARCH || g.academic(c));
	}

	/**
	 * The part of the logit that depends on the candidate alone.
	 */
	private double prior(double[] k, int c) {
		Profiles p = this.profiles;
		int count = p.patentCount[c];
		return k[Feature.CANDIDATE_PORTFOLIO.ordinal()] * Math.log1p(count)
				+ k[Feature.CANDIDATE_ACTIVITY.ordinal()] * (count == 0 ? 0 : (double) p.recentCount[c] / count)
				+ k[Feature.ACADEMIC.ordinal()] * (p.graph.academic(c) ? 1 : 0);
	}

	/**
	 * The requester-independent part of the logit of every organization with patents, and
	 * those organizations by it, best first (at most a few thousand: what a fill can
	 * use), computed once per model.
	 *
	 * @param score per organization (0 for one without patents, which no filter admits)
	 * @param order organizations with patents, best first
	 */
	private record Prior(double[] score, int[] order) {
	}

	private Prior prior(LinearModel model, double[] k) {
		Prior prior = this.priors.get(model.weights());
		if (prior != null) {
			return prior;
		}
		double[] score = new double[this.profiles.organizations()];
		List<Integer> orgs = new ArrayList<>();
		for (int c = 0; c < score.length; c++) {
			if (this.profiles.patentCount[c] > 0) {
				score[c] = prior(k, c);
				orgs.add(c);
			}
		}
		orgs.sort(Comparator.comparingDouble((Integer c) -> -score[c]).thenComparing(c -> c));
		prior = new Prior(score, orgs.stream().limit(10_000).mapToInt(Integer::intValue).toArray());
		if (this.priors.size() > 16) {
			this.priors.clear();
		}
		this.priors.put(model.weights(), prior);
		return prior;
	}

	/**
	 * Scores added per organization in a dense array, with the organizations touched in
	 * order of first touch.
	 */
	private static final class Accumulator {

		final double[] scores;

		final boolean[] seen;

		int[] touched = new int[256];

		int size;

		Accumulator(int orgs) {
			this.scores = new double[orgs];
			this.seen = new boolean[orgs];
		}

		void add(int org, double value) {
			if (!this.seen[org]) {
				this.seen[org] = true;
				if (this.size == this.touched.length) {
					this.touched = Arrays.copyOf(this.touched, this.size * 2);
				}
				this.touched[this.size++] = org;
			}
			this.scores[org] += value;
		}

	}

	/**
	 * An inverted index from a dimension (code, subclass, main group, term) to the
	 * organizations with a weight on it, in primitive arrays.
	 */
	private static final class Postings {

		private final int[] start;

		private final int[] orgs;

		private final float[] weights;

		private Postings(int[] start, int[] orgs, float[] weights) {
			this.start = start;
			this.orgs = orgs;
			this.weights = weights;
		}

		static Postings of(int dimensions, SparseVector[] vectors, int limit) {
			SparseVector[] kept = new SparseVector[vectors.length];
			int[] start = new int[dimensions + 1];
			for (int o = 0; o < vectors.length; o++) {
				kept[o] = limit > 0 ? top(vectors[o], limit) : vectors[o];
				for (int d : kept[o].indices()) {
					start[d + 1]++;
				}
			}
			for (int d = 0; d < dimensions; d++) {
				start[d + 1] += start[d];
			}
			int[] next = Arrays.copyOf(start, dimensions);
			int[] orgs = new int[start[dimensions]];
			float[] weights = new float[start[dimensions]];
			for (int o = 0; o < kept.length; o++) {
				SparseVector v = kept[o];
				for (int i = 0; i < v.indices().length; i++) {
					int at = next[v.indices()[i]]++;
					orgs[at] = o;
					weights[at] = v.values()[i];
				}
			}
			return new Postings(start, orgs, weights);
		}

		/**
		 * Adds factor × (query · vector) to each organization sharing a dimension with
		 * the query.
		 */
		void add(SparseVector query, double factor, Accumulator acc) {
			if (factor == 0) {
				return;
			}
			int dimensions = this.start.length - 1;
			for (int i = 0; i < query.indices().length; i++) {
				int d = query.indices()[i];
				if (d < 0 || d >= dimensions) {
					continue;
				}
				double q = factor * query.values()[i];
				for (int at = this.start[d]; at < this.start[d + 1]; at++) {
					acc.add(this.orgs[at], q * this.weights[at]);
				}
			}
		}

		/**
		 * The heaviest {@code limit} weights of a vector (ties by index), indices in
		 * order.
		 */
		static SparseVector top(SparseVector v, int limit) {
			if (v.indices().length <= limit) {
				return v;
			}
			Integer[] order = new Integer[v.indices().length];
			for (int i = 0; i < order.length; i++) {
				order[i] = i;
			}
			Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -Math.abs(v.values()[i]))
				.thenComparingInt(i -> v.indices()[i]));
			int[] kept = new int[limit];
			for (int i = 0; i < limit; i++) {
				kept[i] = order[i];
			}
			Arrays.sort(kept);
			int[] indices = new int[limit];
			float[] values = new float[limit];
			for (int i = 0; i < limit; i++) {
				indices[i] = v.indices()[kept[i]];
				values[i] = v.values()[kept[i]];
			}
			return new SparseVector(indices, values);
		}

	}

}
