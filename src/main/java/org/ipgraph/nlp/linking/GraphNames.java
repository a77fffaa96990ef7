package org.ipgraph.nlp.linking;

import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.ipgraph.nlp.KnownEntity;

/**
 * Loads the names the graph already holds into a {@link LinkIndex}: organizations with
 * their aliases and acronyms, policies, funds and people.
 */
public final class GraphNames {

	private GraphNames() {
	}

	public static void load(Driver driver, LinkIndex index) {
		try (Session session = driver.session()) {
			session.run("""
					MATCH (o:Organization)
					RETURN o.id AS id, coalesce(o.name, o.id) AS name, o.kind AS kind,
					       coalesce(o.acronyms, []) AS acronyms, coalesce(o.aliases, []) AS aliases
					""").forEachRemaining(r -> index.add(entity("Organization", r)));
			session.run("""
					MATCH (p:Policy)
					RETURN p.id AS id, coalesce(p.title, p.id) AS name, null AS kind, [] AS acronyms,
					       coalesce(p.aliases, []) AS aliases
					""").forEachRemaining(r -> index.add(entity("Policy", r)));
			session
				.run("""
						MATCH (f:Fund) WHERE f.generic IS NULL
						RETURN f.id AS id, coalesce(f.name, f.id) AS name, null AS kind, coalesce(f.acronyms, []) AS acronyms,
						       coalesce(f.aliases, []) AS aliases
						""")
				.forEachRemaining(r -> index.add(entity("Fund", r)));
			session.run("""
					MATCH (p:Person) WHERE p.name IS NOT NULL
					RETURN p.id AS id, p.name AS name, null AS kind, [] AS acronyms, [] AS aliases
					""").forEachRemaining(r -> index.add(entity("Person", r)));
		}
	}

	private static KnownEntity entity(String label, Record r) {
		return new KnownEntity(label, r.get("id").asString(), r.get("name").asString(), r.get("kind").asString(null),
				strings(r.get("acronyms")), strings(r.get("aliases")), "graph");
	}

	private static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

}
