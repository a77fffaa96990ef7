package org.ipgraph.experts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The evidence people are ranked on, indexed once: items (patents and documents) in an
 * inverted index, their year, CPC subclasses and first owner, and which people each item
 * names. Pure data; {@link ExpertRanker} does the scoring. An evaluation builds one per
 * held-out patent with {@link Builder#build(Set, UnaryOperator)}, so that the held-out
 * item adds nothing: no terms, no document frequencies, no person links.
 * <p>
 * Sized for millions of items: everything is kept in flat primitive arrays (no object per
 * item or per posting), CPC subclasses and owners as ids into small dictionaries, the
 * vocabulary as hashed ids ({@link TermIds}, no term strings), and no forward index (the
 * ranker reads a person's terms through the postings of the query's terms). A posting
 * takes five bytes: the item and its count of the term (capped at 255, where BM25 and the
 * log-scaled TF-IDF have long saturated).
 */
public final class ExpertCorpus implements Serializable {

	/**
	 * Pinned to the value of the layout it was computed for, so that a snapshot survives
	 * a change of methods; change it when the fields change.
	 */
	private static final long serialVersionUID = -1088584301746194306L;

	public enum Kind {

		PATENT, DOCUMENT

	}

	/**
	 * A person (a resolved identity) as the ranker sees them.
	 *
	 * @param key the identity key
	 * @param expertIn CPC symbols a document states expertise in, with the stated score
	 */
	public record Person(String key, Map<String, Double> expertIn) implements Serializable {
	}

	private static final int MAX_COUNT = 255;

	/** People, ordered by key. */
	public final List<Person> people;

	private final String[] keys;

	/** Item ids ordered by key, for {@link #item(String)}. */
	private final int[] byKey;

	private final boolean[] documents;

	private final short[] years;

	final int[] lengths;

	/**
	 * Item i's CPC subclasses are {@code cpcNames[cpcCodes[cpcStart[i]..cpcStart[i+1]]]}.
	 */
	final int[] cpcStart;

	final int[] cpcCodes;

	final String[] cpcNames;

	/** Per item: its first owner's id in {@link #organizationNames}, or -1. */
	final int[] organizations;

	private final String[] organizationNames;

	/** Per organization id: its items. */
	private final int[][] organizationItems;

	/** Item i names {@code itemPeople[peopleStart[i]..peopleStart[i+1]]}. */
	final int[] peopleStart;

	final int[] itemPeople;

	/**
	 * The builder's vocabulary: ids of terms; terms added after the build are unknown
	 * here.
	 */
	private final TermIds termIds;

	private final int vocabulary;

	final double averageLength;

	/** Term t's postings are {@code postingItems[postingStart[t]..postingStart[t+1]]}. */
	final int[] postingStart;

	final int[] postingItems;

	/** How often the term occurs in the item, unsigned. */
	final byte[] postingCounts;

	/** Per person: their items. */
	public final int[][] personItems;

	private ExpertCorpus(Builder builder, List<Person> people, int[] kept, int[] itemPeople, int[] peopleStart) {
		int n = kept.length;
		this.people = people;
		this.termIds = builder.termIds;
		this.vocabulary = builder.termIds.size();
		this.keys = new String[n];
		this.documents = new boolean[n];
		this.years = new short[n];
		this.lengths = new int[n];
		this.organizations = new int[n];
		this.cpcStart = new int[n + 1];
		this.peopleStart = peopleStart;
		this.itemPeople = itemPeople;
		int cpcTotal = 0;
		for (int i = 0; i < n; i++) {
			int a = kept[i];
			cpcTotal += builder.cpcStart.get(a + 1) - builder.cpcStart.get(a);
		}
		this.cpcCodes = new int[cpcTotal];
		this.cpcNames = builder.cpcNames.toArray(String[]::new);
		this.organizationNames = builder.organizationNames.toArray(String[]::new);
		int[] documentFrequency = new int[this.vocabulary];
		long total = 0;
		for (int i = 0; i < n; i++) {
			int a = kept[i];
			this.keys[i] = builder.keys.get(a);
			this.documents[i] = builder.documents.get(a);
			this.years[i] = (short) builder.years.get(a);
			this.lengths[i] = builder.lengths.get(a);
			this.organizations[i] = builder.organizations.get(a);
			this.cpcStart[i + 1] = this.cpcStart[i];
			for (int k = builder.cpcStart.get(a); k < builder.cpcStart.get(a + 1); k++) {
				this.cpcCodes[this.cpcStart[i + 1]++] = builder.cpcCodes.get(k);
			}
			total += this.lengths[i];
			for (int k = builder.termStart.get(a); k < builder.termStart.get(a + 1); k++) {
				documentFrequency[builder.terms.get(k)]++;
			}
		}
		this.averageLength = n == 0 ? 1 : Math.max(1, (double) total / n);
		this.postingStart = new int[this.vocabulary + 1];
		for (int t = 0; t < this.vocabulary; t++) {
			this.postingStart[t + 1] = this.postingStart[t] + documentFrequency[t];
		}
		this.postingItems = new int[this.postingStart[this.vocabulary]];
		this.postingCounts = new byte[this.postingItems.length];
		int[] fill = Arrays.copyOf(this.postingStart, this.vocabulary);
		for (int i = 0; i < n; i++) {
			int a = kept[i];
			for (int k = builder.termStart.get(a); k < builder.termStart.get(a + 1); k++) {
				int t = builder.terms.get(k);
				this.postingItems[fill[t]] = i;
				this.postingCounts[fill[t]++] = builder.counts.get(k);
			}
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> this.keys[x].compareTo(this.keys[y]));
		this.byKey = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
		this.personItems = invert(people.size(), n, peopleStart, itemPeople);
		this.organizationItems = invert(this.organizationNames.length, n, this.organizations);
	}

	/**
	 * The id of a term, or -1 when no item has it.
	 */
	int termId(String term) {
		int id = this.termIds.id(term);
		return id < 0 || id >= this.vocabulary || documentFrequency(id) == 0 ? -1 : id;
	}

	int documentFrequency(int term) {
		return this.postingStart[term + 1] - this.postingStart[term];
	}

	static int count(byte count) {
		return count & 0xFF;
	}

	public static Builder builder() {
		return new Builder();
	}

	public int size() {
		return this.keys.length;
	}

	/**
	 * The item with this key (a patent number or document id), or -1.
	 */
	int item(String key) {
		int low = 0;
		int high = this.byKey.length - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			int c = this.keys[this.byKey[mid]].compareTo(key);
			if (c == 0) {
				return this.byKey[mid];
			}
			if (c < 0) {
				low = mid + 1;
			}
			else {
				high = mid - 1;
			}
		}
		return -1;
	}

	String key(int item) {
		return this.keys[item];
	}

	Kind kind(int item) {
		return this.documents[item] ? Kind.DOCUMENT : Kind.PATENT;
	}

	/**
	 * Year of filing or publication, 0 when unknown.
	 */
	int year(int item) {
		return this.years[item];
	}

	/**
	 * The item's CPC subclasses.
	 */
	List<String> cpc(int item) {
		List<String> cpc = new ArrayList<>(this.cpcStart[item + 1] - this.cpcStart[item]);
		for (int k = this.cpcStart[item]; k < this.cpcStart[item + 1]; k++) {
			cpc.add(this.cpcNames[this.cpcCodes[k]]);
		}
		return cpc;
	}

	/**
	 * The first owner's id, or null.
	 */
	String organization(int item) {
		return this.organizations[item] < 0 ? null : this.organizationNames[this.organizations[item]];
	}

	/**
	 * The items of an organization (by its id in this corpus, {@link #organizations}).
	 */
	int[] organizationItems(int organization) {
		return this.organizationItems[organization];
	}

	/**
	 * Smoothed inverse document frequency, as in {@code similarity.TfIdf}.
	 */
	double idf(int term) {
		return Math.log((1.0 + size()) / (1.0 + documentFrequency(term))) + 1.0;
	}

	/**
	 * BM25's inverse document frequency.
	 */
	double bm25Idf(int term) {
		double df = documentFrequency(term);
		return Math.log(1 + (size() - df + 0.5) / (df + 0.5));
	}

	/**
	 * Each item's terms (ids of this corpus, ascending) and counts, and each id's term
	 * hash: what an increment copies unchanged items from.
	 */
	Forward forward() {
		int n = size();
		int[] start = new int[n + 1];
		for (int k = 0; k < this.postingItems.length; k++) {
			start[this.postingItems[k] + 1]++;
		}
		for (int i = 0; i < n; i++) {
			start[i + 1] += start[i];
		}
		int[] fill = Arrays.copyOf(start, n);
		int[] terms = new int[this.postingItems.length];
		byte[] counts = new byte[this.postingItems.length];
		for (int t = 0; t < this.vocabulary; t++) {
			for (int k = this.postingStart[t]; k < this.postingStart[t + 1]; k++) {
				int i = this.postingItems[k];
				terms[fill[i]] = t;
				counts[fill[i]++] = this.postingCounts[k];
			}
		}
		return new Forward(start, terms, counts, this.termIds.hashesById());
	}

	/**
	 * A corpus's items' terms: item i's are {@code terms[start[i]..start[i+1]]} with
	 * their counts, term t's hash is {@code hashes[t]}.
	 */
	record Forward(int[] start, int[] terms, byte[] counts, long[] hashes) {
	}

	private static int[][] invert(int people, int items, int[] start, int[] members) {
		int[] counts = new int[people];
		for (int k = 0; k < start[items]; k++) {
			counts[members[k]]++;
		}
		int[][] result = new int[people][];
		for (int p = 0; p < people; p++) {
			result[p] = new int[counts[p]];
		}
		int[] fill = new int[people];
		for (int i = 0; i < items; i++) {
			for (int k = start[i]; k < start[i + 1]; k++) {
				result[members[k]][fill[members[k]]++] = i;
			}
		}
		return result;
	}

	private static int[][] invert(int organizations, int items, int[] owners) {
		int[] start = new int[items + 1];
		int[] members = new int[items];
		int m = 0;
		for (int i = 0; i < items; i++) {
			if (owners[i] >= 0) {
				members[m++] = owners[i];
			}
			start[i + 1] = m;
		}
		return invert(organizations, items, start, members);
	}

	/**
	 * The index of a person, or -1.
	 */
	public int person(String key) {
		int low = 0;
		int high = this.people.size() - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			int c = this.people.get(mid).key().compareTo(key);
			if (c == 0) {
				return mid;
			}
			if (c < 0) {
				low = mid + 1;
			}
			else {
				high = mid - 1;
			}
		}
		return -1;
	}

	/**
	 * Collects items and stated expertise. Terms become ids as they come, so that a large
	 * corpus holds no term strings per item; items are kept in growing primitive arrays;
	 * people are named by key and become identities at the build.
	 */
	public static final class Builder {

		private final TermIds termIds = new TermIds();

		private final List<String> keys = new ArrayList<>();

		private final Bits documents = new Bits();

		private final Ints years = new Ints();

		private final Ints lengths = new Ints();

		private final Ints organizations = new Ints();

		private final Ints termStart = new Ints().with(0);

		private final Ints terms = new Ints();

		private final Bytes counts = new Bytes();

		private final Ints cpcStart = new Ints().with(0);

		private final Ints cpcCodes = new Ints();

		private final Ints peopleStart = new Ints().with(0);

		private final Ints people = new Ints();

		private final Dictionary cpcNames = new Dictionary();

		private final Dictionary organizationNames = new Dictionary();

		private final Dictionary personKeys = new Dictionary();

		private final Map<String, Map<String, Double>> expertise = new HashMap<>();

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
				counts.merge(this.termIds.add(term), 1, Integer::sum);
			}
			int[] ids = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
			byte[] capped = new byte[ids.length];
			for (int k = 0; k < ids.length; k++) {
				capped[k] = (byte) Math.min(MAX_COUNT, counts.get(ids[k]));
			}
			return add(key, kind, ids, capped, terms.size(), year, cpc, organization, people);
		}

		/**
		 * An item of another corpus as it is there (an increment copies the items that
		 * did not change): its terms become ids of this builder in the order of their ids
		 * there, so that copying a corpus's items in order gives the ids a build from the
		 * texts would.
		 * @param forward the other corpus's {@link ExpertCorpus#forward()}
		 */
		Builder copy(ExpertCorpus from, Forward forward, int item) {
			int start = forward.start[item];
			int n = forward.start[item + 1] - start;
			long[] pairs = new long[n];
			for (int k = 0; k < n; k++) {
				int id = this.termIds.addHash(forward.hashes[forward.terms[start + k]]);
				pairs[k] = (long) id << 8 | (forward.counts[start + k] & 0xFF);
			}
			Arrays.sort(pairs);
			int[] ids = new int[n];
			byte[] counts = new byte[n];
			for (int k = 0; k < n; k++) {
				ids[k] = (int) (pairs[k] >>> 8);
				counts[k] = (byte) pairs[k];
			}
			String[] people = new String[from.peopleStart[item + 1] - from.peopleStart[item]];
			for (int m = 0; m < people.length; m++) {
				people[m] = from.people.get(from.itemPeople[from.peopleStart[item] + m]).key();
			}
			return add(from.key(item), from.kind(item), ids, counts, from.lengths[item], from.year(item),
					from.cpc(item), from.organization(item), people);
		}

		private Builder add(String key, Kind kind, int[] ids, byte[] counts, int length, int year, List<String> cpc,
				String organization, String... people) {
			for (int k = 0; k < ids.length; k++) {
				this.terms.add(ids[k]);
				this.counts.add(counts[k]);
			}
			this.termStart.add(this.terms.size());
			this.keys.add(key);
			this.documents.add(kind == Kind.DOCUMENT);
			this.years.add(Math.max(0, Math.min(Short.MAX_VALUE, year)));
			this.lengths.add(length);
			this.organizations.add(organization == null ? -1 : this.organizationNames.id(organization));
			for (String c : cpc.stream().distinct().toList()) {
				this.cpcCodes.add(this.cpcNames.id(c));
			}
			this.cpcStart.add(this.cpcCodes.size());
			for (String person : people) {
				this.people.add(this.personKeys.id(person));
			}
			this.peopleStart.add(this.people.size());
			return this;
		}

		int items() {
			return this.keys.size();
		}

		ExpertCorpus build() {
			return build(Set.of(), UnaryOperator.identity());
		}

		/**
		 * The corpus without some items, as if they had never been added, with people
		 * grouped into identities: every person key is replaced by its identity's key.
		 */
		public ExpertCorpus build(Set<String> without, UnaryOperator<String> identityOf) {
			Ints kept = new Ints();
			for (int a = 0; a < this.keys.size(); a++) {
				if (!without.contains(this.keys.get(a))) {
					kept.add(a);
				}
			}
			String[] identities = new String[this.personKeys.size()];
			TreeMap<String, Map<String, Double>> named = new TreeMap<>();
			for (int k = 0; k < kept.size(); k++) {
				int a = kept.get(k);
				for (int m = this.peopleStart.get(a); m < this.peopleStart.get(a + 1); m++) {
					int person = this.people.get(m);
					if (identities[person] == null) {
						identities[person] = identityOf.apply(this.personKeys.get(person));
					}
					named.putIfAbsent(identities[person], Map.of());
				}
			}
			this.expertise.forEach((person, stated) -> {
				Map<String, Double> merged = new HashMap<>(named.getOrDefault(identityOf.apply(person), Map.of()));
				stated.forEach((symbol, score) -> merged.merge(symbol, score, Math::max));
				named.put(identityOf.apply(person), Map.copyOf(merged));
			});
			Map<String, Integer> index = new HashMap<>();
			List<Person> list = new ArrayList<>(named.size());
			named.forEach((key, stated) -> {
				index.put(key, list.size());
				list.add(new Person(key, stated));
			});
			int[] peopleStart = new int[kept.size() + 1];
			Ints itemPeople = new Ints();
			for (int k = 0; k < kept.size(); k++) {
				int a = kept.get(k);
				int from = itemPeople.size();
				for (int m = this.peopleStart.get(a); m < this.peopleStart.get(a + 1); m++) {
					int p = index.get(identities[this.people.get(m)]);
					boolean seen = false;
					for (int x = from; x < itemPeople.size() && !seen; x++) {
						seen = itemPeople.get(x) == p;
					}
					if (!seen) {
						itemPeople.add(p);
					}
				}
				peopleStart[k + 1] = itemPeople.size();
			}
			return new ExpertCorpus(this, List.copyOf(list), kept.toArray(), itemPeople.toArray(), peopleStart);
		}

	}

	/**
	 * A growing int array.
	 */
	private static final class Ints {

		private int[] values = new int[16];

		private int size;

		Ints with(int value) {
			add(value);
			return this;
		}

		void add(int value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size + (this.size >> 1));
			}
			this.values[this.size++] = value;
		}

		int get(int index) {
			return this.values[index];
		}

		int size() {
			return this.size;
		}

		int[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

	/**
	 * A growing byte array.
	 */
	private static final class Bytes {

		private byte[] values = new byte[16];

		private int size;

		void add(byte value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size + (this.size >> 1));
			}
			this.values[this.size++] = value;
		}

		byte get(int index) {
			return this.values[index];
		}

	}

	/**
	 * A growing bit array.
	 */
	private static final class Bits {

		private final java.util.BitSet bits = new java.util.BitSet();

		private int size;

		void add(boolean value) {
			this.bits.set(this.size++, value);
		}

		boolean get(int index) {
			return this.bits.get(index);
		}

	}

	/**
	 * Strings to dense ids and back.
	 */
	private static final class Dictionary {

		private final Map<String, Integer> ids = new HashMap<>();

		private final List<String> names = new ArrayList<>();

		int id(String name) {
			Integer id = this.ids.get(name);
			if (id == null) {
				id = this.names.size();
				this.ids.put(name, id);
				this.names.add(name);
			}
			return id;
		}

		String get(int id) {
			return this.names.get(id);
		}

		int size() {
			return this.names.size();
		}

		String[] toArray(java.util.function.IntFunction<String[]> array) {
			return this.names.toArray(array);
		}

	}

}
