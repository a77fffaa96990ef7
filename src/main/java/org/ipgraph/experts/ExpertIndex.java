package org.ipgraph.experts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a request ranks on, built once from the graph and kept until the graph
 * changes: the resolution of Person nodes into identities, the corpus of patents and
 * documents with the identities they name, the ranker over it, and each identity's
 * profile.
 */
public final class ExpertIndex {

	final PersonResolver.Resolution resolution;

	public final ExpertCorpus corpus;

	final ExpertRanker ranker;

	/** Per corpus item: a patent that has ended. */
	final boolean[] ended;

	/** Aligned with {@code corpus.people}. */
	public final List<Identity> identities;

	final Map<String, Integer> identityIndex;

	final Instant builtAt;

	ExpertIndex(PersonResolver.Resolution resolution, ExpertCorpus corpus, RankerSettings settings,
			List<Identity> identities) {
		this(resolution, corpus, settings, identities, Set.of());
	}

	/**
	 * @param ended keys of the patents that have ended (expired, lapsed, withdrawn): no
	 * evidence unless a query includes them
	 */
	ExpertIndex(PersonResolver.Resolution resolution, ExpertCorpus corpus, RankerSettings settings,
			List<Identity> identities, Set<String> ended) {
		this.resolution = resolution;
		this.corpus = corpus;
		this.ended = new boolean[corpus.items.length];
		ended.forEach(key -> {
			Integer i = corpus.itemIndex.get(key);
			if (i != null) {
				this.ended[i] = true;
			}
		});
		this.ranker = new ExpertRanker(corpus, settings, this.ended);
		this.identities = identities;
		this.identityIndex = new HashMap<>();
		for (int i = 0; i < identities.size(); i++) {
			this.identityIndex.put(identities.get(i).key(), i);
		}
		this.builtAt = Instant.now();
	}

	/**
	 * Reads the graph, resolves people and builds the corpus and profiles.
	 */
	static ExpertIndex build(GraphReader reader, RankerSettings settings) {
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
		ExpertCorpus corpus = builder.build(Set.of(), resolution::identityOf);
		return new ExpertIndex(resolution, corpus, settings, identities(corpus, persons, resolution),
				reader.endedPatents());
	}

	Identity identity(int person) {
		return this.identities.get(person);
	}

	/**
	 * The identity a Person node belongs to, if it is known here.
	 */
	Identity identityOf(String personId) {
		Integer index = this.identityIndex.get(this.resolution.identityOf(personId));
		return index == null ? null : this.identities.get(index);
	}

	private static List<Identity> identities(ExpertCorpus corpus, Map<String, GraphReader.PersonRow> persons,
			PersonResolver.Resolution resolution) {
		Map<String, List<String>> members = new HashMap<>();
		for (String id : persons.keySet()) {
			members.computeIfAbsent(resolution.identityOf(id), k -> new ArrayList<>()).add(id);
		}
		List<Identity> identities = new ArrayList<>(corpus.people.size());
		for (int p = 0; p < corpus.people.size(); p++) {
			String key = corpus.people.get(p).key();
			List<String> ids = new ArrayList<>(new TreeSet<>(members.getOrDefault(key, List.of(key))));
			identities.add(identity(key, ids, persons, corpus, p));
		}
		return identities;
	}

	private static Identity identity(String key, List<String> ids, Map<String, GraphReader.PersonRow> persons,
			ExpertCorpus corpus, int person) {
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
			affiliations.addAll(row.affiliations());
			if (fullest == null || row.name().fuller(fullest.name())) {
				fullest = row;
			}
		}
		int patents = 0;
		int documents = 0;
		int first = 0;
		int last = 0;
		Map<String, Integer> areas = new HashMap<>();
		for (int i : corpus.personItems[person]) {
			ExpertCorpus.Item item = corpus.items[i];
			if (item.kind() == ExpertCorpus.Kind.PATENT) {
				patents++;
				item.cpc().forEach(c -> areas.merge(c, 1, Integer::sum));
			}
			else {
				documents++;
			}
			if (item.year() > 0) {
				first = first == 0 ? item.year() : Math.min(first, item.year());
				last = Math.max(last, item.year());
			}
		}
		Map<String, Integer> topAreas = new LinkedHashMap<>();
		areas.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(5)
			.forEach(e -> topAreas.put(e.getKey(), e.getValue()));
		List<Affiliation> sorted = new ArrayList<>(affiliations);
		sorted.sort(Affiliation::latestFirst);
		return new Identity(key, List.copyOf(ids), fullest == null ? key : fullest.display(), List.copyOf(names),
				inventor, expert, List.copyOf(sorted), patents, documents, topAreas, first, last,
				new TreeMap<>(corpus.people.get(person).expertIn()));
	}

}
