package org.ipgraph.graph;

import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@GraphTest
class GraphStatsServiceTest {

	@Autowired
	GraphStatsService stats;

	@Test
	void countsLabelsAndTypesWithoutBookkeeping() {
		TestNeo4j.clear();
		try (var session = TestNeo4j.driver().session()) {
			session
				.run("""
						CREATE (:Organization {id: 'a'})-[:OWNS]->(:Patent {number: 'US1'}),
						       (:Organization {id: 'b'})-[:OWNS]->(:Patent {number: 'US2'})<-[:CITES]-(:Patent {number: 'US3'}),
						       (:User {username: 'u'})-[:HAS_TOKEN]->(:ApiToken {id: 't'}),
						       (:Document {id: 'demo', synthetic: true})
						""")
				.consume();
		}
		GraphStats stats = this.stats.stats();
		assertThat(stats.labels()).containsEntry("Organization", 2L)
			.containsEntry("Patent", 3L)
			.containsEntry("Document", 1L)
			.doesNotContainKeys("User", "ApiToken", "__Neo4jMigration");
		assertThat(stats.relationshipTypes()).containsEntry("OWNS", 2L)
			.containsEntry("CITES", 1L)
			.doesNotContainKey("HAS_TOKEN");
		assertThat(stats.relationships()).isEqualTo(3);
		assertThat(stats.synthetic()).isTrue();
	}

}
