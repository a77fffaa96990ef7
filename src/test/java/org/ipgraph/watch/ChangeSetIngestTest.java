package org.ipgraph.watch;

import java.nio.file.Path;
import java.util.List;

import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.SharedData;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ingest commits change sets with its batches: the patents it describes for the first
 * time; reading the same file again commits none. Alerts follow for a watched owner.
 */
@GraphTest
class ChangeSetIngestTest {

	@Autowired
	IngestService ingest;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Watches watches;

	@Autowired
	ChangeDetector detector;

	@Autowired
	Alerts alerts;

	@Test
	void ingestBatchesCommitChangeSetsAndWatchedOwnersGetAlertsOnce() {
		Path file = SharedData.path("uspto-ipg-fixtures/ipg130416.small.xml");
		TestNeo4j.clear();
		this.neo4j.query("CREATE (:User {username: 'alice', roles: ['USER']})").run();
		this.ingest.ingest("auto", List.of(file), IngestListener.NONE);
		long patents = count("MATCH (p:Patent) WHERE p.stub IS NULL RETURN count(p)");
		assertThat(patents).isEqualTo(25);
		assertThat(count("MATCH (c:ChangeSet) WHERE NOT c.processed RETURN count(c)")).isPositive();
		assertThat(count("MATCH (c:ChangeSet) UNWIND c.patents AS n RETURN count(DISTINCT n)")).isEqualTo(patents);
		String owner = this.neo4j.query("""
				MATCH (o:Organization)-[:OWNS]->(p:Patent) WHERE p.stub IS NULL
				WITH o, count(p) AS n ORDER BY n DESC, o.id LIMIT 1
				RETURN o.name""").fetchAs(String.class).one().orElseThrow();
		long owned = this.neo4j
			.query("MATCH (o:Organization {name: $name})-[:OWNS]->(p:Patent) WHERE p.stub IS NULL RETURN count(p)")
			.bind(owner)
			.to("name")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		this.watches.add("alice", new WatchRequest("organization", owner, false, null, null), false);
		ChangeDetector.Round round = this.detector.derive();
		assertThat(round.alerts()).containsEntry("new_patent", (int) owned);
		assertThat(this.alerts.page("alice", 0, 100, false, null, false).items()).hasSize((int) owned)
			.allSatisfy(a -> assertThat(a.evidence().get(0)).contains("ipg130416.small.xml"));

		long changeSets = count("MATCH (c:ChangeSet) RETURN count(c)");
		this.ingest.ingest("auto", List.of(file), IngestListener.NONE);
		assertThat(count("MATCH (c:ChangeSet) RETURN count(c)")).as("a rerun changes nothing").isEqualTo(changeSets);
		assertThat(this.detector.derive().total()).isZero();
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
