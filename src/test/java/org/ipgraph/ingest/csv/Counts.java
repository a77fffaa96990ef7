package org.ipgraph.ingest.csv;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ipgraph.test.TestNeo4j;

/**
 * Counts in the test graph.
 */
public final class Counts {

	private Counts() {
	}

	public static long of(String cypher, Object... keysAndValues) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		try (var session = TestNeo4j.driver().session()) {
			return session.run(cypher, parameters).single().get(0).asLong();
		}
	}

	public static long nodes() {
		return of("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)");
	}

	public static long relationships() {
		return of("MATCH ()-[r]->() RETURN count(r)");
	}

	public static Map<String, Object> single(String cypher, Object... keysAndValues) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		try (var session = TestNeo4j.driver().session()) {
			return session.run(cypher, parameters).single().asMap();
		}
	}

}
