package org.ipgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Lists the nodes of one label, optionally matching a text, busiest first.
 */
@Service
public class EntityService {

	/** Labels a caller may list, with their key property and full-text index. */
	public static final Map<String, String[]> LABELS = Map.ofEntries(
			Map.entry("Patent", new String[] { "number", "patent_text" }),
			Map.entry("Organization", new String[] { "id", "organization_names" }),
			Map.entry("Person", new String[] { "id", "person_names" }),
			Map.entry("Technology", new String[] { "symbol", "technology_titles" }),
			Map.entry("Policy", new String[] { "id", "policy_fund_text" }),
			Map.entry("Fund", new String[] { "id", "policy_fund_text" }),
			Map.entry("Standard", new String[] { "id", "policy_fund_text" }),
			Map.entry("Pool", new String[] { "id", null }), Map.entry("LitigationCase", new String[] { "id", null }),
			Map.entry("Demand", new String[] { "id", null }), Map.entry("Document", new String[] { "id", null }));

	private static final String NAMES = """
			UNWIND $ids AS id
			OPTIONAL MATCH (o:Organization {id: id})
			OPTIONAL MATCH (p:Person {id: id})
			WITH id, coalesce(o.name, p.name) AS name
			WHERE name IS NOT NULL
			RETURN id, name
			""";

	private static final Set<String> HIDDEN = Set.of("claims", "abstract", "text", "aliases", "contact", "email");

	private final Neo4jClient neo4j;

	EntityService(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The display names of organizations and people by their keys, for answers that name
	 * nodes by key (paths, owner lists). Keys without a node or a name are left out.
	 */
	public Map<String, String> names(java.util.Collection<String> ids) {
		List<String> keys = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (keys.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = new HashMap<>();
		this.neo4j.query(NAMES)
			.bindAll(Map.of("ids", keys))
			.fetch()
			.all()
			.forEach(row -> names.put((String) row.get("id"), (String) row.get("name")));
		return names;
	}

	/** The most nodes one list gives. */
	public static final int MAX_LIMIT = 10_000;

	/**
	 * @param label one of {@link #LABELS}
	 * @param query text to match, or null for all
	 * @param limit how many, 1 to {@value #MAX_LIMIT}
	 */
	public List<EntitySummary> list(String label, String query, int limit) {
		String[] spec = LABELS.get(label);
		if (spec == null) {
			throw new IllegalArgumentException(
					"Unknown type '" + label + "'. Known: " + String.join(", ", new TreeMap<>(LABELS).keySet()));
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("label", label);
		parameters.put("key", spec[0]);
		parameters.put("limit", limit);
		String match;
		if (query == null || query.isBlank()) {
			match = "MATCH (n:$($label))";
		}
		else if (spec[1] != null) {
			match = "CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n WHERE $label IN labels(n)";
			parameters.put("index", spec[1]);
			parameters.put("query", FullText.escape(query));
		}
		else {
			match = "MATCH (n:$($label)) WHERE toLower(coalesce(n.name, n.title, n.id)) CONTAINS toLower($text)";
			parameters.put("text", query);
		}
		String cypher = match + """

				WITH n, COUNT { (n)--() } AS degree, COUNT { (n)-[:MENTIONED_IN]->() } AS mentions
				ORDER BY degree DESC, n[$key] ASC
				LIMIT $limit
				RETURN n, degree, mentions
				""";
		return this.neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(EntitySummary.class)
			.mappedBy((types, row) -> summary(label, spec[0], row.get("n").asNode(), row.get("degree").asLong(),
					row.get("mentions").asLong()))
			.all()
			.stream()
			.toList();
	}

	private static EntitySummary summary(String label, String key, Node node, long degree, long mentions) {
		Map<String, Object> properties = new TreeMap<>();
		for (String name : node.keys()) {
			Value value = node.get(name);
			if (!HIDDEN.contains(name) && !name.equals(key)) {
				properties.put(name, value.asObject());
			}
		}
		String display = firstString(node, "name", "title", "symbol", "number", "id");
		return new EntitySummary(label, node.get(key).asString(null), display, degree, mentions, properties);
	}

	private static String firstString(Node node, String... keys) {
		for (String k : keys) {
			if (node.containsKey(k) && !node.get(k).isNull()) {
				return node.get(k).asString();
			}
		}
		return null;
	}

}
