package org.ipgraph.experts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's whole body of work against one query: the TF-IDF cosine of their items'
 * terms together, and the cosine of their CPC subclasses. Items excluded from the query
 * do not count.
 */
final class Profiles {

	private final ExpertCorpus corpus;

	private final Map<Integer, Double> queryVector = new HashMap<>();

	private final Map<String, Double> cpc;

	private final double cpcNorm;

	private final boolean[] excluded;

	Profiles(ExpertCorpus corpus, List<String> terms, Map<String, Double> cpc, boolean[] excluded) {
		this.corpus = corpus;
		this.cpc = cpc;
		this.excluded = excluded;
		Map<Integer, Integer> counts = new HashMap<>();
		for (String term : terms) {
			int t = corpus.termId(term);
			if (t >= 0) {
				counts.merge(t, 1, Integer::sum);
			}
		}
		double norm = 0;
		for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
			double w = (1 + Math.log(e.getValue())) * corpus.idf(e.getKey());
			this.queryVector.put(e.getKey(), w);
			norm += w * w;
		}
		double n = Math.sqrt(norm);
		this.queryVector.replaceAll((t, w) -> w / n);
		this.cpcNorm = Math.sqrt(cpc.values().stream().mapToDouble(v -> v * v).sum());
	}

	/**
	 * Cosine of the query and the person's items' terms, weighted as in
	 * {@code similarity.TfIdf}.
	 */
	double profile(int person) {
		if (this.queryVector.isEmpty()) {
			return 0;
		}
		Map<Integer, Integer> counts = new HashMap<>();
		for (int i : this.corpus.personItems[person]) {
			if (this.excluded[i]) {
				continue;
			}
			ExpertCorpus.Item item = this.corpus.items[i];
			for (int k = 0; k < item.terms().length; k++) {
				counts.merge(item.terms()[k], item.counts()[k], Integer::sum);
			}
		}
		double norm = 0;
		double dot = 0;
		for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
			double w = (1 + Math.log(e.getValue())) * this.corpus.idf(e.getKey());
			norm += w * w;
			Double q = this.queryVector.get(e.getKey());
			if (q != null) {
				dot += q * w;
			}
		}
		return norm == 0 ? 0 : dot / Math.sqrt(norm);
	}

	/**
	 * Cosine of the query's CPC subclass weights and the person's subclass counts.
	 */
	double cpc(int person) {
		if (this.cpcNorm == 0) {
			return 0;
		}
		Map<String, Integer> counts = new HashMap<>();
		for (int i : this.corpus.personItems[person]) {
			if (!this.excluded[i]) {
				this.corpus.items[i].cpc().forEach(c -> counts.merge(c, 1, Integer::sum));
			}
		}
		double norm = 0;
		double dot = 0;
		for (Map.Entry<String, Integer> e : counts.entrySet()) {
			norm += (double) e.getValue() * e.getValue();
			dot += e.getValue() * this.cpc.getOrDefault(e.getKey(), 0.0);
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
