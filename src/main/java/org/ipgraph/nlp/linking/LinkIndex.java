package org.ipgraph.nlp.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ipgraph.nlp.KnownEntity;
import org.ipgraph.nlp.EntityType;

/**
 * The nodes mentions can link to, indexed by key, alias key, acronym, initials and rare
 * words. Filled from the graph and the reference lists, and kept current as text creates
 * nodes, so a name seen in one document links to the node the previous document made.
 * Thread-safe.
 */
public final class LinkIndex {

	/**
	 * Tiers of exact keys, best first: a node's own key beats another node's alias, the
	 * graph beats the reference lists.
	 */
	enum Tier {

		GRAPH_ID, GRAPH_ALIAS, REFERENCE_NAME, REFERENCE_ALIAS, VARIANT

	}

	private final Map<String, KnownEntity> entities = new ConcurrentHashMap<>();

	private final Map<String, Map<Tier, Set<String>>> keys = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> acronyms = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> initials = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> words = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> personNames = new ConcurrentHashMap<>();

	private final Gazetteer gazetteer = new Gazetteer();

	public Gazetteer gazetteer() {
		return this.gazetteer;
	}

	/**
	 * Adds or completes a node. Organizations, policies and funds go into the gazetteer
	 * too; people do not (names of people are too ambiguous to match without the NER
	 * model).
	 */
	public synchronized void add(KnownEntity entity) {
		String ref = ref(entity.label(), entity.id());
		KnownEntity previous = this.entities.get(ref);
		KnownEntity merged = previous == null ? entity : merge(previous, entity);
		this.entities.put(ref, merged);
		EntityType type = typeOf(entity.label());
		boolean graph = merged.inGraph();
		if (entity.label().equals("Person")) {
			String key = org.ipgraph.graph.PersonName.parse(entity.name()).key();
			this.personNames.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(ref);
			return;
		}
		Set<String> names = new LinkedHashSet<>();
		names.add(entity.name());
		names.addAll(entity.aliases());
		for (String name : names) {
			List<String> keys = keys(entity.label(), name);
			for (int i = 0; i < keys.size(); i++) {
				String key = keys.get(i);
				boolean own = key.equals(keyOfId(entity)) || name.equals(entity.name());
				// variants of a name (country dropped, award words trimmed) rank below
				// every real spelling
				Tier tier = i > 0 && !key.equals(keyOfId(entity)) ? Tier.VARIANT : graph
						? (own ? Tier.GRAPH_ID : Tier.GRAPH_ALIAS) : own ? Tier.REFERENCE_NAME : Tier.REFERENCE_ALIAS;
				index(key, tier, ref);
			}
			if (type != null && (name.equals(entity.name()) || Gazetteer.isCleanName(name))) {
				this.gazetteer.add(type, name);
			}
			String initial = Acronyms.initials(name);
			if (initial != null && initial.length() >= 3) {
				this.initials.computeIfAbsent(initial, k -> ConcurrentHashMap.newKeySet()).add(ref);
			}
		}
		if (!entity.label().equals("Patent")) {
			index(keyOfId(entity), graph ? Tier.GRAPH_ID : Tier.REFERENCE_NAME, ref);
		}
		for (String acronym : entity.acronyms()) {
			this.acronyms.computeIfAbsent(acronym, k -> ConcurrentHashMap.newKeySet()).add(ref);
			if (type != null) {
				this.gazetteer.add(type, acronym);
			}
		}
	}

	public int size() {
		return this.entities.size();
	}

	public Collection<KnownEntity> all() {
		return this.entities.values();
	}

	KnownEntity get(String label, String id) {
		return this.entities.get(ref(label, id));
	}

	/**
	 * Entities with this exact key, from the best tier that has any.
	 */
	List<KnownEntity> byKey(String label, String key) {
		Map<Tier, Set<String>> tiers = this.keys.get(label + "|" + key);
		if (tiers == null) {
			return List.of();
		}
		for (Tier tier : Tier.values()) {
			Set<String> refs = tiers.get(tier);
			if (refs != null && !refs.isEmpty()) {
				return resolve(refs);
			}
		}
		return List.of();
	}

	List<KnownEntity> byAcronym(String label, String acronym) {
		return resolve(this.acronyms.getOrDefault(acronym, Set.of())).stream()
			.filter(e -> e.label().equals(label))
			.toList();
	}

	List<KnownEntity> byInitials(String label, String acronym) {
		return resolve(this.initials.getOrDefault(acronym, Set.of())).stream()
			.filter(e -> e.label().equals(label))
			.toList();
	}

	List<KnownEntity> people(String nameKey) {
		return resolve(this.personNames.getOrDefault(nameKey, Set.of()));
	}

	/**
	 * Entities sharing at least one of the key's rarer words, for fuzzy matching.
	 */
	List<KnownEntity> sharingWords(String label, String key) {
		Set<String> refs = new LinkedHashSet<>();
		for (String word : key.split(" ")) {
			if (word.length() < 3 || FuzzyNames.STOP.contains(word)) {
				continue;
			}
			Set<String> hits = this.words.get(label + "|" + word);
			if (hits != null && hits.size() <= 2_000) {
				refs.addAll(hits);
			}
		}
		return resolve(refs);
	}

	/**
	 * All keys of an entity: of its name and every alias.
	 */
	List<String> keysOf(KnownEntity entity) {
		List<String> out = new ArrayList<>();
		out.addAll(keys(entity.label(), entity.name()));
		for (String alias : entity.aliases()) {
			out.addAll(keys(entity.label(), alias));
		}
		return out;
	}

	static List<String> keys(String label, String name) {
		return switch (label) {
			case "Fund" -> List.of(LinkKeys.fund(name));
			case "Policy" -> List.of(LinkKeys.policy(name));
			default -> LinkKeys.organization(name);
		};
	}

	private static String keyOfId(KnownEntity entity) {
		String id = entity.id();
		int colon = id.indexOf(':');
		return entity.label().equals("Organization") || colon < 0 ? id : id.substring(colon + 1);
	}

	private void index(String key, Tier tier, String ref) {
		String label = ref.substring(0, ref.indexOf('|'));
		this.keys.computeIfAbsent(label + "|" + key, k -> new ConcurrentHashMap<>())
			.computeIfAbsent(tier, t -> ConcurrentHashMap.newKeySet())
			.add(ref);
		for (String word : key.split(" ")) {
			if (word.length() >= 3 && !FuzzyNames.STOP.contains(word)) {
				this.words.computeIfAbsent(label + "|" + word, w -> ConcurrentHashMap.newKeySet()).add(ref);
			}
		}
	}

	private List<KnownEntity> resolve(Set<String> refs) {
		List<KnownEntity> out = new ArrayList<>(refs.size());
		for (String ref : refs) {
			KnownEntity entity = this.entities.get(ref);
			if (entity != null) {
				out.add(entity);
			}
		}
		return out;
	}

	private static KnownEntity merge(KnownEntity a, KnownEntity b) {
		Set<String> acronyms = new LinkedHashSet<>(a.acronyms());
		acronyms.addAll(b.acronyms());
		Set<String> aliases = new LinkedHashSet<>(a.aliases());
		aliases.addAll(b.aliases());
		String origin = a.inGraph() || b.inGraph() ? "graph" : a.origin();
		return new KnownEntity(a.label(), a.id(), a.name(), a.kind() != null ? a.kind() : b.kind(),
				new ArrayList<>(acronyms), new ArrayList<>(aliases), origin);
	}

	static String ref(String label, String id) {
		return label + "|" + id;
	}

	static EntityType typeOf(String label) {
		for (EntityType type : EntityType.values()) {
			if (label.equals(type.label())) {
				return type;
			}
		}
		return null;
	}

	/**
	 * A copy holding the same entities: for evaluations that must not see each other's
	 * additions.
	 */
	public LinkIndex copy() {
		LinkIndex copy = new LinkIndex();
		Map<String, KnownEntity> snapshot = new HashMap<>(this.entities);
		snapshot.values().forEach(copy::add);
		return copy;
	}

}
