package org.ipgraph.experts;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
	private static final long serialVersionUID = -8261470089072473495L;

	private static final Affiliation[] NONE = {};

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
		this.resolution = resolution;
		this.corpus = corpus;
		this.ended = new boolean[corpus.size()];
		ended.forEach(key -> {
			int i = corpus.item(key);
			if (i >= 0) {
				this.ended[i] = true;
			}
		});
		this.ranker = new ExpertRanker(corpus, settings, this.ended);
		this.names = new String[people];
		this.flags = new byte[people];
		this.affiliations = new Affiliation[people][];
		Arrays.fill(this.affiliations, NONE);
		this.groups = new HashMap<>();
		this.builtAt = Instant.now();
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
		return index;
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
		Map<String, List<String>> members = new HashMap<>();
		for (String id : persons.keySet()) {
			String identity = this.resolution.identityOf(id);
			if (!identity.equals(id)) {
				members.computeIfAbsent(identity, k -> new ArrayList<>(List.of(identity))).add(id);
			}
		}
		Map<Object, Object> shared = new HashMap<>();
		for (int p = 0; p < this.corpus.people.size(); p++) {
			String key = key(p);
			List<String> ids = members.containsKey(key) ? new ArrayList<>(new TreeSet<>(members.get(key)))
					: List.of(key);
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
