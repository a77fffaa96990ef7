package org.ipgraph.partners;

import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interest to deal that market matches record is read as a declared relation, and a
 * new one makes the partner graph out of date.
 */
@GraphTest
class MarketInterestTest {

	@Autowired
	PartnerGraphLoader loader;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aMarketMatchBetweenTwoOrganizationsIsADeclaredRelation() {
		TestNeo4j.clear();
		this.neo4j
			.query("""
					CREATE (:Organization {id: 'carehome'})-[:WANTS_TO_DEAL {source: 'market', on: date('2026-12-01'), score: 0.7}]->
					       (:Organization {id: 'stepwise'}),
					       (:Organization {id: 'other'})
					""")
			.run();
		PartnerGraph g = this.loader.load();
		assertThat(g.relations).hasSize(1);
		PartnerGraph.Relation r = g.relations.get(0);
		assertThat(r.type()).isEqualTo("WANTS_TO_DEAL");
		assertThat(g.orgIds[r.a()]).isEqualTo("carehome");
		assertThat(g.orgIds[r.b()]).isEqualTo("stepwise");
		assertThat(r.year()).isEqualTo(2026);
		assertThat(PartnerGraphLoader.FINGERPRINT.toString()).contains("WANTS_TO_DEAL");
	}

}
