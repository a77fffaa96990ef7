package org.ipgraph.partners;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.similarity.SparseVector;
import org.ipgraph.similarity.TfIdf;

/**
 * The facts partner recommendations are computed from, in memory, each with its year, so
 * that the same facts give the profiles of any moment ({@link Profiles#asOf}):
 * organizations, patents with their owners, inventors, CPC codes, citations and TF-IDF
 * text vectors, the corporate tree, declared relations (partnerships, licences) and
 * affiliations known from text. Everything is indexed by position; nothing here knows
 * Spring or Neo4j.
 */
public final class PartnerGraph implements Serializable {

	/** The year of a patent without any date: counted as known at every moment. */
	public static final int UNDATED = 0;

	public final String[] orgIds;

	final String[] orgNames;

	final String[] orgKinds;

	final String[] orgCountries;

	final String[] patentNumbers;

	final int[] patentYears;

	public final String[] patentTitles;

	/** Office position per patent (US, EP, WO...), or -1. */
	final int[] patentOffices;

	final String[] offices;

	final int[][] patentOwners;

	/** Person positions per patent. */
	final int[][] patentInventors;

	/** Code positions per patent (the symbols as classified). */
	final int[][] patentCodes;

	/**
	 * Cited patents (positions) per patent; citations of patents not in the graph are
	 * left out.
	 */
	final int[][] patentCites;

	/** The patents' TF-IDF vectors, compact. */
	private final PatentTexts texts;

	/** The vocabulary by term id, made on first use (for explanations). */
	private volatile String[] terms;

	final String[] personIds;

	/** Name-key position per person: people are matched across organizations by name. */
	final int[] personNames;

	final String[] nameKeys;

	final String[] codes;

	final String[] subclasses;

	final int[] codeSubclass;

	final String[] mainGroups;

	final int[] codeMainGroup;

	/** Child, parent pairs of SUBSIDIARY_OF. */
	final int[][] subsidiaries;

	/** Declared relations (partnerships, licences): org, org, year, type position. */
	final List<Relation> relations;

	/** People affiliated with an organization by a source other than patents. */
	final List<Affiliation> affiliations;

	final TfIdf tfidf;

	/** Patents per organization. */
	final int[][] orgPatents;

	/**
	 * Patents that had ended (expired, lapsed, withdrawn) when the graph was read
	 * ({@link org.ipgraph.graph.PatentStatus}).
	 */
	final java.util.BitSet patentEnded;

	private final Map<String, Integer> orgIndex;

	private final Map<String, Integer> patentIndex;

	/**
	 * The day the patents' ended flags were read (they depend on it: an expiry passes),
	 * or null when unknown.
	 */
	final java.time.LocalDate day;

	/**
	 * Every patent's terms, in position order, on disk: an increment fits TF-IDF again
	 * over them ({@link PartnerGraphLoader#update}). Written into the snapshot's file
	 * with the graph; null when the graph was not built from a spool.
	 */
	private transient PatentTexts.Spool spool;

	private PartnerGraph(Builder b, TfIdf tfidf, PatentTexts texts, PatentTexts.Spool spool) {
		this.day = b.day;
		this.spool = spool;
		this.orgIds = b.orgs.ids();
		this.orgIndex = b.orgs.index;
		this.orgNames = b.orgNames.toArray(String[]::new);
		this.orgKinds = b.orgKinds.toArray(String[]::new);
		this.orgCountries = b.orgCountries.toArray(String[]::new);
		this.patentNumbers = b.patents.ids();
		this.patentIndex = b.patents.index;
		this.patentYears = b.years.stream().mapToInt(Integer::intValue).toArray();
		this.patentTitles = b.titles.toArray(String[]::new);
		this.patentOffices = b.patentOffices.stream().mapToInt(Integer::intValue).toArray();
		this.offices = b.offices.ids();
		this.patentOwners = b.owners.toArray(int[][]::new);
		this.patentInventors = b.inventors.toArray(int[][]::new);
		this.patentCodes = b.patentCodes.toArray(int[][]::new);
		this.patentCites = new int[this.patentNumbers.length][];
		for (int p = 0; p < this.patentCites.length; p++) {
			this.patentCites[p] = b.cites.get(p)
				.stream()
				.map(this.patentIndex::get)
				.filter(q -> q != null && q != -1)
				.mapToInt(Integer::intValue)
				.distinct()
				.toArray();
		}
		this.texts = texts;
		this.patentEnded = (java.util.BitSet) b.ended.clone();
		this.personIds = b.persons.ids();
		this.personNames = b.personNames.stream().mapToInt(Integer::intValue).toArray();
		this.nameKeys = b.names.ids();
		this.codes = b.codes.ids();
		this.subclasses = b.subclasses.ids();
		this.codeSubclass = b.codeSubclass.stream().mapToInt(Integer::intValue).toArray();
		this.mainGroups = b.mainGroups.ids();
		this.codeMainGroup = b.codeMainGroup.stream().mapToInt(Integer::intValue).toArray();
		this.subsidiaries = b.subsidiaries.toArray(int[][]::new);
		this.relations = List.copyOf(b.relations);
		this.affiliations = List.copyOf(b.affiliations);
		this.tfidf = tfidf;
		List<List<Integer>> byOrg = new ArrayList<>();
		for (int o = 0; o < this.orgIds.length; o++) {
			byOrg.add(new ArrayList<>());
		}
		for (int p = 0; p < this.patentOwners.length; p++) {
			for (int o : this.patentOwners[p]) {
				byOrg.get(o).add(p);
			}
		}
		this.orgPatents = byOrg.stream()
			.map(l -> l.stream().mapToInt(Integer::intValue).toArray())
			.toArray(int[][]::new);
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Every patent's terms in position order, or null when they are not kept.
	 */
	PatentTexts.Spool spool() {
		return this.spool;
	}

	private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
		out.defaultWriteObject();
		if (this.spool == null) {
			out.writeInt(-1);
			return;
		}
		java.nio.file.Path file = this.spool.file();
		out.writeInt(this.spool.size());
		out.writeLong(java.nio.file.Files.size(file));
		java.nio.file.Files.copy(file, out);
	}

	private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
		in.defaultReadObject();
		int size = in.readInt();
		if (size < 0) {
			return;
		}
		long length = in.readLong();
		this.spool = PatentTexts.Spool.read(new BoundedInput(in, length), size);
		this.spool.deleteWhenUnreachable(this);
	}

	/**
	 * The next {@code length} bytes of a stream.
	 */
	private static final class BoundedInput extends java.io.InputStream {

		private final java.io.InputStream in;

		private long left;

		BoundedInput(java.io.InputStream in, long length) {
			this.in = in;
			this.left = length;
		}

		@Override
		public int read() throws java.io.IOException {
			if (this.left <= 0) {
				return -1;
			}
			int b = this.in.read();
			if (b >= 0) {
				this.left--;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
			if (this.left <= 0) {
				return -1;
			}
			int n = this.in.read(buffer, offset, (int) Math.min(length, this.left));
			if (n > 0) {
				this.left -= n;
			}
			return n;
		}

	}

	/**
	 * A patent's TF-IDF vector (cut to the configured number of terms).
	 */
	SparseVector patentVector(int patent) {
		return this.texts.vector(patent);
	}

	boolean hasText(int patent) {
		return !this.texts.isEmpty(patent);
	}

	/**
	 * Adds a patent's TF-IDF weights to a sum by term.
	 */
	void addText(int patent, Map<Integer, Double> sum) {
		this.texts.addTo(patent, sum);
	}

	/**
	 * The terms by id, to name shared terms.
	 */
	String[] terms() {
		String[] all = this.terms;
		if (all == null) {
			all = this.tfidf.termsById();
			this.terms = all;
		}
		return all;
	}

	public int organizations() {
		return this.orgIds.length;
	}

	public int patents() {
		return this.patentNumbers.length;
	}

	/**
	 * The position of an organization id, or -1.
	 */
	public int organization(String id) {
		return this.orgIndex.getOrDefault(id, -1);
	}

	public int patent(String number) {
		return this.patentIndex.getOrDefault(number, -1);
	}

	/**
	 * The last year with a sizeable share of patents (at least a twentieth of the busiest
	 * year): sources thin out in their last year or two, which should not count as the
	 * present.
	 */
	public int lastYear() {
		Map<Integer, Integer> counts = new HashMap<>();
		for (int y : this.patentYears) {
			if (y != UNDATED) {
				counts.merge(y, 1, Integer::sum);
			}
		}
		int busiest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		return counts.entrySet()
			.stream()
			.filter(e -> e.getValue() * 20 >= busiest)
			.mapToInt(Map.Entry::getKey)
			.max()
			.orElse(UNDATED);
	}

	boolean academic(int org) {
		return "university".equals(this.orgKinds[org]) || "research_institute".equals(this.orgKinds[org]);
	}

	/**
	 * A declared relation between two organizations.
	 *
	 * @param a one side
	 * @param b the other
	 * @param year when, or {@link #UNDATED}
	 * @param type PARTNERED_WITH, LICENSED_TO or WANTS_TO_DEAL
	 */
	record Relation(int a, int b, int year, String type) implements Serializable {
	}

	/**
	 * A person's affiliation known from a source other than patents (biographies, news).
	 *
	 * @param name name-key position
	 * @param org organization position
	 * @param from first year
	 * @param to last year
	 */
	record Affiliation(int name, int org, int from, int to) implements Serializable {
	}

	/**
	 * Collects facts by their keys; {@link #build()} fits the TF-IDF model on the
	 * patents' text.
	 */
	public static final class Builder {

		private final Interner orgs = new Interner();

		private final List<String> orgNames = new ArrayList<>();

		private final List<String> orgKinds = new ArrayList<>();

		private final List<String> orgCountries = new ArrayList<>();

		private final Interner patents = new Interner();

		private final List<Integer> years = new ArrayList<>();

		private final List<String> titles = new ArrayList<>();

		private final List<Integer> patentOffices = new ArrayList<>();

		private final Interner offices = new Interner();

		/**
		 * Texts go to disk as they arrive: at a million patents they do not fit the heap.
		 */
		private PatentTexts.Spool texts;

		private int termsPerPatent;

		private final List<int[]> owners = new ArrayList<>();

		private final List<int[]> inventors = new ArrayList<>();

		private final List<int[]> patentCodes = new ArrayList<>();

		private final List<List<String>> cites = new ArrayList<>();

		private final Interner persons = new Interner();

		private final List<Integer> personNames = new ArrayList<>();

		private final Interner names = new Interner();

		private final Interner codes = new Interner();

		private final Interner subclasses = new Interner();

		private final List<Integer> codeSubclass = new ArrayList<>();

		private final Interner mainGroups = new Interner();

		private final List<Integer> codeMainGroup = new ArrayList<>();

		private final List<int[]> subsidiaries = new ArrayList<>();

		private final List<Relation> relations = new ArrayList<>();

		private final List<Affiliation> affiliations = new ArrayList<>();

		private final java.util.BitSet ended = new java.util.BitSet();

		private java.time.LocalDate day;

		private Builder() {
		}

		/**
		 * The day the patents' ended flags are read.
		 */
		Builder day(java.time.LocalDate today) {
			this.day = today;
			return this;
		}

		/**
		 * A patent of a previous graph with everything it read, its text as terms: for an
		 * increment, which copies the patents that did not change.
		 */
		Builder copy(PartnerGraph g, int p, List<String> terms) {
			String number = g.patentNumbers[p];
			int office = g.patentOffices[p];
			patentTerms(number, g.patentYears[p], office < 0 ? null : g.offices[office], g.patentTitles[p], terms,
					java.util.Arrays.stream(g.patentOwners[p]).mapToObj(o -> g.orgIds[o]).toList(),
					java.util.Arrays.stream(g.patentInventors[p])
						.mapToObj(x -> new Inventor(g.personIds[x], g.nameKeys[g.personNames[x]]))
						.toList(),
					java.util.Arrays.stream(g.patentCodes[p]).mapToObj(c -> g.codes[c]).toList(),
					java.util.Arrays.stream(g.patentCites[p]).mapToObj(q -> g.patentNumbers[q]).toList());
			if (g.patentEnded.get(p)) {
				ended(number);
			}
			return this;
		}

		/**
		 * Keeps at most this many terms of each patent's vector (the heaviest), 0 for
		 * all.
		 */
		public Builder termsPerPatent(int limit) {
			this.termsPerPatent = Math.max(0, limit);
			return this;
		}

		/**
		 * Marks a patent added before as ended (expired, lapsed, withdrawn).
		 */
		public Builder ended(String number) {
			Integer p = this.patents.index.get(number);
			if (p != null) {
				this.ended.set(p);
			}
			return this;
		}

		public Builder organization(String id, String name, String kind, String country) {
			int o = org(id);
			this.orgNames.set(o, name != null ? name : this.orgNames.get(o));
			this.orgKinds.set(o, kind != null ? kind : this.orgKinds.get(o));
			this.orgCountries.set(o,
					country != null ? country.toUpperCase(java.util.Locale.ROOT) : this.orgCountries.get(o));
			return this;
		}

		/**
		 * A patent; owners are organization ids, inventors person ids with their name
		 * keys, text what TF-IDF reads (title, abstract, claims).
		 */
		public Builder patent(String number, int year, String office, String title, String text, List<String> ownerIds,
				List<Inventor> inventorList, List<String> symbols, List<String> cited) {
			if (this.patents.index.containsKey(number)) {
				return this;
			}
			return patentTerms(number, year, office, title, org.ipgraph.similarity.Terms.of(text), ownerIds,
					inventorList, symbols, cited);
		}

		private Builder patentTerms(String number, int year, String office, String title, List<String> terms,
				List<String> ownerIds, List<Inventor> inventorList, List<String> symbols, List<String> cited) {
			if (this.patents.index.containsKey(number)) {
				return this;
			}
			this.patents.add(number);
			this.years.add(year);
			this.titles.add(title);
			this.patentOffices.add(office == null || office.isBlank() ? -1 : this.offices.add(office));
			if (this.texts == null) {
				this.texts = new PatentTexts.Spool();
			}
			this.texts.addTerms(terms);
			this.owners.add(ownerIds.stream().distinct().mapToInt(this::org).toArray());
			this.inventors.add(inventorList.stream().mapToInt(this::person).distinct().toArray());
			this.patentCodes.add(symbols.stream().mapToInt(this::code).distinct().toArray());
			this.cites.add(List.copyOf(cited));
			return this;
		}

		public Builder subsidiary(String child, String parent) {
			this.subsidiaries.add(new int[] { org(child), org(parent) });
			return this;
		}

		public Builder relation(String a, String b, int year, String type) {
			this.relations.add(new Relation(org(a), org(b), year, type));
			return this;
		}

		Builder affiliation(String nameKey, String org, int from, int to) {
			if (nameKey != null && !nameKey.isBlank()) {
				this.affiliations.add(new Affiliation(this.names.add(nameKey), org(org), from, to));
			}
			return this;
		}

		public PartnerGraph build() {
			PatentTexts.Spool spool = this.texts != null ? this.texts : new PatentTexts.Spool();
			this.texts = null;
			try {
				PatentTexts.Fitted fitted = PatentTexts.fit(spool, 2, this.termsPerPatent);
				PartnerGraph graph = new PartnerGraph(this, fitted.tfidf(), fitted.texts(), spool);
				// kept for increments, deleted when the graph is let go
				spool.deleteWhenUnreachable(graph);
				return graph;
			}
			catch (RuntimeException ex) {
				spool.close();
				throw ex;
			}
		}

		private int org(String id) {
			int before = this.orgs.size();
			int o = this.orgs.add(id);
			if (o == before) {
				this.orgNames.add(id);
				this.orgKinds.add(null);
				this.orgCountries.add(null);
			}
			return o;
		}

		private int person(Inventor inventor) {
			int before = this.persons.size();
			int p = this.persons.add(inventor.personId());
			if (p == before) {
				this.personNames.add(this.names.add(inventor.nameKey() == null || inventor.nameKey().isBlank()
						? inventor.personId() : inventor.nameKey()));
			}
			return p;
		}

		private int code(String symbol) {
			int before = this.codes.size();
			int c = this.codes.add(symbol);
			if (c == before) {
				this.codeSubclass.add(this.subclasses.add(symbol.length() >= 4 ? symbol.substring(0, 4) : symbol));
				int slash = symbol.indexOf('/');
				this.codeMainGroup.add(this.mainGroups.add(slash < 0 ? symbol : symbol.substring(0, slash)));
			}
			return c;
		}

	}

	/**
	 * An inventor on a patent: the Person node's id and its name key.
	 *
	 * @param personId the Person id
	 * @param nameKey the name key people are matched on across organizations
	 */
	public record Inventor(String personId, String nameKey) {
	}

	/**
	 * Strings to dense positions, in order of first appearance.
	 */
	private static final class Interner {

		final Map<String, Integer> index = new LinkedHashMap<>();

		int add(String key) {
			return this.index.computeIfAbsent(key, k -> this.index.size());
		}

		int size() {
			return this.index.size();
		}

		String[] ids() {
			String[] ids = new String[this.index.size()];
			this.index.forEach((k, v) -> ids[v] = k);
			return ids;
		}

	}

	@Override
	public String toString() {
		return "PartnerGraph[" + organizations() + " organizations, " + patents() + " patents, years "
				+ Arrays.stream(this.patentYears).filter(y -> y != UNDATED).min().orElse(0) + "-" + lastYear() + "]";
	}

}
