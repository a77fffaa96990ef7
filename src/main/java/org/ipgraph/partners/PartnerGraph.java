package org.ipgraph.partners;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
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
	 * Patents added by increments since the whole build, by number (the whole build's are
	 * in {@link #patentIndex}, shared by the increments).
	 */
	private final Map<String, Integer> addedPatents;

	/**
	 * The day the patents' ended flags were read (they depend on it: an expiry passes),
	 * or null when unknown.
	 */
	final java.time.LocalDate day;

	/**
	 * For an increment's graph ({@link #patched}): the positions of the patents read
	 * again or added, and of the organizations owning them before or after (empty for a
	 * whole build, null once read from a file).
	 */
	final transient int[] readAgain;

	final transient int[] touched;

	private PartnerGraph(Builder b, TfIdf tfidf, PatentTexts texts) {
		this.day = b.day;
		this.readAgain = new int[0];
		this.touched = new int[0];
		this.orgIds = b.orgs.ids();
		this.orgIndex = b.orgs.index;
		this.orgNames = b.orgNames.toArray(String[]::new);
		this.orgKinds = b.orgKinds.toArray(String[]::new);
		this.orgCountries = b.orgCountries.toArray(String[]::new);
		this.patentNumbers = b.patents.ids();
		this.patentIndex = b.patents.index;
		this.addedPatents = Map.of();
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

	/**
	 * A previous graph with the patents of {@code read} put in, for an increment: each
	 * keeps its position if the previous graph had it, new patents, organizations,
	 * persons, name keys, codes and offices come after the previous ones (positions never
	 * move, so that everything the previous graph's positions index stays valid), the
	 * per-patent arrays are copied (references) and patched, the TF-IDF model is the
	 * previous one (a term it does not know is left out of a new vector) and every other
	 * patent keeps its vector. Organizations, the corporate tree, declared relations and
	 * affiliations are those of {@code read}.
	 * @param previous the graph before the change
	 * @param read the patents read again (or new), every organization, the relations and
	 * affiliations, with their texts' terms spooled
	 */
	static PartnerGraph patched(PartnerGraph previous, Builder read) {
		try (PatentTexts.Spool spool = read.texts != null ? read.texts : new PatentTexts.Spool()) {
			read.texts = null;
			return new PartnerGraph(previous, read, spool);
		}
	}

	private PartnerGraph(PartnerGraph g, Builder b, PatentTexts.Spool spool) {
		this.day = b.day;
		this.tfidf = g.tfidf;
		// organizations: every one read (names, kinds and countries as read now)
		Map<String, Integer> orgIndex = new HashMap<>(g.orgIndex);
		List<String> orgIds = new ArrayList<>(Arrays.asList(g.orgIds));
		List<String> orgNames = new ArrayList<>(Arrays.asList(g.orgNames));
		List<String> orgKinds = new ArrayList<>(Arrays.asList(g.orgKinds));
		List<String> orgCountries = new ArrayList<>(Arrays.asList(g.orgCountries));
		String[] readOrgs = b.orgs.ids();
		int[] orgAt = new int[readOrgs.length];
		for (int o = 0; o < readOrgs.length; o++) {
			Integer at = orgIndex.get(readOrgs[o]);
			if (at == null) {
				at = orgIds.size();
				orgIndex.put(readOrgs[o], at);
				orgIds.add(readOrgs[o]);
				orgNames.add(null);
				orgKinds.add(null);
				orgCountries.add(null);
			}
			orgAt[o] = at;
			orgNames.set(at, b.orgNames.get(o));
			orgKinds.set(at, b.orgKinds.get(o));
			orgCountries.set(at, b.orgCountries.get(o));
		}
		this.orgIds = orgIds.toArray(String[]::new);
		this.orgIndex = orgIndex;
		this.orgNames = orgNames.toArray(String[]::new);
		this.orgKinds = orgKinds.toArray(String[]::new);
		this.orgCountries = orgCountries.toArray(String[]::new);
		// name keys, persons, codes and offices of the patents read: found in the
		// previous arrays by one pass over them, new ones appended
		String[] readNames = b.names.ids();
		List<String> nameKeys = new ArrayList<>(Arrays.asList(g.nameKeys));
		int[] nameAt = positions(g.nameKeys, readNames, nameKeys);
		this.nameKeys = nameKeys.toArray(String[]::new);
		String[] readPersons = b.persons.ids();
		List<String> personIds = new ArrayList<>(Arrays.asList(g.personIds));
		int[] personAt = positions(g.personIds, readPersons, personIds);
		this.personIds = personIds.toArray(String[]::new);
		this.personNames = Arrays.copyOf(g.personNames, this.personIds.length);
		for (int x = 0; x < readPersons.length; x++) {
			if (personAt[x] >= g.personIds.length) {
				this.personNames[personAt[x]] = nameAt[b.personNames.get(x)];
			}
		}
		List<String> codes = new ArrayList<>(Arrays.asList(g.codes));
		int[] codeAt = positions(g.codes, b.codes.ids(), codes);
		this.codes = codes.toArray(String[]::new);
		List<String> subclasses = new ArrayList<>(Arrays.asList(g.subclasses));
		int[] subclassAt = positions(g.subclasses, b.subclasses.ids(), subclasses);
		this.subclasses = subclasses.toArray(String[]::new);
		List<String> mainGroups = new ArrayList<>(Arrays.asList(g.mainGroups));
		int[] mainGroupAt = positions(g.mainGroups, b.mainGroups.ids(), mainGroups);
		this.mainGroups = mainGroups.toArray(String[]::new);
		this.codeSubclass = Arrays.copyOf(g.codeSubclass, this.codes.length);
		this.codeMainGroup = Arrays.copyOf(g.codeMainGroup, this.codes.length);
		for (int c = 0; c < codeAt.length; c++) {
			if (codeAt[c] >= g.codes.length) {
				this.codeSubclass[codeAt[c]] = subclassAt[b.codeSubclass.get(c)];
				this.codeMainGroup[codeAt[c]] = mainGroupAt[b.codeMainGroup.get(c)];
			}
		}
		List<String> offices = new ArrayList<>(Arrays.asList(g.offices));
		int[] officeAt = positions(g.offices, b.offices.ids(), offices);
		this.offices = offices.toArray(String[]::new);
		// patents: those read again at their positions, new ones after the previous
		String[] readNumbers = b.patents.ids();
		Map<String, Integer> added = new HashMap<>(g.addedPatents);
		int size = g.patents();
		int[] patentAt = new int[readNumbers.length];
		for (int q = 0; q < readNumbers.length; q++) {
			int at = g.patent(readNumbers[q]);
			if (at < 0) {
				at = size++;
				added.put(readNumbers[q], at);
			}
			patentAt[q] = at;
		}
		this.patentIndex = g.patentIndex;
		this.addedPatents = added;
		this.patentNumbers = Arrays.copyOf(g.patentNumbers, size);
		this.patentYears = Arrays.copyOf(g.patentYears, size);
		this.patentTitles = Arrays.copyOf(g.patentTitles, size);
		this.patentOffices = Arrays.copyOf(g.patentOffices, size);
		this.patentOwners = Arrays.copyOf(g.patentOwners, size);
		this.patentInventors = Arrays.copyOf(g.patentInventors, size);
		this.patentCodes = Arrays.copyOf(g.patentCodes, size);
		this.patentCites = Arrays.copyOf(g.patentCites, size);
		this.patentEnded = (java.util.BitSet) g.patentEnded.clone();
		Map<Integer, SparseVector> vectors = new HashMap<>();
		Iterator<List<String>> terms = spool.iterator();
		for (int q = 0; q < readNumbers.length; q++) {
			int p = patentAt[q];
			this.patentNumbers[p] = readNumbers[q];
			this.patentYears[p] = b.years.get(q);
			this.patentTitles[p] = b.titles.get(q);
			int office = b.patentOffices.get(q);
			this.patentOffices[p] = office < 0 ? -1 : officeAt[office];
			this.patentOwners[p] = Arrays.stream(b.owners.get(q)).map(o -> orgAt[o]).toArray();
			this.patentInventors[p] = Arrays.stream(b.inventors.get(q)).map(x -> personAt[x]).toArray();
			this.patentCodes[p] = Arrays.stream(b.patentCodes.get(q)).map(c -> codeAt[c]).toArray();
			this.patentEnded.set(p, b.ended.get(q));
			vectors.put(p, PatentTexts.cut(g.tfidf.vector(terms.next()), b.termsPerPatent));
		}
		for (int q = 0; q < readNumbers.length; q++) {
			this.patentCites[patentAt[q]] = b.cites.get(q)
				.stream()
				.mapToInt(this::patent)
				.filter(c -> c != -1)
				.distinct()
				.toArray();
		}
		this.texts = PatentTexts.patched(g.texts, size, vectors);
		this.subsidiaries = b.keepRelations ? g.subsidiaries
				: b.subsidiaries.stream().map(e -> new int[] { orgAt[e[0]], orgAt[e[1]] }).toArray(int[][]::new);
		this.relations = b.keepRelations ? g.relations
				: b.relations.stream().map(r -> new Relation(orgAt[r.a()], orgAt[r.b()], r.year(), r.type())).toList();
		this.affiliations = b.keepRelations ? g.affiliations
				: b.affiliations.stream()
					.map(a -> new Affiliation(nameAt[a.name()], orgAt[a.org()], a.from(), a.to()))
					.toList();
		// patents per organization: again for the owners before and after of the patents
		// read, shared for every other
		this.orgPatents = Arrays.copyOf(g.orgPatents, this.orgIds.length);
		java.util.Set<Integer> owners = new java.util.TreeSet<>();
		for (int p : patentAt) {
			if (p < g.patents()) {
				for (int o : g.patentOwners[p]) {
					owners.add(o);
				}
			}
			for (int o : this.patentOwners[p]) {
				owners.add(o);
			}
		}
		java.util.Set<Integer> readAt = new java.util.HashSet<>();
		for (int p : patentAt) {
			readAt.add(p);
		}
		for (int o = g.orgIds.length; o < this.orgIds.length; o++) {
			this.orgPatents[o] = new int[0];
		}
		for (int o : owners) {
			int org = o;
			java.util.stream.IntStream kept = Arrays.stream(this.orgPatents[o]).filter(p -> !readAt.contains(p));
			java.util.stream.IntStream now = Arrays.stream(patentAt)
				.filter(p -> Arrays.stream(this.patentOwners[p]).anyMatch(x -> x == org));
			this.orgPatents[o] = java.util.stream.IntStream.concat(kept, now).sorted().distinct().toArray();
		}
		this.readAgain = patentAt.clone();
		this.touched = owners.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * The positions of keys in a previous array, keys it lacks appended to {@code all}
	 * (one pass over the previous array).
	 */
	private static int[] positions(String[] previous, String[] keys, List<String> all) {
		Map<String, Integer> wanted = new HashMap<>();
		for (int i = 0; i < keys.length; i++) {
			wanted.put(keys[i], i);
		}
		int[] at = new int[keys.length];
		Arrays.fill(at, -1);
		int found = 0;
		for (int i = 0; i < previous.length && found < keys.length; i++) {
			Integer k = wanted.get(previous[i]);
			if (k != null) {
				at[k] = i;
				found++;
			}
		}
		for (int k = 0; k < keys.length; k++) {
			if (at[k] < 0) {
				at[k] = all.size();
				all.add(keys[k]);
			}
		}
		return at;
	}

	public static Builder builder() {
		return new Builder();
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
		Integer p = this.patentIndex.get(number);
		return p != null ? p : this.addedPatents.getOrDefault(number, -1);
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

		/**
		 * For an increment: the previous graph's corporate tree, relations and
		 * affiliations are kept (their counts did not change).
		 */
		private boolean keepRelations;

		Builder keepRelations() {
			this.keepRelations = true;
			return this;
		}

		/** A model fitted before, kept rather than fitted again; null to fit. */
		private TfIdf kept;

		private Builder() {
		}

		/**
		 * Vectors by a TF-IDF model fitted before (its vocabulary and idf) instead of one
		 * fitted on these patents: a whole build that keeps the corpus statistics of
		 * another, as an increment does.
		 */
		Builder tfidf(TfIdf model) {
			this.kept = model;
			return this;
		}

		/**
		 * The day the patents' ended flags are read.
		 */
		Builder day(java.time.LocalDate today) {
			this.day = today;
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
			try (PatentTexts.Spool spool = this.texts != null ? this.texts : new PatentTexts.Spool()) {
				this.texts = null;
				PatentTexts.Fitted fitted = this.kept == null ? PatentTexts.fit(spool, 2, this.termsPerPatent)
						: PatentTexts.vectors(spool, this.kept, this.termsPerPatent);
				return new PartnerGraph(this, fitted.tfidf(), fitted.texts());
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
