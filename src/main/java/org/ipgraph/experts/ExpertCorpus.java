package org.ipgraph.experts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence people are ranked on, indexed once: items (patents and documents) as term lists
 * with an inverted index, their year, CPC subclasses and first owner, and which people each item
 * names. Pure data; {@link ExpertRanker} does the scoring. An evaluation builds one per held-out
 * patent with {@link Builder#build(Set)}, so that the held-out item adds nothing: no terms, no
 * document frequencies, no person links.
 */
final class ExpertCorpus {

	enum Kind {

		PATENT, DOCUMENT

	}

	/**
	 * A person (a resolved identity) as the ranker sees them.
	 *
	 * @param key the identity key
	 * @param expertIn CPC symbols a document states expertise in, with the stated score
	 */
	record Person(String key, Map<String, Double> expertIn) {
	}

	/**
	 * An item.
	 *
	 * @param key patent number or document id
	 * @param kind patent or document
	 * @param terms term ids, ascending
	 * @param counts how often each term occurs
	 * @param length number of terms
	 * @param year year of filing or publication, 0 when unknown
	 * @param cpc CPC subclasses
	 * @param organization first owner's id, or null
	 * @param people indexes of the people it names (inventors, or persons mentioned)
	 */
	record Item(String key, Kind kind, int[] terms, int[] counts, int length, int year, List<String> cpc,
			String organization, int[] people) {
	}

	final List<Person> people;

	final Item[] items;

	final Map<String, Integer> itemIndex;

	/** The builder's vocabulary: ids of terms; terms added after the build are unknown here. */
	private final Map<String, Integer> termIds;

	final double averageLength;

	final int[] documentFrequency;

	/** Per term: the items containing it, and the count in each. */
	final int[][] postings;

	final int[][] postingCounts;

	/** Per person: their items. */
	final int[][] personItems;

	/** Per organization id: its items. */
	final Map<String, int[]> organizationItems;

	private ExpertCorpus(List<Person> people, Item[] items, Map<String, Integer> termIds, int vocabulary) {
		this.people = people;
		this.items = items;
		this.termIds = termIds;
		this.itemIndex = new HashMap<>();
		this.documentFrequency = new int[vocabulary];
		long total = 0;
		for (int i = 0; i < items.length; i++) {
			this.itemIndex.put(items[i].key(), i);
			total += items[i].length();
			for (int t : items[i].terms()) {
				this.documentFrequency[t]++;
			}
		}
		this.averageLength = items.length == 0 ? 1 : Math.max(1, (double) total / items.length);
		this.postings = new int[vocabulary][];
		this.postingCounts = new int[vocabulary][];
		int[] fill = new int[vocabulary];
		for (int t = 0; t < vocabulary; t++) {
			this.postings[t] = new int[this.documentFrequency[t]];
			this.postingCounts[t] = new int[this.documentFrequency[t]];
		}
		for (int i = 0; i < items.length; i++) {
			int[] terms = items[i].terms();
			for (int k = 0; k < terms.length; k++) {
				int t = terms[k];
				this.postings[t][fill[t]] = i;
				this.postingCounts[t][fill[t]++] = items[i].counts()[k];
			}
		}
		this.personItems = invert(people.size(), items);
		Map<String, List<Integer>> byOrganization = new HashMap<>();
		for (int i = 0; i < items.length; i++) {
			if (items[i].organization() != null) {
				byOrganization.computeIfAbsent(items[i].organization(), o -> new ArrayList<>()).add(i);
			}
		}
		this.organizationItems = new HashMap<>();
		byOrganization
			.forEach((o, list) -> this.organizationItems.put(o, list.stream().mapToInt(Integer::intValue).toArray()));
	}

	/**
	 * The id of a term, or -1 when no item has it.
	 */
	int termId(String term) {
		Integer id = this.termIds.get(term);
		return id == null || id >= this.documentFrequency.length || this.documentFrequency[id] == 0 ? -1 : id;
	}

	static Builder builder() {
		return new Builder();
	}

	int size() {
		return this.items.length;
	}

	/**
	 * Smoothed inverse document frequency, as in {@code similarity.TfIdf}.
	 */
	double idf(int term) {
		return Math.log((1.0 + this.items.length) / (1.0 + this.documentFrequency[term])) + 1.0;
	}

	/**
	 * BM25's inverse document frequency.
	 */
	double bm25Idf(int term) {
		double df = this.documentFrequency[term];
		return Math.log(1 + (this.items.length - df + 0.5) / (df + 0.5));
	}

	private static int[][] invert(int people, Item[] items) {
		int[] counts = new int[people];
		for (Item item : items) {
			for (int p : item.people()) {
				counts[p]++;
			}
		}
		int[][] result = new int[people][];
		for (int p = 0; p < people; p++) {
			result[p] = new int[counts[p]];
		}
		int[] fill = new int[people];
		for (int i = 0; i < items.length; i++) {
			for (int p : items[i].people()) {
				result[p][fill[p]++] = i;
			}
		}
		return result;
	}

	/**
	 * Collects people and items; terms become ids as they come, so that a large corpus holds
	 * no term strings per item.
	 */
	static final class Builder {

		private final List<Person> people = new ArrayList<>();

		private final Map<String, Integer> personIndex = new HashMap<>();

		private final List<Item> items = new ArrayList<>();

		private final Map<String, Integer> vocabulary = new HashMap<>();

		/**
		 * The index of a person, added on first sight; expertise from several sources is merged.
		 */
		int person(String key, Map<String, Double> expertIn) {
			Integer index = this.personIndex.get(key);
			if (index == null) {
				index = this.people.size();
				this.personIndex.put(key, index);
				this.people.add(new Person(key, expertIn == null ? Map.of() : Map.copyOf(expertIn)));
			}
			else if (expertIn != null && !expertIn.isEmpty()) {
				Map<String, Double> merged = new HashMap<>(this.people.get(index).expertIn());
				expertIn.forEach((symbol, score) -> merged.merge(symbol, score, Math::max));
				this.people.set(index, new Person(key, Map.copyOf(merged)));
			}
			return index;
		}

		Builder item(String key, Kind kind, List<String> terms, int year, List<String> cpc, String organization,
				int... people) {
			Map<Integer, Integer> counts = new HashMap<>();
			for (String term : terms) {
				counts.merge(this.vocabulary.computeIfAbsent(term, t -> this.vocabulary.size()), 1, Integer::sum);
			}
			int[] ids = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
			int[] values = new int[ids.length];
			for (int k = 0; k < ids.length; k++) {
				values[k] = counts.get(ids[k]);
			}
			this.items.add(new Item(key, kind, ids, values, terms.size(), year, List.copyOf(cpc), organization,
					Arrays.stream(people).distinct().toArray()));
			return this;
		}

		int items() {
			return this.items.size();
		}

		ExpertCorpus build() {
			return build(Set.of());
		}

		/**
		 * The corpus without some items, as if they had never been added.
		 */
		ExpertCorpus build(Set<String> without) {
			Item[] kept = this.items.stream().filter(i -> !without.contains(i.key())).toArray(Item[]::new);
			return new ExpertCorpus(List.copyOf(this.people), kept, this.vocabulary, this.vocabulary.size());
		}

	}

}
