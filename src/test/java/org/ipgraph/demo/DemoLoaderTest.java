package org.ipgraph.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ipgraph.graph.GraphStatsService;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@GraphTest
class DemoLoaderTest {

	static final DemoParameters SMALL = new DemoParameters(300, 5, 0.1);

	@Autowired
	DemoLoader loader;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	GraphStatsService stats;

	@BeforeEach
	void clear() {
		TestNeo4j.clear();
	}

	@Test
	void loadsExactlyTheNodesAndRelationshipsTheGeneratorDescribes() {
		this.loader.load(SMALL, DemoProgress.NONE);
		Map<String, Long> expected = DemoCsvExport.count(SMALL);
		Map<String, Long> actual = new TreeMap<>(this.stats.stats().labels());
		actual.putAll(this.stats.stats().relationshipTypes());
		actual.values().removeIf(count -> count == 0);
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void loadingTheSameEcosystemTwiceChangesNothing() {
		DemoLoadReport first = this.loader.load(SMALL, DemoProgress.NONE);
		long nodes = count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		List<String> fingerprint = fingerprint();
		DemoLoadReport second = this.loader.load(SMALL, DemoProgress.NONE);
		assertThat(first.nodesCreated()).isEqualTo(nodes);
		assertThat(second.nodesCreated()).isZero();
		assertThat(second.relationshipsCreated()).isZero();
		assertThat(count("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
		assertThat(fingerprint()).isEqualTo(fingerprint);
	}

	@Test
	void everyNodeIsSyntheticAndTheGraphSaysSo() {
		this.loader.load(SMALL, DemoProgress.NONE);
		assertThat(count("MATCH (n) WHERE NOT n:__Neo4jMigration AND n.synthetic IS NULL RETURN count(n)")).isZero();
		assertThat(count("MATCH (:Patent)-[:RECORDED_IN]->(:Document {id: 'demo:seed-5-300', synthetic: true}) "
				+ "RETURN count(*)"))
			.isEqualTo(300);
		assertThat(this.stats.stats().synthetic()).isTrue();
	}

	@Test
	void plantedFactsAreInTheGraphButNotTheAnswers() {
		DemoTruth truth = this.loader.load(SMALL, DemoProgress.NONE).truth();
		DemoTruth.NpeGroup group = truth.npeGroups().get(0);
		String shell = group.shells().get(0);
		assertThat(count("MATCH (:Organization {id: $shell})-[:PLAINTIFF_IN]->(c:LitigationCase) RETURN count(c)",
				Map.of("shell", shell)))
			.isGreaterThanOrEqualTo(Litigation.MIN_SUITS_PER_SHELL);
		assertThat(count("""
				MATCH (s:Organization)-[o:OWNS]->(p:Patent)<-[old:OWNS]-(seller:Organization)
				WHERE s.id IN $shells AND old.to = o.from AND o.from > p.filingDate
				RETURN count(p)""", Map.of("shells", group.shells()))).isEqualTo(group.portfolio().size());
		assertThat(count("MATCH (n:Organization) WHERE n.npe IS NOT NULL RETURN count(n)")).isZero();
		assertThat(count("MATCH (n:Pool) RETURN count(n)")).isZero();
		assertThat(count("MATCH (:Person)-[:AFFILIATED_WITH]->(o:Organization) WHERE o.id IN $shells RETURN count(*)",
				Map.of("shells", group.shells())))
			.isZero();
		assertThat(count("MATCH (x:Person {consent: true, expert: true}) RETURN count(x)")).isPositive();
		assertThat(count("MATCH (x:Person {consent: false, expert: true}) RETURN count(x)")).isPositive();
	}

	@Test
	void onEmptyRunnerLoadsOnlyIntoAnEmptyGraph() {
		DemoOnEmptyRunner off = new DemoOnEmptyRunner(this.loader, this.neo4j, new DemoProperties(false, 300, 9, 0.1));
		assertThat(off.loadIfEmpty()).isFalse();
		assertThat(count("MATCH (p:Patent) RETURN count(p)")).isZero();
		DemoOnEmptyRunner on = new DemoOnEmptyRunner(this.loader, this.neo4j, new DemoProperties(true, 300, 9, 0.1));
		assertThat(on.loadIfEmpty()).isTrue();
		assertThat(count("MATCH (p:Patent) RETURN count(p)")).isEqualTo(300);
		assertThat(on.loadIfEmpty()).isFalse();
		TestNeo4j.clear();
		this.neo4j.query("CREATE (:Patent {number: 'US1'})").run();
		assertThat(on.loadIfEmpty()).isFalse();
		assertThat(count("MATCH (p:Patent) RETURN count(p)")).isOne();
	}

	// Every property of every node and relationship, except the load time of the Document
	private List<String> fingerprint() {
		List<String> properties = new ArrayList<>();
		this.neo4j.query("""
				MATCH (n) WHERE NOT n:__Neo4jMigration
				UNWIND keys(n) AS k
				WITH n, k WHERE k <> 'ingestedAt'
				RETURN labels(n)[0] + ':' + coalesce(n.id, n.number, n.symbol) + '.' + k AS key, n[k] AS value
				UNION ALL
				MATCH (a)-[r]->(b)
				UNWIND keys(r) AS k
				RETURN type(r) + ':' + coalesce(a.id, a.number, a.symbol) + '>' + coalesce(b.id, b.number, b.symbol)
				       + '.' + k AS key, r[k] AS value
				""").fetch().all().forEach(row -> properties.add(row.get("key") + "=" + row.get("value")));
		properties.sort(null);
		return properties;
	}

	private long count(String cypher) {
		return count(cypher, Map.of());
	}

	private long count(String cypher, Map<String, Object> parameters) {
		return this.neo4j.query(cypher).bindAll(parameters).fetchAs(Long.class).one().orElseThrow();
	}

}
