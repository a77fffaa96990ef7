package org.ipgraph.valuation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ways valuation reads and writes the graph (the in-process database's Java API
 * and Cypher over Bolt) read the same facts and store the same properties.
 */
@GraphTest
class ValueAccessTest {

	private static final String STORED = """
			MATCH (p:Patent)
			RETURN p.number AS number, [p.value, p.valuePercentile, p.valueModel, p.valuedAt] AS stored
			""";

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ValueSnapshots snapshots;

	BoltValueAccess bolt;

	EmbeddedValueAccess embedded;

	@BeforeEach
	void graph() {
		ValueGraph.create();
		this.bolt = new BoltValueAccess(this.neo4j);
		this.embedded = new EmbeddedValueAccess(TestNeo4j.server().database());
	}

	@Test
	void bothWaysReadTheSameFactsOfTheSameNodes() {
		ValueData overBolt = this.bolt.read();
		ValueData inProcess = this.embedded.read();
		assertThat(inProcess.patents()).isEqualTo(5);
		for (LocalDate asOf : List.of(LocalDate.of(2016, 6, 1), LocalDate.of(2018, 1, 1), LocalDate.of(2026, 1, 1))) {
			List<PatentFacts> facts = inProcess.facts(asOf, null);
			assertThat(facts).isNotEmpty().isEqualTo(overBolt.facts(asOf, null));
			assertThat(inProcess.nodes(facts)).containsExactly(overBolt.nodes(facts));
		}
		assertThat(inProcess.latest()).isEqualTo(overBolt.latest());
	}

	@Test
	void bothWaysStoreTheSameProperties() {
		ValueIndex index = ValueSnapshots.build(this.bolt, this.snapshots.properties(), LocalDate.of(2026, 1, 1));
		ValueAccess.Batch batch = ValueAccess.Batch.of(index, 0, index.size(),
				ZonedDateTime.of(2026, 12, 6, 20, 15, 30, 0, ZoneId.of("Europe/Berlin")));
		// a patent whose node no longer has its number is skipped, one without a node too
		batch.numbers()[0] = "US0000001";
		batch.nodes()[1] = -1;

		assertThat(this.bolt.store(batch)).isEqualTo(index.size() - 2);
		Map<String, List<Object>> overBolt = stored();
		clear();
		assertThat(stored()).allSatisfy((number, values) -> assertThat(values).containsOnlyNulls());
		assertThat(this.embedded.store(batch)).isEqualTo(index.size() - 2);
		Map<String, List<Object>> inProcess = stored();

		assertThat(inProcess).isEqualTo(overBolt);
		assertThat(inProcess.get(index.number(2))).containsExactly(ValueIndex.round(index.value(2)),
				index.percentile(2), index.model().kind(), batch.at());
		assertThat(inProcess.get(index.number(0))).containsOnlyNulls();
		assertThat(inProcess.get(index.number(1))).containsOnlyNulls();
		assertThat(inProcess.get("US9999999")).containsOnlyNulls();
	}

	private Map<String, List<Object>> stored() {
		Map<String, List<Object>> stored = new TreeMap<>();
		this.neo4j.query(STORED)
			.fetchAs(Object.class)
			.mappedBy((t, r) -> stored.put(r.get("number").asString(), r.get("stored").asList(v -> v.asObject())))
			.all();
		return stored;
	}

	private void clear() {
		this.neo4j.query("MATCH (p:Patent) REMOVE p.value, p.valuePercentile, p.valueModel, p.valuedAt").run();
	}

}
