package org.ipgraph.snapshot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts of the nodes and relationships a precomputation reads: when one of them changes, the
 * precomputation is out of date. The counts come from Neo4j's count store, so reading them costs
 * a few milliseconds whatever the size of the graph.
 */
public final class GraphFingerprint {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final Map<String, String> patterns;

	private final String cypher;

	private GraphFingerprint(Map<String, String> patterns) {
		this.patterns = Map.copyOf(patterns);
		StringJoiner counts = new StringJoiner(", ", "RETURN ", "");
		patterns.forEach((name, pattern) -> counts.add("COUNT { " + pattern + " } AS " + name));
		this.cypher = counts.toString();
	}

	/**
	 * Starts a fingerprint; name each count as it should appear in the fingerprint.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Reads the counts, sorted by name.
	 */
	public Map<String, Object> read(Neo4jClient neo4j) {
		return new TreeMap<>(neo4j.query(this.cypher).fetch().one().orElse(Map.of()));
	}

	@Override
	public String toString() {
		return "GraphFingerprint" + this.patterns;
	}

	/**
	 * Collects the counts. Labels and types come from the schema vocabulary
	 * ({@link org.ipgraph.graph.Schema}), never from user input.
	 */
	public static final class Builder {

		private final Map<String, String> patterns = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder nodes(String name, String label) {
			this.patterns.put(identifier(name), "(:" + identifier(label) + ")");
			return this;
		}

		public Builder relationships(String name, String type) {
			this.patterns.put(identifier(name), "()-[:" + identifier(type) + "]->()");
			return this;
		}

		private static String identifier(String name) {
			if (!IDENTIFIER.matcher(name).matches()) {
				throw new IllegalArgumentException("Not a schema name: '" + name + "'");
			}
			return name;
		}

		public GraphFingerprint build() {
			return new GraphFingerprint(this.patterns);
		}

	}

}
