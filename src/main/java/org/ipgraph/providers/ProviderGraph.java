package org.ipgraph.providers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Reads every provider and its track record from the graph in four queries: the
 * providers, the cases they represented a side in (with the cases' patents' CPC
 * subclasses and the parties on that side), the recorded assignments they handled, and
 * the sentences naming them.
 */
final class ProviderGraph {

	static final List<String> SERVICE_TYPES = List.of("law_firm", "agency", "bank", "evaluator");

	private static final String PROVIDERS = """
			MATCH (p:Provider)
			RETURN CASE WHEN p:Organization THEN 'Organization' ELSE 'Person' END AS label, p.id AS id,
			       coalesce(p.name, p.id) AS name, coalesce(p.providerKinds, []) AS kinds, p.serviceType AS serviceType,
			       p.country AS country
			UNION
			MATCH (p:Organization) WHERE p.serviceType IN $serviceTypes AND NOT p:Provider
			RETURN 'Organization' AS label, p.id AS id, coalesce(p.name, p.id) AS name, [] AS kinds,
			       p.serviceType AS serviceType, p.country AS country
			""";

	private static final String CASES = """
			MATCH (c:LitigationCase)-[r:REPRESENTED_BY]->(p:Provider)
			WITH c, collect([CASE WHEN p:Organization THEN 'Organization' ELSE 'Person' END, p.id, r.side, r.party,
			                 r.source]) AS counsel
			RETURN c.id AS id, c.caseType AS type, c.filedOn AS on, c.court AS court, c.outcome AS outcome, counsel,
			       COLLECT { MATCH (c)<-[:ASSERTED_IN]-(:Patent)-[:CLASSIFIED_AS]->(t:Technology)
			                 RETURN DISTINCT left(t.symbol, 4) } AS cpc,
			       [(o:Organization)-[:PLAINTIFF_IN]->(c) | o.id] AS plaintiff,
			       [(o:Organization)-[:DEFENDANT_IN]->(c) | o.id] AS defendant,
			       [(o:Organization)-[:PETITIONER_IN]->(c) | o.id] AS petitioner,
			       [(o:Organization)-[:RESPONDENT_IN]->(c) | o.id] AS patent_owner
			""";

	private static final String RECORDS = """
			MATCH (pt:Patent)-[:HAS_EVENT]->(e:LegalEvent)-[h:HANDLED_BY]->(p:Provider)
			RETURN CASE WHEN p:Organization THEN 'Organization' ELSE 'Person' END AS label, p.id AS provider,
			       e.id AS id, e.type AS type, e.on AS on, h.source AS source,
			       COLLECT { MATCH (pt)-[:CLASSIFIED_AS]->(t:Technology) RETURN DISTINCT left(t.symbol, 4) } AS cpc,
			       [(o:Organization)-[:OWNS]->(pt) | o.id] AS clients
			""";

	private static final String TEXTS = """
			MATCH (e:Evidence {type: 'PROVIDER'})-[:SUBJECT]->(p:Provider)
			RETURN CASE WHEN p:Organization THEN 'Organization' ELSE 'Person' END AS label, p.id AS provider,
			       e.id AS id, e.kind AS kind, e.sentence AS sentence, e.documentId AS document
			""";

	private final Neo4jClient neo4j;

	ProviderGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Collection<ProviderNode> load() {
		Map<String, Builder> providers = new LinkedHashMap<>();
		for (Map<String, Object> row : this.neo4j.query(PROVIDERS)
			.bind(SERVICE_TYPES)
			.to("serviceTypes")
			.fetch()
			.all()) {
			Builder b = providers.computeIfAbsent(key(row.get("label"), row.get("id")), k -> new Builder(row));
			strings(row.get("kinds")).forEach(b.kinds::add);
			if (row.get("serviceType") != null) {
				b.kinds.add((String) row.get("serviceType"));
			}
		}
		for (Map<String, Object> row : this.neo4j.query(CASES).fetch().all()) {
			List<String> cpc = strings(row.get("cpc"));
			for (Object entry : (List<?>) row.get("counsel")) {
				List<?> c = (List<?>) entry;
				Builder b = providers.get(key(c.get(0), c.get(1)));
				if (b == null) {
					continue;
				}
				String side = (String) c.get(2);
				List<String> clients = c.get(3) != null ? List.of((String) c.get(3))
						: side == null || !row.containsKey(side) ? List.of() : strings(row.get(side));
				b.matters.add(new Matter("case", (String) row.get("id"), side, (String) row.get("type"),
						(LocalDate) row.get("on"), (String) row.get("court"), (String) row.get("outcome"), cpc, clients,
						(String) c.get(4)));
			}
		}
		for (Map<String, Object> row : this.neo4j.query(RECORDS).fetch().all()) {
			Builder b = providers.get(key(row.get("label"), row.get("provider")));
			if (b != null) {
				b.matters.add(new Matter("record", (String) row.get("id"), "correspondent", (String) row.get("type"),
						(LocalDate) row.get("on"), null, null, strings(row.get("cpc")), strings(row.get("clients")),
						(String) row.get("source")));
			}
		}
		for (Map<String, Object> row : this.neo4j.query(TEXTS).fetch().all()) {
			Builder b = providers.get(key(row.get("label"), row.get("provider")));
			if (b != null) {
				b.matters.add(new Matter("text", (String) row.get("id"), (String) row.get("kind"), "text", null, null,
						null, List.of(), List.of(), "\"" + row.get("sentence") + "\" (" + row.get("document") + ")"));
			}
		}
		List<ProviderNode> nodes = new ArrayList<>(providers.size());
		providers.values().forEach(b -> nodes.add(b.build()));
		return nodes;
	}

	private static String key(Object label, Object id) {
		return label + "\u0000" + id;
	}

	private static List<String> strings(Object value) {
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		List<String> out = new ArrayList<>(list.size());
		list.forEach(v -> {
			if (v != null) {
				out.add(v.toString());
			}
		});
		return out;
	}

	private static final class Builder {

		final String label;

		final String id;

		final String name;

		final String country;

		final Set<String> kinds = new LinkedHashSet<>();

		final List<Matter> matters = new ArrayList<>();

		Builder(Map<String, Object> row) {
			this.label = (String) row.get("label");
			this.id = (String) row.get("id");
			this.name = (String) row.get("name");
			this.country = (String) row.get("country");
		}

		ProviderNode build() {
			return new ProviderNode(this.label, this.id, this.name, Set.copyOf(this.kinds), this.country,
					List.copyOf(this.matters));
		}

	}

}
