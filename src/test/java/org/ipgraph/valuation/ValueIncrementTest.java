package org.ipgraph.valuation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;

import org.ipgraph.snapshot.Changes;
import org.ipgraph.snapshot.GraphSnapshots;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An increment of the values after an ingest: the changed patents, those they cite and
 * their families are read again, the model is kept, and every answer equals a whole
 * build's with that model.
 */
@GraphTest
class ValueIncrementTest {

	// two new patents recorded in a new Document: one in US1000001's family citing it,
	// one citing the first; both owned by Acme, which licenses
	private static final String INGEST = """
			MATCH (p1:Patent {number: 'US1000001'}), (video:Technology {symbol: 'H04N19/70'}),
			      (acme:Organization {id: 'acme'})
			CREATE (d:Document {id: 'sha256:increment', name: 'more.csv', lastSeenAt: datetime()}),
			       (n1:Patent {number: 'US2000001', jurisdiction: 'US', type: 'utility', familyId: 'F1',
			                   filingDate: date('2019-01-01'), grantDate: date('2021-01-01')}),
			       (n2:Patent {number: 'US2000002', jurisdiction: 'US', type: 'utility',
			                   filingDate: date('2019-06-01'), grantDate: date('2021-06-01')}),
			       (n1)-[:RECORDED_IN]->(d), (n2)-[:RECORDED_IN]->(d),
			       (n1)-[:CLASSIFIED_AS {first: true}]->(video), (n2)-[:CLASSIFIED_AS {first: true}]->(video),
			       (n1)-[:CITES]->(p1), (n2)-[:CITES]->(n1),
			       (acme)-[:OWNS {from: date('2019-01-01')}]->(n1), (acme)-[:OWNS {from: date('2019-06-01')}]->(n2)
			""";

	@Autowired
	ValueSnapshots snapshots;

	@Autowired
	GraphSnapshots graphSnapshots;

	@Autowired
	Neo4jClient neo4j;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void graph() {
		ValueGraph.create();
		run("""
				MATCH (acme:Organization {id: 'acme'}), (old:Organization {id: 'oldco'})
				CREATE (acme)-[:LICENSED_TO {on: date('2018-03-01')}]->(old)
				""");
	}

	private void run(String cypher) {
		TestNeo4j.run(cypher);
	}

	private Map<String, Object> counts() {
		return ValueSnapshots.FINGERPRINT.read(this.neo4j);
	}

	private ValueIndex whole() {
		return ValueSnapshots.build(this.snapshots.access(), this.snapshots.properties(), this.today);
	}

	// a whole build of the graph now with a given model
	private ValueIndex whole(ValueModel model) {
		ValueData data = this.snapshots.access().read();
		var facts = data.facts(this.today, null);
		return ValueIndex.of(model, this.today, facts, data.nodes(facts));
	}

	private Changes changes(Instant since, Map<String, Object> before, double fraction) {
		return Changes.of(since, before, counts(), fraction, this.graphSnapshots::changedPatents);
	}

	private static void assertSameAnswers(ValueIndex actual, ValueIndex expected) {
		assertThat(actual.size()).isEqualTo(expected.size());
		IntStream.range(0, expected.size()).mapToObj(expected::number).forEach(number -> {
			PatentValue a = actual.explain(number).orElseThrow();
			PatentValue e = expected.explain(number).orElseThrow();
			assertThat(a.value()).as(number).isEqualTo(e.value());
			assertThat(a.percentile()).as(number).isEqualTo(e.percentile());
			assertThat(a.logit()).as(number).isEqualTo(e.logit());
			assertThat(a.components()).as(number).isEqualTo(e.components());
			assertThat(a.model()).as(number).isEqualTo(e.model());
		});
	}

	@Test
	void anIncrementAnswersAsAWholeBuildWithTheKeptModel() {
		ValueIndex before = whole();
		Map<String, Object> counts = counts();
		Instant since = Instant.now().minusSeconds(1);
		run(INGEST);
		ValueIndex updated = ValueSnapshots.update(before, changes(since, counts, 1.0),
				new ValueGraphReader(this.neo4j), this.today);
		assertThat(updated).isNotNull();
		assertThat(updated.increments()).isEqualTo(1);
		assertThat(updated.model()).isSameAs(before.model());
		// the new patents are valued; the cited patent's citations and family grew
		assertThat(updated.size()).isEqualTo(before.size() + 2);
		assertThat(updated.explain("US2000002")).isPresent();
		assertThat(shown(before, "US1000001", "forwardCitations")).startsWith("3 ");
		assertThat(shown(updated, "US1000001", "forwardCitations")).startsWith("4 ");
		assertThat(shown(updated, "EP1000001", "familySize")).isEqualTo("3");
		assertThat(shown(updated, "US2000002", "licences")).isEqualTo("1");
		assertThat(updated.explain("US1000001").orElseThrow().training()).contains("kept by 1 incremental");
		// every patent, changed or not, answers as a whole build with the same model
		assertSameAnswers(updated, whole(before.model()));
		// the same documents seen again (a file ingested twice) change nothing
		run("MATCH (d:Document {id: 'sha256:increment'}) SET d.lastSeenAt = datetime()");
		ValueIndex again = ValueSnapshots.update(updated, changes(since, counts(), 1.0),
				new ValueGraphReader(this.neo4j), this.today);
		assertSameAnswers(again, updated);
	}

	private static String shown(ValueIndex index, String number, String signal) {
		return index.explain(number)
			.orElseThrow()
			.components()
			.stream()
			.filter(c -> c.signal().equals(signal))
			.findFirst()
			.orElseThrow()
			.shown();
	}

	@Test
	void tooManyChangedPatentsOrAnotherDayBuildWhole() {
		ValueIndex before = whole();
		Map<String, Object> counts = counts();
		Instant since = Instant.now().minusSeconds(1);
		run(INGEST);
		ValueGraphReader reader = new ValueGraphReader(this.neo4j);
		// two changed of five patents is above a tenth
		assertThat(ValueSnapshots.update(before, changes(since, counts, 0.1), reader, this.today)).isNull();
		assertThat(ValueSnapshots.update(before, changes(since, counts, 1.0), reader, this.today.plusDays(1))).isNull();
	}

	@Test
	void theSnapshotBuildsWholeWhenACountTheIncrementDoesNotFollowChanged() {
		ValueIndex built = this.snapshots.refresh(true);
		assertThat(built.increments()).isZero();
		run("""
				MATCH (p:Patent {number: 'US1000002'})
				CREATE (p)-[:ASSERTED_IN]->(:LitigationCase {id: 'txed:2:20-cv-00002', caseType: 'civil',
				                                              filedOn: date('2020-02-01')})
				""");
		ValueIndex after = this.snapshots.refresh(false);
		assertThat(after).isNotSameAs(built);
		assertThat(after.increments()).isZero();
		assertThat(shown(after, "US1000002", "litigation")).isEqualTo("1");
		// nothing changed: the value stays
		assertThat(this.snapshots.refresh(false)).isSameAs(after);
	}

}
