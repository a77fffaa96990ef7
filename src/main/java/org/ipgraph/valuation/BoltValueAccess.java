package org.ipgraph.valuation;

import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Valuation's reads ({@link ValueGraphReader}) and writes through Cypher over Bolt: for a
 * database this process does not run.
 */
final class BoltValueAccess implements ValueAccess {

	// by the node id the values were read with, if that node is still the patent
	private static final String STORE = """
			UNWIND range(0, size($nodes) - 1) AS i
			MATCH (p) WHERE id(p) = $nodes[i]
			WITH p, i WHERE p:Patent AND p.number = $numbers[i]
			SET p.value = $values[i], p.valuePercentile = $percentiles[i], p.valueModel = $model, p.valuedAt = $at
			RETURN count(p) AS stored
			""";

	private final Neo4jClient neo4j;

	BoltValueAccess(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public ValueData read() {
		return new ValueGraphReader(this.neo4j).read();
	}

	@Override
	public long store(Batch batch) {
		return this.neo4j.query(STORE)
			.bindAll(Map.of("nodes", batch.nodes(), "numbers", batch.numbers(), "values", batch.values(), "percentiles",
					batch.percentiles(), "model", batch.model(), "at", batch.at()))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	@Override
	public Via via() {
		return Via.BOLT;
	}

}
