package org.ipgraph.experts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The evidence people are ranked on, indexed once: items (patents and documents) as term lists
 * with an inverted index, their year, CPC subclasses and first owner, and which people each item
 * names. Pure data; {@link ExpertRanker} does the scoring. An evaluation builds one per held-out
 * patent with {@link Builder#build(Set)}, so that the held-out item adds nothing: no terms, no
 * document frequencies, no person links.
 */
public final class ExpertCorpus {

	public enum Kind {

		PATENT, DOCUMENT

	}

	/**
	 * A person (a resolved identity) as the ranker sees them.
	 *
	 * @param key the identity key
	 * @param expertIn CPC symbols a document states expertise in, with the stated score
	 */
	public record Person(String key, Map<String, Double> expertIn) {
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

	/** People, ordered by key. */
	public final List<Person> people;

	private final Map<String, Integer> personIndex;

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
	public final int[][] personItems;

	/** Per organization id: its items. */
	final Map<String, int[]> organizationItems;

	private ExpertCorpus(List<Person> people, Map<String, Integer> personIndex, Item[] items,
			Map<String, Integer> termIds, int vocabulary) {
		this.people = people;
		this.personIndex = personIndex;
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

	public static Builder builder() {
		return new Builder();
	}

	public int size() {
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
	 * The index of a person, or -1.
	 */
	public int person(String key) {
		Integer index = this.personIndex.get(key);
		return index == null ? -1 : index;
	}

	/**
	 * Collects items and stated expertise. Terms become ids as they come, so that a large corpus
	 * holds no term strings per item; people are named by key and become identities at the
	 * build.
	 */
	public static final class Builder {

		private final List<Added> items = new ArrayList<>();

		private final Map<String, Map<String, Double>> expertise = new HashMap<>();

		private final Map<String, Integer> vocabulary = new HashMap<>();

		private record Added(String key, Kind kind, int[] terms, int[] counts, int length, int year, List<String> cpc,
				String organization, String[] people) {
		}

		/**
		 * Expertise a document states for a person.
		 */
		Builder expertise(String person, Map<String, Double> expertIn) {
			if (!expertIn.isEmpty()) {
				expertIn.forEach((symbol, score) -> this.expertise.computeIfAbsent(person, p -> new HashMap<>())
					.merge(symbol, score, Math::max));
			}
			return this;
		}

		public Builder item(String key, Kind kind, List<String> terms, int year, List<String> cpc, String organization,
				String... people) {
			Map<Integer, Integer> counts = new HashMap<>();
			for (String term : terms) {
				counts.merge(this.vocabulary.computeIfAbsent(term, t -> this.vocabulary.size()), 1, Integer::sum);
			}
			int[] ids = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
			int[] values = new int[ids.length];
			for (int k = 0; k < ids.length; k++) {
				values[k] = counts.get(ids[k]);
			}
			this.items.add(new Added(key, kind, ids, values, terms.size(), year, List.copyOf(cpc), organization,
					people));
			return this;
		}

		int items() {
			return this.items.size();
		}

		ExpertCorpus build() {
			return build(Set.of(), UnaryOperator.identity());
		}

		/**
		 * The corpus without some items, as if they had never been added, with people grouped
		 * into identities: every person key is replaced by its identity's key.
		 */
		public ExpertCorpus build(Set<String> without, UnaryOperator<String> identityOf) {
			TreeMap<String, Map<String, Double>> people = new TreeMap<>();
			List<Added> kept = this.items.stream().filter(i -> !without.contains(i.key())).toList();
			for (Added item : kept) {
				for (String person : item.people()) {
					people.putIfAbsent(identityOf.apply(person), new HashMap<>());
				}
			}
			this.expertise.forEach((person, stated) -> {
				Map<String, Double> merged = people.computeIfAbsent(identityOf.apply(person), p -> new HashMap<>());
				stated.forEach((symbol, score) -> merged.merge(symbol, score, Math::max));
			});
			Map<String, Integer> index = new HashMap<>();
			List<Person> list = new ArrayList<>(people.size());
			people.forEach((key, stated) -> {
				index.put(key, list.size());
				list.add(new Person(key, Map.copyOf(stated)));
			});
			Item[] items = new Item[kept.size()];
			for (int i = 0; i < items.length; i++) {
				Added a = kept.get(i);
				int[] members = Arrays.stream(a.people()).mapToInt(p -> index.get(identityOf.apply(p))).distinct().toArray();
				items[i] = new Item(a.key(), a.kind(), a.terms(), a.counts(), a.length(), a.year(), a.cpc(),
						a.organization(), members);
			}
			return new ExpertCorpus(List.copyOf(list), index, items, this.vocabulary, this.vocabulary.size());
		}

	}

}
