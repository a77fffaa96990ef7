package org.ipgraph.experts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Writes a same-person resolution into the graph, changing only what differs: a SAME_AS
 * relationship per accepted link ({@code source: 'experts.resolver'}, with the name
 * match, the evidence and a score) and {@code identity} on the Person nodes of groups.
 * Nodes, their properties and other relationships are never touched, so nothing is lost;
 * running it again on the same graph writes nothing. SAME_AS relationships of other
 * sources are left alone.
 */
@Component
class IdentityStore {

	static final String SOURCE = "experts.resolver";

	private static final String EXISTING_LINKS = """
			MATCH (a:Person)-[r:SAME_AS {source: $source}]->(b:Person)
			RETURN a.id AS a, b.id AS b, r.match AS match, r.evidence AS evidence, r.score AS score
			""";

	private static final String WRITE_LINKS = """
			UNWIND $rows AS row
			MATCH (a:Person {id: row.a}), (b:Person {id: row.b})
			MERGE (a)-[r:SAME_AS {source: $source}]->(b)
			SET r.match = row.match, r.evidence = row.evidence, r.score = row.score, r.resolvedAt = datetime()
			""";

	private static final String DELETE_LINKS = """
			UNWIND $rows AS row
			MATCH (:Person {id: row.a})-[r:SAME_AS {source: $source}]->(:Person {id: row.b})
			DELETE r
			""";

	private static final String EXISTING_IDENTITIES = """
			MATCH (x:Person) WHERE x.identity IS NOT NULL RETURN x.id AS id, x.identity AS identity
			""";

	private static final String WRITE_IDENTITIES = """
			UNWIND $rows AS row
			MATCH (x:Person {id: row.id})
			SET x.identity = row.identity
			""";

	private static final String REMOVE_IDENTITIES = """
			UNWIND $ids AS id
			MATCH (x:Person {id: id})
			REMOVE x.identity
			""";

	/**
	 * What a run changed.
	 */
	record Changes(int linksWritten, int linksDeleted, int identitiesWritten, int identitiesRemoved) {
	}

	private final Driver driver;

	IdentityStore(Driver driver) {
		this.driver = driver;
	}

	IdentityStore on(Driver other) {
		return new IdentityStore(other);
	}

	Changes persist(PersonResolver.Resolution resolution) {
		Map<String, Map<String, Object>> wanted = new HashMap<>();
		for (PersonResolver.Link link : resolution.links()) {
			wanted.put(link.a() + '\u0000' + link.b(), Map.of("a", link.a(), "b", link.b(), "match",
					link.match().name(), "evidence", link.evidence(), "score", link.score()));
		}
		List<Map<String, Object>> write = new ArrayList<>();
		List<Map<String, Object>> delete = new ArrayList<>();
		Map<String, Map<String, Object>> existing = new HashMap<>();
		read(EXISTING_LINKS, Map.of("source", SOURCE))
			.forEach(r -> existing.put(r.get("a").asString() + '\u0000' + r.get("b").asString(),
					Map.of("a", r.get("a").asString(), "b", r.get("b").asString(), "match", r.get("match").asString(""),
							"evidence", r.get("evidence").asList(Value::asString), "score",
							r.get("score").asDouble(0))));
		wanted.forEach((key, row) -> {
			if (!row.equals(existing.get(key))) {
				write.add(row);
			}
		});
		existing.forEach((key, row) -> {
			if (!wanted.containsKey(key)) {
				delete.add(Map.of("a", row.get("a"), "b", row.get("b")));
			}
		});
		Map<String, String> current = new HashMap<>();
		read(EXISTING_IDENTITIES, Map.of())
			.forEach(r -> current.put(r.get("id").asString(), r.get("identity").asString()));
		List<Map<String, Object>> identities = new ArrayList<>();
		resolution.identities().forEach((id, identity) -> {
			if (!Objects.equals(current.get(id), identity)) {
				identities.add(Map.of("id", id, "identity", identity));
			}
		});
		List<String> removed = current.keySet()
			.stream()
			.filter(id -> !resolution.identities().containsKey(id))
			.sorted()
			.toList();
		batches(DELETE_LINKS, "rows", delete);
		batches(WRITE_LINKS, "rows", write);
		batches(WRITE_IDENTITIES, "rows", identities);
		batches(REMOVE_IDENTITIES, "ids", removed);
		return new Changes(write.size(), delete.size(), identities.size(), removed.size());
	}

	private List<org.neo4j.driver.Record> read(String query, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(query, parameters).list());
		}
	}

	private <T> void batches(String query, String name, List<T> rows) {
		for (int from = 0; from < rows.size(); from += 5000) {
			List<T> batch = rows.subList(from, Math.min(rows.size(), from + 5000));
			try (var session = this.driver.session()) {
				session.executeWriteWithoutResult(tx -> tx.run(query, Map.of(name, batch, "source", SOURCE)).consume());
			}
		}
	}

}
