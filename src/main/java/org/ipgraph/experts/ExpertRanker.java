package org.ipgraph.experts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks people for a query over an {@link ExpertCorpus}. Pure: no Spring, no Neo4j.
 * <ol>
 * <li><b>text</b>: the items that match the query best (BM25 over stems and stem pairs)
 * are the evidence; each passes its relative match, sharpened, times its recency, to the
 * people it names (a document-centric expert model); summed per person and scaled to
 * 0–1.</li>
 * <li><b>organization</b>: the owners of the best items, weighted by their match, and
 * within each owner its people by their share of its items: colleagues working on the
 * topic.</li>
 * <li><b>profile</b>: TF-IDF cosine of the query and all of a person's items
 * together.</li>
 * <li><b>cpc</b>: cosine of the query's CPC subclasses (given, or those of the best
 * items) and the person's.</li>
 * <li><b>expertise</b>: the best stated expertise (EXPERT_IN) in the query's CPC
 * areas.</li>
 * </ol>
 * The score is their weighted sum. Ties are left to the caller, who orders them by a key
 * that reveals nothing (see {@link Handles}).
 */
public final class ExpertRanker {

	/** How many candidates get the full (profile and CPC) scoring. */
	static final int FULL_SCORING = 1000;

	private static final int EVIDENCE = 3;

	/**
	 * A query.
	 *
	 * @param terms analysed terms ({@link ExpertTerms})
	 * @param cpc CPC subclass weights, or empty to take them from the best items
	 * @param excluded item keys that must not count (the patent asked about)
	 * @param year the current year, for recency
	 * @param includeExpired whether patents that have ended count as evidence; by default
	 * only patents in force, pending or of unknown status (and documents) do
	 */
	public record Query(List<String> terms, Map<String, Double> cpc, Set<String> excluded, int year,
			boolean includeExpired) {

		public Query(List<String> terms, Map<String, Double> cpc, Set<String> excluded, int year) {
			this(terms, cpc, excluded, year, false);
		}

	}

	/**
	 * The parts of a score, each before its weight.
	 */
	record Components(double text, double organization, double profile, double cpc, double expertise) {
	}

	/**
	 * An item that speaks for a person, with its weighted relative match (0–1).
	 */
	record Evidence(int item, double match) {
	}

	/**
	 * A ranked person.
	 */
	public record Ranked(int person, double score, Components components, List<Evidence> evidence) {
	}

	private final ExpertCorpus corpus;

	private final RankerSettings settings;

	private final int[] stated;

	private final boolean[] ended;

	public ExpertRanker(ExpertCorpus corpus, RankerSettings settings) {
		this(corpus, settings, new boolean[corpus.items.length]);
	}

	/**
	 * @param ended per item, a patent that has ended: left out of queries that do not
	 * include expired patents
	 */
	ExpertRanker(ExpertCorpus corpus, RankerSettings settings, boolean[] ended) {
		this.corpus = corpus;
		this.settings = settings;
		this.ended = ended;
		List<Integer> withExpertise = new ArrayList<>();
		for (int p = 0; p < corpus.people.size(); p++) {
			if (!corpus.people.get(p).expertIn().isEmpty()) {
				withExpertise.add(p);
			}
		}
		this.stated = withExpertise.stream().mapToInt(Integer::intValue).toArray();
	}

	RankerSettings settings() {
		return this.settings;
	}

	/**
	 * People and the CPC areas the query was matched in.
	 */
	record Result(List<Ranked> people, Map<String, Double> areas) {
	}

	/**
	 * Everyone with a positive score, unordered.
	 */
	public List<Ranked> rank(Query query) {
		return run(query).people();
	}

	/**
	 * Everyone with a positive score, unordered, with the query's CPC areas (given or
	 * inferred).
	 */
	Result run(Query query) {
		boolean[] excluded = excluded(query.excluded(), query.includeExpired());
		double[] scores = new double[this.corpus.size()];
		int[] best = bestItems(query.terms(), excluded, scores);
		double[] relevance = new double[best.length];
		Map<Integer, double[]> text = new HashMap<>();
		Map<Integer, List<Evidence>> evidence = new HashMap<>();
		double top = best.length == 0 ? 0 : scores[best[0]];
		for (int k = 0; k < best.length; k++) {
			ExpertCorpus.Item item = this.corpus.items[best[k]];
			relevance[k] = Math.pow(scores[best[k]] / top, this.settings.sharpness()) * recency(item, query.year())
					* (item.kind() == ExpertCorpus.Kind.DOCUMENT ? this.settings.documentWeight() : 1);
			for (int p : item.people()) {
				text.computeIfAbsent(p, x -> new double[1])[0] += relevance[k];
				List<Evidence> list = evidence.computeIfAbsent(p, x -> new ArrayList<>(EVIDENCE));
				if (list.size() < EVIDENCE) {
					list.add(new Evidence(best[k], relevance[k]));
				}
			}
		}
		Map<Integer, Double> organization = colleagues(best, relevance, excluded);
		Map<String, Double> cpc = query.cpc().isEmpty() ? inferredCpc(best, relevance) : query.cpc();
		double maxText = text.values().stream().mapToDouble(v -> v[0]).max().orElse(1);
		Map<Integer, Double> expertise = new HashMap<>();
		for (int p : this.stated) {
			double e = Profiles.expertise(this.corpus.people.get(p).expertIn(), cpc);
			if (e > 0) {
				expertise.put(p, e);
			}
		}
		Map<Integer, Double> preliminary = new HashMap<>();
		text.forEach((p, v) -> preliminary.merge(p, this.settings.textWeight() * v[0] / maxText, Double::sum));
		organization.forEach((p, v) -> preliminary.merge(p, this.settings.organizationWeight() * v, Double::sum));
		expertise.forEach((p, v) -> preliminary.merge(p, this.settings.expertiseWeight() * v, Double::sum));
		List<Integer> candidates = preliminary.entrySet()
			.stream()
			.sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
		Profiles profiles = new Profiles(this.corpus, query.terms(), cpc, excluded);
		List<Ranked> ranked = new ArrayList<>(candidates.size());
		for (int i = 0; i < candidates.size(); i++) {
			int p = candidates.get(i);
			boolean full = i < FULL_SCORING;
			Components c = new Components(text.containsKey(p) ? text.get(p)[0] / maxText : 0,
					organization.getOrDefault(p, 0.0), full ? profiles.profile(p) : 0, full ? profiles.cpc(p) : 0,
					expertise.getOrDefault(p, 0.0));
			double score = this.settings.textWeight() * c.text() + this.settings.organizationWeight() * c.organization()
					+ this.settings.profileWeight() * c.profile() + this.settings.cpcWeight() * c.cpc()
					+ this.settings.expertiseWeight() * c.expertise();
			if (score > 0) {
				ranked.add(new Ranked(p, score, c, List.copyOf(evidence.getOrDefault(p, List.of()))));
			}
		}
		return new Result(ranked, cpc);
	}

	/**
	 * Best first; ties by the given key.
	 */
	public static Comparator<Ranked> order(java.util.function.IntFunction<String> tieKey) {
		return Comparator.comparingDouble(Ranked::score).reversed().thenComparing(r -> tieKey.apply(r.person()));
	}

	// BM25 over distinct query terms; the best `neighbours` items, best first, ties by
	// position
	private int[] bestItems(List<String> terms, boolean[] excluded, double[] scores) {
		List<Integer> touched = new ArrayList<>();
		double k1 = this.settings.k1();
		double b = this.settings.b();
		for (String term : new java.util.LinkedHashSet<>(terms)) {
			int t = this.corpus.termId(term);
			if (t < 0) {
				continue;
			}
			double idf = this.corpus.bm25Idf(t);
			int[] items = this.corpus.postings[t];
			int[] counts = this.corpus.postingCounts[t];
			for (int k = 0; k < items.length; k++) {
				int i = items[k];
				if (excluded[i]) {
					continue;
				}
				if (scores[i] == 0) {
					touched.add(i);
				}
				double tf = counts[k];
				scores[i] += idf * tf * (k1 + 1)
						/ (tf + k1 * (1 - b + b * this.corpus.items[i].length() / this.corpus.averageLength));
			}
		}
		return touched.stream()
			.filter(i -> scores[i] > 0)
			.sorted(Comparator.<Integer>comparingDouble(i -> scores[i]).reversed().thenComparing(i -> i))
			.limit(this.settings.neighbours())
			.mapToInt(Integer::intValue)
			.toArray();
	}

	// The owners of the best items, and their people by share of the owner's items
	private Map<Integer, Double> colleagues(int[] best, double[] relevance, boolean[] excluded) {
		Map<String, Double> owners = new HashMap<>();
		double total = 0;
		for (int k = 0; k < Math.min(best.length, this.settings.organizationNeighbours()); k++) {
			String owner = this.corpus.items[best[k]].organization();
			if (owner != null) {
				owners.merge(owner, relevance[k], Double::sum);
				total += relevance[k];
			}
		}
		Map<Integer, Double> people = new HashMap<>();
		for (Map.Entry<String, Double> owner : owners.entrySet()) {
			Map<Integer, Integer> counts = new HashMap<>();
			for (int i : this.corpus.organizationItems.get(owner.getKey())) {
				if (!excluded[i]) {
					for (int p : this.corpus.items[i].people()) {
						counts.merge(p, 1, Integer::sum);
					}
				}
			}
			int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
			double share = owner.getValue() / total;
			counts.forEach((p, n) -> people.merge(p, share * n / most, Double::sum));
		}
		return people;
	}

	private Map<String, Double> inferredCpc(int[] best, double[] relevance) {
		Map<String, Double> cpc = new HashMap<>();
		for (int k = 0; k < Math.min(best.length, 10); k++) {
			for (String subclass : this.corpus.items[best[k]].cpc()) {
				cpc.merge(subclass, relevance[k], Double::sum);
			}
		}
		return cpc;
	}

	private double recency(ExpertCorpus.Item item, int year) {
		if (item.year() <= 0 || year <= 0) {
			return 0.75;
		}
		double age = Math.max(0, year - item.year());
		return 0.5 + 0.5 * Math.pow(0.5, age / this.settings.recencyHalfLife());
	}

	private boolean[] excluded(Set<String> keys, boolean includeExpired) {
		boolean[] excluded = includeExpired ? new boolean[this.corpus.size()] : this.ended.clone();
		for (String key : keys) {
			Integer i = this.corpus.itemIndex.get(key);
			if (i != null) {
				excluded[i] = true;
			}
		}
		return excluded;
	}

}
