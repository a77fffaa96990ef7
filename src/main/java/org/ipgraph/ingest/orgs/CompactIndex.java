package org.ipgraph.ingest.orgs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.ingest.WriteContext;
import org.neo4j.driver.Driver;

/**
 * The organizations of the graph by compact name. Loading it stores a {@code compactKey}
 * on every organization that lacks one (or whose key the rules now compute differently),
 * so the maps' names can be looked up in the graph.
 */
final class CompactIndex {

	private static final String ORGANIZATIONS = "MATCH (o:Organization) RETURN o.id AS id, coalesce(o.name, o.id) AS name, o.compactKey AS compactKey";

	private static final String SET_KEYS = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.id})
			SET o.compactKey = row.compactKey
			""";

	private final NavigableMap<String, List<String>> ids = new TreeMap<>();

	private final Map<String, String> compactKeys;

	CompactIndex(Map<String, String> compactKeys) {
		this.compactKeys = Map.copyOf(compactKeys);
		compactKeys.forEach((id, compact) -> this.ids.computeIfAbsent(compact, k -> new ArrayList<>()).add(id));
	}

	private static final String ORGANIZATION_ROWS = "MATCH (o:Organization) "
			+ "RETURN {id: o.id, name: coalesce(o.name, o.id), compactKey: o.compactKey}";

	/**
	 * Reads the graph's organizations, in the batch's transaction where the context can
	 * read (the graph the ingest writes to, also when it is not the application's own),
	 * else through the driver, and writes missing compact keys inside it.
	 */
	static CompactIndex load(Driver driver, WriteContext context) {
		List<Map<String, Object>> rows = new ArrayList<>();
		context.values(ORGANIZATION_ROWS, Map.of()).forEach(row -> rows.add(names((Map<?, ?>) row)));
		if (rows.isEmpty()) {
			driver.executableQuery(ORGANIZATIONS).execute().records().forEach(r -> rows.add(r.asMap()));
		}
		Map<String, String> keys = new HashMap<>();
		List<Map<String, Object>> updates = new ArrayList<>();
		for (Map<String, Object> record : rows) {
			String id = (String) record.get("id");
			// the name's own words: the maps abbreviate in their own way, not as graph
			// keys do
			String compact = CompactNames.compact(OrganizationNames.plainKey((String) record.get("name")));
			keys.put(id, compact);
			if (!compact.equals(record.get("compactKey"))) {
				updates.add(Map.of("id", id, "compactKey", compact));
			}
		}
		if (!updates.isEmpty()) {
			context.run(SET_KEYS, Map.of("rows", updates));
		}
		return new CompactIndex(keys);
	}

	private static Map<String, Object> names(Map<?, ?> row) {
		Map<String, Object> out = new HashMap<>();
		row.forEach((k, v) -> out.put((String) k, v));
		return out;
	}

	/**
	 * The compact name of an organization.
	 */
	String compactOf(String id) {
		return this.compactKeys.get(id);
	}

	/**
	 * The organizations with this compact name.
	 */
	List<String> named(String compact) {
		return this.ids.getOrDefault(compact, List.of());
	}

	/**
	 * The organizations whose compact name starts with this prefix.
	 */
	List<String> prefixed(String prefix) {
		return this.ids.subMap(prefix, true, prefix + Character.MAX_VALUE, false)
			.values()
			.stream()
			.flatMap(List::stream)
			.toList();
	}

}
