package org.ipgraph.experts;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Everything a request ranks on, built once from the graph and kept until the graph
 * changes: the resolution of Person nodes into identities, the corpus of patents and
 * documents with the identities they name, the ranker over it, and what each identity's
 * profile shows.
 * <p>
 * Per person only the name, two flags and the affiliations are kept (organization names,
 * roles, sources and dates shared between people); members and name variants only for
 * identities of several Person nodes; counts, years and areas are computed from the
 * corpus when a profile is shown ({@link #identity(int)}).
 */
public final class ExpertIndex implements Serializable {

	/**
	 * Pinned to the value of the layout it was computed for, so that a snapshot survives
	 * a change of methods; change it when the fields change.
	 */
	private static final long serialVersionUID = -8261470089072473496L;

	private static final Affiliation[] NONE = {};

	private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
		.getLog(ExpertIndex.class);

	private static final byte INVENTOR = 1;

	private static final byte EXPERT = 2;

	final PersonResolver.Resolution resolution;

	public final ExpertCorpus corpus;

	final ExpertRanker ranker;

	/** Per corpus item: a patent that has ended. */
	final boolean[] ended;

	/** Per person (aligned with {@code corpus.people}): the fullest name, or null. */
	private final String[] names;

	private final byte[] flags;

	/** Per person: every affiliation of every member, latest first. */
	private final Affiliation[][] affiliations;

	/** Identities of several Person nodes, or with several names: by person. */
	private final Map<Integer, Group> groups;

	final Instant builtAt;

	/**
	 * The day patents were judged ended on (the last whole build's): an increment on
	 * another day builds whole.
	 */
	java.time.LocalDate asOf;

	/**
	 * The hashes ({@link TermIds#hash}) of the name blocks of the Person nodes read
	 * (those with a block), sorted, and aligned with them the nodes' ids: whom an
	 * increment resolves again.
	 */
	private long[] blocks = new long[0];

	private String[] blockIds = new String[0];

	/**
	 * The Person nodes of one identity and their names.
	 */
	private record Group(List<String> members, List<String> names) implements Serializable {
	}

	/**
	 * @param identities aligned with {@code corpus.people}
	 */
	ExpertIndex(PersonResolver.Resolution resolution, ExpertCorpus corpus, RankerSettings settings,
			List<Identity> identities) {
		this(resolution, corpus, settings, Set.of(), identities.size());
		for (int p = 0; p < identities.size(); p++) {
			Identity identity = identities.get(p);
			keep(p, identity.members(), identity.name(), identity.names(), identity.inventor(), identity.expert(),
					identity.affiliations());
		}
	}

	/**
	 * @param ended keys of the patents that have ended (expired, lapsed, withdrawn): no
	 * evidence unless a query includes them
	 */
	private ExpertIndex(PersonResolver.Resolution resolution, ExpertCorpus corpus, RankerSettings settings,
			Set<String> ended, int people) {
		this(resolution, corpus, settings, endedItems(corpus, ended), people);
	}

	private static boolean[] endedItems(ExpertCorpus corpus, Set<String> keys) {
		boolean[] ended = new boolean[corpus.size()];
		keys.forEach(key -> {
			int i = corpus.item(key);
			if (i >= 0) {
				ended[i] = true;
			}
		});
		return ended;
	}

	/**
	 * @param ended per item, a patent that has ended
	 */
	private ExpertIndex(PersonResolver.Resolution resolution, ExpertCorpus corpus, RankerSettings settings,
			boolean[] ended, int people) {
		this.resolution = resolution;
		this.corpus = corpus;
		this.ended = ended;
		this.ranker = new ExpertRanker(corpus, settings, this.ended);
		this.names = new String[people];
		this.flags = new byte[people];
		this.affiliations = new Affiliation[people][];
		Arrays.fill(this.affiliations, NONE);
		this.groups = new HashMap<>();
		this.builtAt = Instant.now();
		this.asOf = java.time.LocalDate.now();
	}

	private void keep(int person, List<String> members, String name, List<String> names, boolean inventor,
			boolean expert, List<Affiliation> affiliations) {
		this.names[person] = name;
		this.flags[person] = (byte) ((inventor ? INVENTOR : 0) | (expert ? EXPERT : 0));
		this.affiliations[person] = affiliations.isEmpty() ? NONE : affiliations.toArray(NONE);
		String key = this.corpus.people.get(person).key();
		if (!members.equals(List.of(key)) || !names.equals(List.of(name))) {
			this.groups.put(person, new Group(List.copyOf(members), List.copyOf(names)));
		}
	}

	/**
	 * Reads the graph, resolves people and builds the corpus and profiles. The index
	 * keeps which Person nodes are one person, not the links' evidence: that goes to
	 * {@code resolved} (which may write it to the graph) before the corpus is built.
	 */
	static ExpertIndex build(GraphReader reader, RankerSettings settings,
			Consumer<PersonResolver.Resolution> resolved) {
		Map<String, GraphReader.PersonRow> persons = reader.persons();
		ExpertCorpus.Builder builder = ExpertCorpus.builder();
		List<GraphReader.ItemRow> patents = new ArrayList<>();
		reader.patents(row -> {
			builder.item(row.key(), ExpertCorpus.Kind.PATENT, ExpertTerms.of(row.text()), row.year(), row.cpc(),
					row.owner(), row.people().stream().map(GraphReader.Inventor::person).toArray(String[]::new));
			patents.add(new GraphReader.ItemRow(row.key(), null, row.year(), row.cpc(), row.owner(), row.people()));
		});
		reader.documents(row -> builder.item(row.key(), ExpertCorpus.Kind.DOCUMENT, ExpertTerms.of(row.text()),
				row.year(), row.cpc(), row.owner(),
				row.people().stream().map(GraphReader.Inventor::person).toArray(String[]::new)));
		persons.values().forEach(p -> builder.expertise(p.id(), p.expertise()));
		PersonResolver.Resolution resolution = new PersonResolver().resolve(ResolverInput.records(persons, patents));
		patents.clear();
		resolved.accept(resolution);
		resolution = new PersonResolver.Resolution(resolution.identities(), List.of());
		ExpertCorpus corpus = builder.build(Set.of(), resolution::identityOf);
		ExpertIndex index = new ExpertIndex(resolution, corpus, settings, reader.endedPatents(), corpus.people.size());
		index.profiles(persons);
		index.blocks(List.of(), List.of(), persons.values());
		return index;
	}

	// the blocks of these rows added to those of a previous index
	private void blocks(List<Long> blocks, List<String> ids, java.util.Collection<GraphReader.PersonRow> rows) {
		List<Map.Entry<Long, String>> all = new ArrayList<>(blocks.size() + rows.size());
		for (int k = 0; k < blocks.size(); k++) {
			all.add(Map.entry(blocks.get(k), ids.get(k)));
		}
		rows.stream()
			.filter(r -> !r.name().block().isEmpty())
			.forEach(r -> all.add(Map.entry(TermIds.hash(r.name().block()), r.id())));
		all.sort(Map.Entry.<Long, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
		this.blocks = all.stream().mapToLong(Map.Entry::getKey).toArray();
		this.blockIds = all.stream().map(Map.Entry::getValue).toArray(String[]::new);
	}

	// the blocks of a previous index with those of these rows (none read before) added,
	// merged in (hash, id) order
	private void blocks(ExpertIndex previous, List<GraphReader.PersonRow> rows) {
		List<Map.Entry<Long, String>> more = new ArrayList<>();
		rows.stream()
			.filter(r -> !r.name().block().isEmpty())
			.forEach(r -> more.add(Map.entry(TermIds.hash(r.name().block()), r.id())));
		more.sort(Map.Entry.<Long, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
		int n = previous.blocks.length;
		this.blocks = new long[n + more.size()];
		this.blockIds = new String[n + more.size()];
		int k = 0;
		int m = 0;
		for (int out = 0; out < this.blocks.length; out++) {
			boolean fromMore = m < more.size() && (k == n || more.get(m).getKey() < previous.blocks[k]
					|| (more.get(m).getKey() == previous.blocks[k]
							&& more.get(m).getValue().compareTo(previous.blockIds[k]) < 0));
			if (fromMore) {
				this.blocks[out] = more.get(m).getKey();
				this.blockIds[out] = more.get(m++).getValue();
			}
			else {
				this.blocks[out] = previous.blocks[k];
				this.blockIds[out] = previous.blockIds[k++];
			}
		}
	}

	// the ids of the Person nodes read of a block, by its hash
	private List<String> inBlock(long hash) {
		int at = Arrays.binarySearch(this.blocks, hash);
		if (at < 0) {
			return List.of();
		}
		int from = at;
		int to = at;
		while (from > 0 && this.blocks[from - 1] == hash) {
			from--;
		}
		while (to + 1 < this.blocks.length && this.blocks[to + 1] == hash) {
			to++;
		}
		return List.of(Arrays.copyOfRange(this.blockIds, from, to + 1));
	}

	/**
	 * The index a whole build would make after an ingest changed these patents, or null
	 * when it must be built whole: another day than the previous index's (patents end
	 * with time), or a Person node read before that resolution now puts in another
	 * identity (a group split, or a new node joined a group with an id before its key).
	 * The changed patents are read again; the name blocks of their inventors (before and
	 * after) are resolved again with every Person of those blocks, their patents and
	 * their co-inventors (resolution never links across blocks); every other item is
	 * copied from the previous corpus, and document frequencies, lengths, norms and the
	 * profiles of the re-resolved people are computed over the merged corpus as a whole
	 * build does.
	 * @param changed numbers of the patents recorded in documents seen since the previous
	 * index
	 */
	static ExpertIndex updated(ExpertIndex previous, GraphReader reader, java.util.Collection<String> changed,
			java.time.LocalDate today) {
		if (!previous.asOf.equals(today)) {
			return null;
		}
		Phases phases = new Phases();
		Set<String> numbers = new TreeSet<>(changed);
		ExpertCorpus old = previous.corpus;
		List<GraphReader.ItemRow> rows = reader.patents(numbers);
		phases.lap("read patents");
		Set<String> ids = new TreeSet<>();
		rows.forEach(r -> r.people().forEach(i -> ids.add(i.person())));
		for (String number : numbers) {
			int i = old.item(number);
			for (int m = i < 0 ? 0 : old.peopleStart[i]; i >= 0 && m < old.peopleStart[i + 1]; m++) {
				ids.addAll(previous.members(old.itemPeople[m]));
			}
		}
		// every Person of the changed inventors' name blocks, with their patents and the
		// rows of their co-inventors (for the co-inventors' blocks)
		Set<String> members = new TreeSet<>(ids);
		Set<Long> hashes = new HashSet<>();
		Map<String, GraphReader.PersonRow> persons = new HashMap<>(reader.persons(ids));
		persons.values().stream().filter(r -> !r.name().block().isEmpty()).forEach(r -> {
			hashes.add(TermIds.hash(r.name().block()));
		});
		hashes.forEach(h -> members.addAll(previous.inBlock(h)));
		phases.lap("read inventors (" + ids.size() + ")");
		// the blocks' other people only: the inventors' rows are read
		Set<String> others = new TreeSet<>(members);
		others.removeAll(ids);
		persons.putAll(reader.persons(others));
		phases.lap("read blocks (" + hashes.size() + " blocks, " + members.size() + " people, " + others.size()
				+ " read)");
		// their patents, but for the changed ones read above
		Set<String> theirs = reader.invented(members);
		List<GraphReader.ItemRow> invented = new ArrayList<>(
				reader.patents(theirs.stream().filter(n -> !numbers.contains(n)).toList()));
		rows.stream().filter(r -> theirs.contains(r.key())).forEach(invented::add);
		invented.sort(Comparator.comparing(GraphReader.ItemRow::key));
		phases.lap("read their patents (" + invented.size() + ")");
		Set<String> coInventors = new TreeSet<>();
		invented.forEach(r -> r.people().forEach(i -> coInventors.add(i.person())));
		coInventors.removeAll(persons.keySet());
		Map<String, GraphReader.PersonRow> all = new HashMap<>(persons);
		all.putAll(reader.persons(coInventors));
		List<PersonRecord> records = ResolverInput.records(all, invented)
			.stream()
			.filter(r -> persons.containsKey(r.id()))
			.toList();
		phases.lap("read co-inventors (" + coInventors.size() + ")");
		PersonResolver.Resolution again = new PersonResolver().resolve(records);
		// those of the Person nodes read again that were read before (in blocks)
		Set<String> known = new HashSet<>();
		for (String id : previous.blockIds) {
			if (persons.containsKey(id)) {
				known.add(id);
			}
		}
		for (String id : persons.keySet()) {
			if ((known.contains(id) || old.person(id) >= 0)
					&& !again.identityOf(id).equals(previous.resolution.identityOf(id))) {
				return null;
			}
		}
		Map<String, String> identities = new TreeMap<>(previous.resolution.identities());
		identities.keySet().removeAll(persons.keySet());
		identities.putAll(again.identities());
		PersonResolver.Resolution resolution = new PersonResolver.Resolution(identities, List.of());
		phases.lap("resolve");
		// the items in a whole build's order (patents by number, then documents), from
		// the previous corpus's arrays
		boolean[] removed = new boolean[old.size()];
		for (String number : numbers) {
			int i = old.item(number);
			if (i >= 0 && old.kind(i) == ExpertCorpus.Kind.PATENT) {
				removed[i] = true;
			}
		}
		List<ExpertCorpus.Row> newRows = rows.stream()
			.map(r -> new ExpertCorpus.Row(r.key(), ExpertTerms.of(r.text()), r.year(), r.cpc(), r.owner(),
					r.people().stream().map(GraphReader.Inventor::person).toArray(String[]::new)))
			.toList();
		Map<String, Map<String, Double>> expertise = new HashMap<>();
		persons.values().forEach(p -> expertise.put(p.id(), p.expertise()));
		int[] at = new int[newRows.size()];
		int[] kept = new int[old.size()];
		ExpertCorpus corpus = old.merged(removed, newRows, resolution::identityOf, expertise, at, kept);
		phases.lap("corpus");
		boolean[] ended;
		if (corpus != null) {
			ended = new boolean[corpus.size()];
			for (int i = 0; i < old.size(); i++) {
				if (kept[i] >= 0) {
					ended[kept[i]] = previous.ended[i];
				}
			}
			Set<String> endedNow = reader.endedPatents(numbers);
			for (int j = 0; j < newRows.size(); j++) {
				ended[at[j]] = endedNow.contains(newRows.get(j).key());
			}
		}
		else {
			corpus = copied(previous, rows, numbers, persons.values(), resolution);
			ended = endedOf(previous, corpus, numbers, reader);
			phases.lap("copied (whole order of terms)");
		}
		phases.lap("ended");
		ExpertIndex index = new ExpertIndex(resolution, corpus, previous.ranker.settings(), ended,
				corpus.people.size());
		phases.lap("norms");
		// the profiles of the identities of the people resolved again, from their rows;
		// every other one as it was
		Set<String> touched = new HashSet<>();
		persons.keySet().forEach(id -> touched.add(resolution.identityOf(id)));
		Map<String, List<String>> groups = members(persons.keySet(), resolution);
		Map<Object, Object> shared = new HashMap<>();
		int walk = 0;
		for (int p = 0; p < corpus.people.size(); p++) {
			String key = index.key(p);
			// both lists are ordered by key
			while (walk < old.people.size() && old.people.get(walk).key().compareTo(key) < 0) {
				walk++;
			}
			int before = walk < old.people.size() && old.people.get(walk).key().equals(key) ? walk : -1;
			if (touched.contains(key) || before < 0) {
				index.profile(p, groups, persons, shared);
			}
			else {
				index.names[p] = previous.names[before];
				index.flags[p] = previous.flags[before];
				index.affiliations[p] = previous.affiliations[before];
				Group group = previous.groups.get(before);
				if (group != null) {
					index.groups.put(p, group);
				}
			}
		}
		phases.lap("profiles");
		List<GraphReader.PersonRow> added = persons.values()
			.stream()
			.filter(r -> !known.contains(r.id()))
			.sorted(Comparator.comparing(GraphReader.PersonRow::id))
			.toList();
		index.blocks(previous, added);
		index.asOf = previous.asOf;
		phases.lap("blocks");
		logger.info("Expert increment phases: " + phases);
		return index;
	}

	/**
	 * Seconds spent in each phase of an increment, for the log.
	 */
	private static final class Phases {

		private final StringBuilder text = new StringBuilder();

		private long at = System.nanoTime();

		void lap(String name) {
			long now = System.nanoTime();
			this.text.append(this.text.isEmpty() ? "" : ", ")
				.append(String.format(java.util.Locale.ROOT, "%s %.2f s", name, (now - this.at) / 1e9));
			this.at = now;
		}

		@Override
		public String toString() {
			return this.text.toString();
		}

	}

	// the corpus made by copying every kept item into a builder, one by one: when the
	// previous corpus's arrays cannot be merged
	private static ExpertCorpus copied(ExpertIndex previous, List<GraphReader.ItemRow> rows, Set<String> numbers,
			java.util.Collection<GraphReader.PersonRow> persons, PersonResolver.Resolution resolution) {
		ExpertCorpus old = previous.corpus;
		ExpertCorpus.Forward forward = old.forward();
		ExpertCorpus.Builder builder = ExpertCorpus.builder();
		int next = 0;
		for (int i = 0; i < old.size(); i++) {
			if (old.kind(i) == ExpertCorpus.Kind.PATENT) {
				for (; next < rows.size() && rows.get(next).key().compareTo(old.key(i)) < 0; next++) {
					add(builder, rows.get(next));
				}
				if (!numbers.contains(old.key(i))) {
					builder.copy(old, forward, i);
				}
			}
		}
		for (; next < rows.size(); next++) {
			add(builder, rows.get(next));
		}
		for (int i = 0; i < old.size(); i++) {
			if (old.kind(i) == ExpertCorpus.Kind.DOCUMENT) {
				builder.copy(old, forward, i);
			}
		}
		old.people.forEach(p -> builder.expertise(p.key(), p.expertIn()));
		persons.forEach(p -> builder.expertise(p.id(), p.expertise()));
		return builder.build(Set.of(), resolution::identityOf);
	}

	private static boolean[] endedOf(ExpertIndex previous, ExpertCorpus corpus, Set<String> numbers,
			GraphReader reader) {
		ExpertCorpus old = previous.corpus;
		boolean[] ended = new boolean[corpus.size()];
		for (int i = 0; i < old.size(); i++) {
			if (previous.ended[i] && !numbers.contains(old.key(i))) {
				ended[corpus.item(old.key(i))] = true;
			}
		}
		for (String number : reader.endedPatents(numbers)) {
			int i = corpus.item(number);
			if (i >= 0) {
				ended[i] = true;
			}
		}
		return ended;
	}

	private static void add(ExpertCorpus.Builder builder, GraphReader.ItemRow row) {
		builder.item(row.key(), ExpertCorpus.Kind.PATENT, ExpertTerms.of(row.text()), row.year(), row.cpc(),
				row.owner(), row.people().stream().map(GraphReader.Inventor::person).toArray(String[]::new));
	}

	/**
	 * How many people (resolved identities) the index ranks.
	 */
	public int people() {
		return this.names.length;
	}

	/**
	 * The identity key of a person.
	 */
	String key(int person) {
		return this.corpus.people.get(person).key();
	}

	/**
	 * The Person ids of a person.
	 */
	List<String> members(int person) {
		Group group = this.groups.get(person);
		return group == null ? List.of(key(person)) : group.members();
	}

	/**
	 * Every affiliation of every member, latest first.
	 */
	List<Affiliation> affiliations(int person) {
		return List.of(this.affiliations[person]);
	}

	/**
	 * A person's profile: counts, years and areas from the corpus.
	 */
	Identity identity(int person) {
		String key = key(person);
		Group group = this.groups.get(person);
		String name = this.names[person];
		List<String> names = group != null ? group.names() : name == null ? List.of() : List.of(name);
		int patents = 0;
		int documents = 0;
		int first = 0;
		int last = 0;
		Map<String, Integer> areas = new HashMap<>();
		for (int i : this.corpus.personItems[person]) {
			if (this.corpus.kind(i) == ExpertCorpus.Kind.PATENT) {
				patents++;
				this.corpus.cpc(i).forEach(c -> areas.merge(c, 1, Integer::sum));
			}
			else {
				documents++;
			}
			int year = this.corpus.year(i);
			if (year > 0) {
				first = first == 0 ? year : Math.min(first, year);
				last = Math.max(last, year);
			}
		}
		Map<String, Integer> topAreas = new LinkedHashMap<>();
		areas.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(5)
			.forEach(e -> topAreas.put(e.getKey(), e.getValue()));
		return new Identity(key, members(person), name == null ? key : name, names,
				(this.flags[person] & INVENTOR) != 0, (this.flags[person] & EXPERT) != 0, affiliations(person), patents,
				documents, topAreas, first, last, new TreeMap<>(this.corpus.people.get(person).expertIn()));
	}

	/**
	 * The identity a Person node belongs to, if it is known here.
	 */
	Identity identityOf(String personId) {
		int person = this.corpus.person(this.resolution.identityOf(personId));
		return person < 0 ? null : identity(person);
	}

	// what each identity's profile shows, from its members' Person rows; strings and
	// dates that many people share are kept once
	private void profiles(Map<String, GraphReader.PersonRow> persons) {
		Map<String, List<String>> members = members(persons.keySet(), this.resolution);
		Map<Object, Object> shared = new HashMap<>();
		for (int p = 0; p < this.corpus.people.size(); p++) {
			profile(p, members, persons, shared);
		}
	}

	// the Person ids of each identity of several, the identity's own first
	private static Map<String, List<String>> members(java.util.Collection<String> ids,
			PersonResolver.Resolution resolution) {
		Map<String, List<String>> members = new HashMap<>();
		for (String id : ids) {
			String identity = resolution.identityOf(id);
			if (!identity.equals(id)) {
				members.computeIfAbsent(identity, k -> new ArrayList<>(List.of(identity))).add(id);
			}
		}
		return members;
	}

	private void profile(int p, Map<String, List<String>> members, Map<String, GraphReader.PersonRow> persons,
			Map<Object, Object> shared) {
		String key = key(p);
		List<String> ids = members.containsKey(key) ? new ArrayList<>(new TreeSet<>(members.get(key))) : List.of(key);
		GraphReader.PersonRow fullest = null;
		List<String> names = new ArrayList<>();
		boolean inventor = false;
		boolean expert = false;
		Set<Affiliation> affiliations = new HashSet<>();
		for (String id : ids) {
			GraphReader.PersonRow row = persons.get(id);
			if (row == null) {
				continue;
			}
			names.add(row.display());
			inventor |= row.inventor();
			expert |= row.expert();
			row.affiliations().forEach(a -> affiliations.add(shared(shared, a)));
			if (fullest == null || row.name().fuller(fullest.name())) {
				fullest = row;
			}
		}
		List<Affiliation> sorted = new ArrayList<>(affiliations);
		sorted.sort(Affiliation::latestFirst);
		keep(p, ids, fullest == null ? key : fullest.display(), names, inventor, expert, sorted);
	}

	@SuppressWarnings("unchecked")
	private static <T> T share(Map<Object, Object> shared, T value) {
		return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
	}

	private static Affiliation shared(Map<Object, Object> shared, Affiliation a) {
		return share(shared, new Affiliation(share(shared, a.organization()), share(shared, a.name()),
				share(shared, a.role()), share(shared, a.source()), share(shared, a.from()), share(shared, a.to())));
	}

}
