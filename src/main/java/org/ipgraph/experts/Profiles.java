package org.ipgraph.experts;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's whole body of work against one query: the TF-IDF cosine of their items'
 * terms together, and the cosine of their CPC subclasses. Items excluded from the query
 * do not count.
 * <p>
 * No per-person term vector is kept: the norm of each person's vector is computed once
 * ({@link #norms}), and a query reads the counts of its own terms in the items of the
 * candidates it scores in full, from those terms' postings (walked, or searched for each
 * item, whichever reads less): the work grows with the candidates, not with the corpus.
 */
final class Profiles {

	private final ExpertCorpus corpus;

	private final boolean[] excluded;

	/** Per CPC subclass code of the corpus: the query's weight. */
	private final double[] cpc;

	private final double cpcNorm;

	Profiles(ExpertCorpus corpus, Map<String, Double> cpc, boolean[] excluded) {
		this.corpus = corpus;
		this.excluded = excluded;
		this.cpc = new double[corpus.cpcNames.length];
		for (int code = 0; code < corpus.cpcNames.length; code++) {
			this.cpc[code] = cpc.getOrDefault(corpus.cpcNames[code], 0.0);
		}
		this.cpcNorm = Math.sqrt(cpc.values().stream().mapToDouble(v -> v * v).sum());
	}

	/**
	 * {@code 1 + ln(count)} of the counts most terms have in a profile, computed once by
	 * the same expression (a logarithm per person and term made the norms' pass over
	 * every posting cost seconds at 1M patents).
	 */
	private static final double[] TF = new double[4096];

	static {
		for (int count = 1; count < TF.length; count++) {
			TF[count] = 1 + Math.log(count);
		}
	}

	/**
	 * A term's weight in a profile, as in {@code similarity.TfIdf}.
	 */
	static double weight(int count, double idf) {
		return count == 0 ? 0 : (count < TF.length ? TF[count] : 1 + Math.log(count)) * idf;
	}

	/**
	 * Fills in each person's squared profile norm over all their items, and over those
	 * that have not ended: one pass over the postings.
	 */
	static void norms(ExpertCorpus corpus, boolean[] ended, double[] all, double[] inForce) {
		int[] countAll = new int[all.length];
		int[] countInForce = new int[all.length];
		int[] touched = new int[all.length];
		for (int t = 0; t + 1 < corpus.postingStart.length; t++) {
			if (corpus.documentFrequency(t) == 0) {
				continue;
			}
			double idf = corpus.idf(t);
			int n = 0;
			for (int k = corpus.postingStart[t]; k < corpus.postingStart[t + 1]; k++) {
				int i = corpus.postingItems[k];
				int count = ExpertCorpus.count(corpus.postingCounts[k]);
				for (int m = corpus.peopleStart[i]; m < corpus.peopleStart[i + 1]; m++) {
					int p = corpus.itemPeople[m];
					if (countAll[p] == 0) {
						touched[n++] = p;
					}
					countAll[p] += count;
					if (!ended[i]) {
						countInForce[p] += count;
					}
				}
			}
			for (int j = 0; j < n; j++) {
				int p = touched[j];
				int count = countAll[p];
				double w = square(weight(count, idf));
				all[p] += w;
				// the same weight when none of the person's items with the term has ended
				inForce[p] += countInForce[p] == count ? w : square(weight(countInForce[p], idf));
				countAll[p] = 0;
				countInForce[p] = 0;
			}
		}
	}

	private static double square(double x) {
		return x * x;
	}

	/**
	 * Cosine of the query and each candidate's items' terms.
	 * @param people the candidates
	 * @param terms the query's terms
	 * @param norms per person, the squared norm over the items the query leaves in,
	 * except {@code extra}
	 * @param extra items the query also leaves out (the patent asked about): their
	 * people's norms are corrected for the terms the items share with the query, which is
	 * exact when the item's terms are the query's (a patent's own text as the query)
	 * @param slots scratch, one zero per person, left zero
	 */
	double[] profiles(int[] people, List<String> terms, double[] norms, int[] extra, int[] slots) {
		Map<Integer, Integer> counts = new LinkedHashMap<>();
		for (String term : terms) {
			int t = this.corpus.termId(term);
			if (t >= 0) {
				counts.merge(t, 1, Integer::sum);
			}
		}
		double[] result = new double[people.length];
		if (counts.isEmpty()) {
			return result;
		}
		int[] ids = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
		double[] query = new double[ids.length];
		double norm = 0;
		for (int j = 0; j < ids.length; j++) {
			query[j] = weight(counts.get(ids[j]), this.corpus.idf(ids[j]));
			norm += query[j] * query[j];
		}
		// sorted, searched: an array of the corpus's size per query costs more
		int[] isExtra = extra.length == 0 ? null : java.util.Arrays.stream(extra).sorted().distinct().toArray();
		for (int s = 0; s < people.length; s++) {
			slots[people[s]] = s + 1;
		}
		int[] kept = new int[people.length * ids.length];
		int[] removed = extra.length == 0 ? null : new int[kept.length];
		int[] items = items(people);
		for (int j = 0; j < ids.length; j++) {
			int from = this.corpus.postingStart[ids[j]];
			int to = this.corpus.postingStart[ids[j] + 1];
			// the postings are in item order, as the candidates' items: the shorter of
			// the two read in order, each searched forward in the longer (galloping: a
			// walk where they are dense, a search where sparse)
			if (to - from < items.length) {
				for (int k = from, c = 0; k < to && c < items.length; k++) {
					int i = this.corpus.postingItems[k];
					c = ExpertRanker.gallop(items, c, items.length, i);
					if (c < items.length && items[c] == i) {
						count(i, k, j, ids.length, isExtra, slots, kept, removed);
					}
				}
			}
			else {
				for (int c = 0, k = from; c < items.length && k < to; c++) {
					int i = items[c];
					k = ExpertRanker.gallop(this.corpus.postingItems, k, to, i);
					if (k < to && this.corpus.postingItems[k] == i) {
						count(i, k, j, ids.length, isExtra, slots, kept, removed);
					}
				}
			}
		}
		for (int s = 0; s < people.length; s++) {
			slots[people[s]] = 0;
			double person = norms[people[s]];
			double dot = 0;
			for (int j = 0; j < ids.length; j++) {
				double idf = this.corpus.idf(ids[j]);
				int count = kept[s * ids.length + j];
				dot += query[j] * weight(count, idf);
				if (removed != null && removed[s * ids.length + j] > 0) {
					person -= square(weight(count + removed[s * ids.length + j], idf)) - square(weight(count, idf));
				}
			}
			result[s] = dot <= 0 || person <= 1e-9 ? 0 : dot / Math.sqrt(person * norm);
		}
		return result;
	}

	// adds posting k (item i, term j) to the counts of the item's candidates
	private void count(int i, int k, int j, int terms, int[] isExtra, int[] slots, int[] kept, int[] removed) {
		boolean out = this.excluded[i];
		if (out && (isExtra == null || java.util.Arrays.binarySearch(isExtra, i) < 0)) {
			return;
		}
		int count = ExpertCorpus.count(this.corpus.postingCounts[k]);
		for (int m = this.corpus.peopleStart[i]; m < this.corpus.peopleStart[i + 1]; m++) {
			int s = slots[this.corpus.itemPeople[m]] - 1;
			if (s >= 0) {
				(out ? removed : kept)[s * terms + j] += count;
			}
		}
	}

	// the candidates' items, sorted, each once
	private int[] items(int[] people) {
		int n = 0;
		for (int p : people) {
			n += this.corpus.personItems[p].length;
		}
		int[] items = new int[n];
		int k = 0;
		for (int p : people) {
			for (int i : this.corpus.personItems[p]) {
				items[k++] = i;
			}
		}
		return java.util.Arrays.stream(items).sorted().distinct().toArray();
	}

	/**
	 * Cosine of the query's CPC subclass weights and the person's subclass counts.
	 */
	double cpc(int person) {
		if (this.cpcNorm == 0) {
			return 0;
		}
		Map<Integer, Integer> seen = new HashMap<>();
		for (int i : this.corpus.personItems[person]) {
			if (!this.excluded[i]) {
				for (int k = this.corpus.cpcStart[i]; k < this.corpus.cpcStart[i + 1]; k++) {
					seen.merge(this.corpus.cpcCodes[k], 1, Integer::sum);
				}
			}
		}
		double norm = 0;
		double dot = 0;
		for (Map.Entry<Integer, Integer> e : seen.entrySet()) {
			norm += (double) e.getValue() * e.getValue();
			dot += e.getValue() * this.cpc[e.getKey()];
		}
		return norm == 0 ? 0 : dot / (Math.sqrt(norm) * this.cpcNorm);
	}

	/**
	 * The best stated expertise in the query's areas: the stated score times the area's
	 * share of the query's strongest area. A symbol matches a subclass it contains or
	 * lies in.
	 */
	static double expertise(Map<String, Double> expertIn, Map<String, Double> cpc) {
		double strongest = cpc.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		if (strongest <= 0) {
			return 0;
		}
		double best = 0;
		for (Map.Entry<String, Double> stated : expertIn.entrySet()) {
			for (Map.Entry<String, Double> area : cpc.entrySet()) {
				if (area.getKey().startsWith(stated.getKey()) || stated.getKey().startsWith(area.getKey())) {
					best = Math.max(best, stated.getValue() * area.getValue() / strongest);
				}
			}
		}
		return best;
	}

}
