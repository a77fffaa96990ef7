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

	// a corpus from its arrays (an increment's, see merged)
	private ExpertCorpus(List<Person> people, String[] keys, int[] byKey, boolean[] documents, short[] years,
			int[] lengths, int[] cpcStart, int[] cpcCodes, String[] cpcNames, int[] organizations,
			String[] organizationNames, int[] peopleStart, int[] itemPeople, TermIds termIds, int[] postingStart,
			int[] postingItems, byte[] postingCounts) {
		int n = keys.length;
		this.people = people;
		this.keys = keys;
		this.byKey = byKey;
		this.documents = documents;
		this.years = years;
		this.lengths = lengths;
		this.cpcStart = cpcStart;
		this.cpcCodes = cpcCodes;
		this.cpcNames = cpcNames;
		this.organizations = organizations;
		this.organizationNames = organizationNames;
		this.peopleStart = peopleStart;
		this.itemPeople = itemPeople;
		this.termIds = termIds;
		this.vocabulary = termIds.size();
		long total = 0;
		for (int i = 0; i < n; i++) {
			total += lengths[i];
		}
		this.averageLength = n == 0 ? 1 : Math.max(1, (double) total / n);
		this.postingStart = postingStart;
		this.postingItems = postingItems;
		this.postingCounts = postingCounts;
		this.personItems = invert(people.size(), n, peopleStart, itemPeople);
		this.organizationItems = invert(organizationNames.length, n, organizations);
	}

	/**
	 * A patent an increment adds (or reads again), as {@link Builder#item} takes it.
	 *
	 * @param people the Person ids it names
	 */
	record Row(String key, List<String> terms, int year, List<String> cpc, String organization, String[] people) {
	}

	/**
	 * The corpus a whole build would make from this one's items without those removed,
	 * with these patents added, built from this corpus's arrays (no text read, no item
	 * copied one by one): items in a whole build's order (patents by key, then
	 * documents), term, CPC and owner ids in the order a whole build gives them (first
	 * use), postings of the kept items copied with their new item ids and merged with the
	 * added ones. Null when it cannot: a person of this corpus is in another identity
	 * now, or its term ids are not in the order of their first items (then the caller
	 * copies the items).
	 * @param removed per item, whether it is left out (the patents read again)
	 * @param rows the patents added, by key
	 * @param identityOf a Person id's identity key
	 * @param expertise stated expertise of the Person rows read again, by Person id
	 * @param added per added row, its position in the new corpus (filled in)
	 * @param kept per item of this corpus, its position in the new one or -1 (filled in)
	 */
	ExpertCorpus merged(boolean[] removed, List<Row> rows, UnaryOperator<String> identityOf,
			Map<String, Map<String, Double>> expertise, int[] added, int[] kept) {
		int n0 = size();
		int r = rows.size();
		// the order: patents by key (kept and added), then documents
		int[] source = new int[n0 + r];
		int n = 0;
		int next = 0;
		for (int i = 0; i < n0; i++) {
			kept[i] = -1;
			if (!this.documents[i]) {
				for (; next < r && rows.get(next).key().compareTo(this.keys[i]) < 0; next++) {
					added[next] = n;
					source[n++] = -(next + 1);
				}
				if (!removed[i]) {
					kept[i] = n;
					source[n++] = i;
				}
			}
		}
		for (; next < r; next++) {
			added[next] = n;
			source[n++] = -(next + 1);
		}
		for (int i = 0; i < n0; i++) {
			if (this.documents[i] && !removed[i]) {
				kept[i] = n;
				source[n++] = i;
			}
		}
		// people: those named by an item kept or added, or with stated expertise
		int people0 = this.people.size();
		Map<String, Map<String, Double>> stated = new HashMap<>();
		for (int p = 0; p < people0; p++) {
			Person person = this.people.get(p);
			if (!identityOf.apply(person.key()).equals(person.key())) {
				return null;
			}
			if (!person.expertIn().isEmpty()) {
				stated.put(person.key(), new HashMap<>(person.expertIn()));
			}
		}
		expertise.forEach((id, expertIn) -> {
			if (!expertIn.isEmpty()) {
				Map<String, Double> merged = stated.computeIfAbsent(identityOf.apply(id), k -> new HashMap<>());
				expertIn.forEach((symbol, score) -> merged.merge(symbol, score, Math::max));
			}
		});
		boolean[] named = new boolean[people0];
		for (int i = 0; i < n0; i++) {
			if (!removed[i]) {
				for (int m = this.peopleStart[i]; m < this.peopleStart[i + 1]; m++) {
					named[this.itemPeople[m]] = true;
				}
			}
		}
		java.util.TreeSet<String> newKeys = new java.util.TreeSet<>();
		for (Row row : rows) {
			for (String id : row.people()) {
				String key = identityOf.apply(id);
				int p = person(key);
				if (p >= 0) {
					named[p] = true;
				}
				else {
					newKeys.add(key);
				}
			}
		}
		for (String key : stated.keySet()) {
			int p = person(key);
			if (p >= 0) {
				named[p] = true;
			}
			else {
				newKeys.add(key);
			}
		}
		List<Person> people = new ArrayList<>(people0 + newKeys.size());
		int[] personOf = new int[people0];
		Map<String, Integer> newPeople = new HashMap<>();
		java.util.Iterator<String> more = newKeys.iterator();
		String pending = more.hasNext() ? more.next() : null;
		for (int p = 0; p <= people0; p++) {
			String key = p < people0 ? this.people.get(p).key() : null;
			while (pending != null && (key == null || pending.compareTo(key) < 0)) {
				newPeople.put(pending, people.size());
				Map<String, Double> expertIn = stated.get(pending);
				people.add(new Person(pending, expertIn == null ? Map.of() : Map.copyOf(expertIn)));
				pending = more.hasNext() ? more.next() : null;
			}
			if (key == null) {
				break;
			}
			personOf[p] = -1;
			if (named[p]) {
				personOf[p] = people.size();
				Map<String, Double> expertIn = stated.get(key);
				Person before = this.people.get(p);
				people.add(expertIn == null ? (before.expertIn().isEmpty() ? before : new Person(key, Map.of()))
						: expertIn.equals(before.expertIn()) ? before : new Person(key, Map.copyOf(expertIn)));
			}
		}
		// the items, with CPC and owner ids by first use
		String[] keys = new String[n];
		boolean[] documents = new boolean[n];
		short[] years = new short[n];
		int[] lengths = new int[n];
		int[] organizations = new int[n];
		int[] cpcStart = new int[n + 1];
		Ints cpcCodes = new Ints();
		int[] peopleStart = new int[n + 1];
		Ints itemPeople = new Ints();
		Renumbering cpc = new Renumbering(this.cpcNames);
		Renumbering owners = new Renumbering(this.organizationNames);
		List<Map<Long, Integer>> rowTerms = new ArrayList<>(r);
		for (int j = 0; j < n; j++) {
			int i = source[j];
			if (i >= 0) {
				keys[j] = this.keys[i];
				documents[j] = this.documents[i];
				years[j] = this.years[i];
				lengths[j] = this.lengths[i];
				organizations[j] = this.organizations[i] < 0 ? -1 : owners.of(this.organizations[i]);
				for (int k = this.cpcStart[i]; k < this.cpcStart[i + 1]; k++) {
					cpcCodes.add(cpc.of(this.cpcCodes[k]));
				}
				for (int m = this.peopleStart[i]; m < this.peopleStart[i + 1]; m++) {
					addOnce(itemPeople, peopleStart[j], personOf[this.itemPeople[m]]);
				}
			}
			else {
				Row row = rows.get(-i - 1);
				keys[j] = row.key();
				years[j] = (short) Math.max(0, Math.min(Short.MAX_VALUE, row.year()));
				lengths[j] = row.terms().size();
				organizations[j] = row.organization() == null ? -1 : owners.of(row.organization());
				for (String c : row.cpc().stream().distinct().toList()) {
					cpcCodes.add(cpc.of(c));
				}
				for (String id : row.people()) {
					String key = identityOf.apply(id);
					int p = person(key);
					addOnce(itemPeople, peopleStart[j], p >= 0 ? personOf[p] : newPeople.get(key));
				}
				Map<Long, Integer> counts = new java.util.LinkedHashMap<>();
				for (String term : row.terms()) {
					counts.merge(TermIds.hash(term), 1, Integer::sum);
				}
				rowTerms.add(counts);
			}
			cpcStart[j + 1] = cpcCodes.size();
			peopleStart[j + 1] = itemPeople.size();
		}
		// terms: each one's first item in the new order decides its id, as in a build
		int v0 = this.vocabulary;
		int[] surviving = new int[v0];
		int[] first = new int[v0];
		for (int t = 0; t < v0; t++) {
			first[t] = Integer.MAX_VALUE;
			for (int k = this.postingStart[t]; k < this.postingStart[t + 1]; k++) {
				int i = this.postingItems[k];
				if (!removed[i]) {
					if (surviving[t]++ == 0) {
						first[t] = kept[i];
					}
				}
			}
		}
		// the added rows' terms: where each is first used (item, then its rank there)
		Map<Long, long[]> inRows = new HashMap<>();
		for (int j = 0; j < r; j++) {
			int rank = 0;
			for (Map.Entry<Long, Integer> e : rowTerms.get(j).entrySet()) {
				int at = added[j];
				int order = rank++;
				inRows.computeIfAbsent(e.getKey(), h -> new long[] { at, order, this.termIds.idOfHash(h) });
			}
		}
		// terms whose first item is another than before (first item removed, or an added
		// row before it), and new terms: (item, rank, old id or -1, hash)
		List<long[]> moved = new ArrayList<>();
		boolean[] isMoved = new boolean[v0];
		long[] hashes = this.termIds.hashesById();
		inRows.forEach((hash, at) -> {
			int t = (int) at[2];
			if (t >= 0 && t < v0) {
				if (at[0] < first[t]) {
					isMoved[t] = true;
					moved.add(new long[] { at[0], at[1], t, hash });
				}
			}
			else {
				moved.add(new long[] { at[0], at[1], -1, hash });
			}
		});
		for (int t = 0; t < v0; t++) {
			if (!isMoved[t] && surviving[t] > 0 && this.postingStart[t] < this.postingStart[t + 1]
					&& removed[this.postingItems[this.postingStart[t]]]) {
				isMoved[t] = true;
				moved.add(new long[] { first[t], t, t, hashes[t] });
			}
		}
		moved.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
		// merge the terms that kept their first item (in id order, which is theirs) with
		// those that moved
		int[] oldOf = new int[v0 + moved.size()];
		long[] newHashes = new long[v0 + moved.size()];
		int[] newOf = new int[v0];
		Arrays.fill(newOf, -1);
		Map<Long, Integer> newTerms = new HashMap<>();
		int v = 0;
		int m = 0;
		long lastItem = -1;
		long lastRank = -1;
		for (int t = 0; t <= v0; t++) {
			boolean stays = t < v0 && !isMoved[t] && surviving[t] > 0;
			if (t < v0 && !stays) {
				continue;
			}
			while (m < moved.size() && (t == v0 || moved.get(m)[0] < first[t]
					|| (moved.get(m)[0] == first[t] && moved.get(m)[1] < t))) {
				long[] e = moved.get(m++);
				if (e[0] < lastItem || (e[0] == lastItem && e[1] <= lastRank)) {
					return null;
				}
				lastItem = e[0];
				lastRank = e[1];
				oldOf[v] = (int) e[2];
				newHashes[v] = e[3];
				if (e[2] >= 0) {
					newOf[(int) e[2]] = v;
				}
				else {
					newTerms.put(e[3], v);
				}
				v++;
			}
			if (t == v0) {
				break;
			}
			if (first[t] < lastItem || (first[t] == lastItem && t <= lastRank)) {
				return null;
			}
			lastItem = first[t];
			lastRank = t;
			oldOf[v] = t;
			newHashes[v] = hashes[t];
			newOf[t] = v++;
		}
		// the added rows' postings by new term id, in item order
		Map<Integer, Ints> rowPostings = new HashMap<>();
		Map<Integer, Ints> rowCounts = new HashMap<>();
		for (int j = 0; j < r; j++) {
			for (Map.Entry<Long, Integer> e : rowTerms.get(j).entrySet()) {
				long[] at = inRows.get(e.getKey());
				int t = (int) at[2];
				int id = t >= 0 && t < v0 ? newOf[t] : newTerms.get(e.getKey());
				rowPostings.computeIfAbsent(id, x -> new Ints()).add(added[j]);
				rowCounts.computeIfAbsent(id, x -> new Ints()).add(Math.min(MAX_COUNT, e.getValue()));
			}
		}
		int[] postingStart = new int[v + 1];
		for (int id = 0; id < v; id++) {
			Ints extra = rowPostings.get(id);
			postingStart[id + 1] = postingStart[id] + (oldOf[id] >= 0 ? surviving[oldOf[id]] : 0)
					+ (extra == null ? 0 : extra.size());
		}
		int[] postingItems = new int[postingStart[v]];
		byte[] postingCounts = new byte[postingItems.length];
		for (int id = 0; id < v; id++) {
			int out = postingStart[id];
			Ints extra = rowPostings.get(id);
			Ints extraCounts = rowCounts.get(id);
			int x = 0;
			int xs = extra == null ? 0 : extra.size();
			int t = oldOf[id];
			if (t >= 0) {
				for (int k = this.postingStart[t]; k < this.postingStart[t + 1]; k++) {
					int i = this.postingItems[k];
					if (removed[i]) {
						continue;
					}
					int at = kept[i];
					for (; x < xs && extra.get(x) < at; x++) {
						postingItems[out] = extra.get(x);
						postingCounts[out++] = (byte) extraCounts.get(x);
					}
					postingItems[out] = at;
					postingCounts[out++] = this.postingCounts[k];
				}
			}
			for (; x < xs; x++) {
				postingItems[out] = extra.get(x);
				postingCounts[out++] = (byte) extraCounts.get(x);
			}
		}
		// items by key: the kept ones in their order, the added ones put in by key
		int[] byKey = new int[n];
		int b = 0;
		int j = 0;
		int[] insertAt = new int[r];
		for (int k = 0; k < r; k++) {
			insertAt[k] = insertionPoint(rows.get(k).key());
		}
		for (int k = 0; k <= this.byKey.length; k++) {
			for (; j < r && insertAt[j] == k; j++) {
				byKey[b++] = added[j];
			}
			if (k < this.byKey.length && !removed[this.byKey[k]]) {
				byKey[b++] = kept[this.byKey[k]];
			}
		}
		return new ExpertCorpus(List.copyOf(people), keys, byKey, documents, years, lengths, cpcStart,
				cpcCodes.toArray(), cpc.names(), organizations, owners.names(), peopleStart, itemPeople.toArray(),
				TermIds.of(Arrays.copyOf(newHashes, v)), postingStart, postingItems, postingCounts);
	}

	// adds a person to the item that starts at from, once
	private static void addOnce(Ints itemPeople, int from, int person) {
		for (int x = from; x < itemPeople.size(); x++) {
			if (itemPeople.get(x) == person) {
				return;
			}
		}
		itemPeople.add(person);
	}

	// where a key goes among byKey: the first position whose key is not before it
	private int insertionPoint(String key) {
		int low = 0;
		int high = this.byKey.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.keys[this.byKey[mid]].compareTo(key) < 0) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	/**
	 * Names of a dictionary numbered again by first use: old ids or names to new ids.
	 */
	private static final class Renumbering {

		private final String[] old;

		private final int[] ids;

		private final Map<String, Integer> byName = new HashMap<>();

		private final List<String> names = new ArrayList<>();

		private Map<String, Integer> oldIds;

		Renumbering(String[] old) {
			this.old = old;
			this.ids = new int[old.length];
			Arrays.fill(this.ids, -1);
		}

		int of(int oldId) {
			if (this.ids[oldId] < 0) {
				this.ids[oldId] = add(this.old[oldId]);
			}
			return this.ids[oldId];
		}

		int of(String name) {
			Integer id = this.byName.get(name);
			if (id != null) {
				return id;
			}
			if (this.oldIds == null) {
				this.oldIds = new HashMap<>();
				for (int k = 0; k < this.old.length; k++) {
					this.oldIds.put(this.old[k], k);
				}
			}
			Integer oldId = this.oldIds.get(name);
			return oldId != null ? of(oldId) : add(name);
		}

		private int add(String name) {
			int id = this.names.size();
			this.names.add(name);
			this.byName.put(name, id);
			return id;
		}

		String[] names() {
			return this.names.toArray(String[]::new);
		}

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
