package org.ipgraph.experts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.ipgraph.snapshot.Changes;
import org.ipgraph.snapshot.GraphSnapshot;
import org.ipgraph.snapshot.GraphSnapshots;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An increment of the expert index after an ingest: the changed patents and their
 * inventors are read again, everything else is copied, and every answer (rankings for
 * topic and patent queries, profiles) equals a whole build's; inventors whose identity
 * could change build whole.
 */
@GraphTest
class ExpertIncrementTest {

	// Alice Smith, Bob Hidden and Carol Jones, each alone in their name block; Dan Lee is
	// two Person nodes resolved as one (same name, same co-inventor); US1000004 has ended
	private static final String GRAPH = """
			CREATE (a:Organization {id: 'acme', name: 'Acme Corp'}), (b:Organization {id: 'beta', name: 'Beta LLC'}),
			       (t:Technology {symbol: 'A61B5/11'}), (u:Technology {symbol: 'H02J7/00'}),
			       (alice:Person {id: 'person:alice smith@beta', firstName: 'Alice', lastName: 'Smith',
			                      name: 'Alice Smith', inventor: true}),
			       (bob:Person {id: 'person:bob hidden@beta', firstName: 'Bob', lastName: 'Hidden', name: 'Bob Hidden',
			                    inventor: true}),
			       (carol:Person {id: 'person:carol jones@acme', firstName: 'Carol', lastName: 'Jones',
			                      name: 'Carol Jones', inventor: true}),
			       (dan1:Person {id: 'person:dan lee@acme', firstName: 'Dan', lastName: 'Lee', name: 'Dan Lee',
			                     inventor: true}),
			       (dan2:Person {id: 'person:dan lee@acme2', firstName: 'Dan', lastName: 'Lee', name: 'Dan Lee',
			                     inventor: true}),
			       (p1:Patent {number: 'US1000001', title: 'Wearable gait sensor for the elderly',
			                   abstract: 'Stride lengths of elderly users from a gait sensor worn at the hip.',
			                   filingDate: date('2022-01-01')}),
			       (p2:Patent {number: 'US1000002', title: 'Insole gait sensor', filingDate: date('2023-01-01'),
			                   abstract: 'A gait sensor in an insole detects falls.'}),
			       (p3:Patent {number: 'US1000003', title: 'Shoe with a gait sensor', filingDate: date('2021-01-01'),
			                   abstract: 'Gait phases from a gait sensor in a shoe.'}),
			       (p4:Patent {number: 'US1000004', title: 'Battery charging circuit',
			                   abstract: 'A charging circuit for lithium batteries.', filingDate: date('2000-01-01'),
			                   expiry: date('2020-01-01')}),
			       (p6:Patent {number: 'US1000006', title: 'Battery pack cooling',
			                   abstract: 'A cooling plate for a battery pack.', filingDate: date('2019-01-01')}),
			       (p7:Patent {number: 'US1000007', title: 'Battery cell balancing',
			                   abstract: 'Balancing the cells of a battery pack.', filingDate: date('2020-01-01')}),
			       (b)-[:OWNS {sequence: 0}]->(p1), (b)-[:OWNS {sequence: 0}]->(p2), (a)-[:OWNS {sequence: 0}]->(p3),
			       (b)-[:OWNS {sequence: 0}]->(p4), (a)-[:OWNS {sequence: 0}]->(p6), (a)-[:OWNS {sequence: 0}]->(p7),
			       (alice)-[:INVENTED {sequence: 0}]->(p1), (bob)-[:INVENTED {sequence: 1}]->(p1),
			       (bob)-[:INVENTED {sequence: 0}]->(p2), (carol)-[:INVENTED {sequence: 0}]->(p3),
			       (alice)-[:INVENTED {sequence: 0}]->(p4),
			       (dan1)-[:INVENTED {sequence: 0}]->(p6), (carol)-[:INVENTED {sequence: 1}]->(p6),
			       (dan2)-[:INVENTED {sequence: 0}]->(p7), (carol)-[:INVENTED {sequence: 1}]->(p7),
			       (p1)-[:CLASSIFIED_AS]->(t), (p2)-[:CLASSIFIED_AS]->(t), (p3)-[:CLASSIFIED_AS]->(t),
			       (p4)-[:CLASSIFIED_AS]->(u), (p6)-[:CLASSIFIED_AS]->(u), (p7)-[:CLASSIFIED_AS]->(u),
			       (alice)-[:AFFILIATED_WITH {role: 'inventor', source: 'patents'}]->(b),
			       (bob)-[:AFFILIATED_WITH {role: 'inventor', source: 'patents'}]->(b),
			       (carol)-[:AFFILIATED_WITH {role: 'inventor', source: 'patents'}]->(a),
			       (m:Person {id: 'person:mia park', name: 'Mia Park', expert: true}),
			       (d:Document {id: 'doc:talk', title: 'Talk', text: 'Mia Park spoke about battery cooling.',
			                    publishedOn: date('2024-05-01')}),
			       (m)-[:MENTIONED_IN {sentence: 'Mia Park spoke about battery cooling.'}]->(d)
			""";

	// a new patent by Alice and a new inventor, Erin Quist, and US1000002 again with a
	// new
	// abstract, both recorded in a new Document
	private static final String INGEST = """
			MATCH (alice:Person {id: 'person:alice smith@beta'}), (bob:Person {id: 'person:bob hidden@beta'}),
			      (b:Organization {id: 'beta'}), (t:Technology {symbol: 'A61B5/11'}),
			      (u:Technology {symbol: 'H02J7/00'}), (p2:Patent {number: 'US1000002'})
			SET p2.abstract = 'An insole with a gait sensor and a battery detects falls of elderly walkers.'
			CREATE (d:Document {id: 'sha256:increment', name: 'more.csv', lastSeenAt: datetime()}),
			       (erin:Person {id: 'person:erin quist@beta', firstName: 'Erin', lastName: 'Quist',
			                     name: 'Erin Quist', inventor: true}),
			       (p5:Patent {number: 'US1000005', title: 'Gait sensor with a battery saver',
			                   abstract: 'A gait sensor sleeps between strides to save its battery.',
			                   filingDate: date('2024-01-01')}),
			       (p5)-[:RECORDED_IN]->(d), (p2)-[:RECORDED_IN]->(d),
			       (b)-[:OWNS {sequence: 0}]->(p5), (p5)-[:CLASSIFIED_AS]->(t), (p5)-[:CLASSIFIED_AS]->(u),
			       (alice)-[:INVENTED {sequence: 0, city: 'Espoo', country: 'FI'}]->(p5),
			       (erin)-[:INVENTED {sequence: 1, city: 'Espoo', country: 'FI'}]->(p5),
			       (erin)-[:AFFILIATED_WITH {role: 'inventor', source: 'patents'}]->(b)
			""";

	@Autowired
	ExpertIndexHolder holder;

	@Autowired
	GraphSnapshots graphSnapshots;

	@Autowired
	Neo4jClient neo4j;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void graph() {
		TestNeo4j.clear();
		TestNeo4j.run(GRAPH);
	}

	private static GraphReader reader() {
		return new GraphReader(TestNeo4j.driver());
	}

	private static ExpertIndex whole() {
		return ExpertIndex.build(reader(), RankerSettings.DEFAULTS, resolution -> {
		});
	}

	private Map<String, Object> counts() {
		return ExpertIndexHolder.FINGERPRINT.read(this.neo4j);
	}

	private Changes changes(Instant since, Map<String, Object> before, double fraction) {
		return Changes.of(since, before, counts(), fraction, this.graphSnapshots::changedPatents);
	}

	// topic queries and patent queries (a patent's text and classes, the patent left
	// out),
	// with and without ended patents
	private static List<ExpertRanker.Query> queries() {
		int year = Year.now().getValue();
		return List.of(new ExpertRanker.Query(ExpertTerms.of("gait sensor"), Map.of(), Set.of(), year),
				new ExpertRanker.Query(ExpertTerms.of("battery"), Map.of(), Set.of(), year, true),
				new ExpertRanker.Query(ExpertTerms.of("battery cooling"), Map.of("H02J", 1.0), Set.of(), year),
				new ExpertRanker.Query(ExpertTerms.of("insole falls elderly"), Map.of(), Set.of(), year),
				new ExpertRanker.Query(
						ExpertTerms.of("Insole gait sensor\nAn insole with a gait sensor and a battery detects falls."),
						Map.of("A61B", 1.0), Set.of("US1000002"), year),
				new ExpertRanker.Query(ExpertTerms.of("Battery pack cooling\nA cooling plate for a battery pack."),
						Map.of("H02J", 1.0), Set.of("US1000006"), year, true));
	}

	// a ranking as keys, scores, components and evidence keys, by person key
	private static List<String> answer(ExpertIndex index, ExpertRanker.Query query) {
		return index.ranker.rank(query)
			.stream()
			.sorted(Comparator.comparing(r -> index.key(r.person())))
			.map(r -> index.key(r.person()) + " " + r.score() + " " + r.components() + " "
					+ r.evidence().stream().map(e -> index.corpus.key(e.item()) + "=" + e.match()).toList())
			.toList();
	}

	private static void assertSameAnswers(ExpertIndex actual, ExpertIndex expected) {
		assertThat(actual.corpus.size()).isEqualTo(expected.corpus.size());
		assertThat(actual.corpus.averageLength).isEqualTo(expected.corpus.averageLength);
		assertThat(IntStream.range(0, actual.corpus.size()).mapToObj(actual.corpus::key).toList())
			.isEqualTo(IntStream.range(0, expected.corpus.size()).mapToObj(expected.corpus::key).toList());
		assertThat(actual.ended).isEqualTo(expected.ended);
		assertThat(actual.people()).isEqualTo(expected.people());
		for (int p = 0; p < expected.people(); p++) {
			assertThat(actual.identity(p)).isEqualTo(expected.identity(p));
		}
		for (ExpertRanker.Query query : queries()) {
			List<String> answer = answer(expected, query);
			assertThat(answer).as(query.terms().toString()).isNotEmpty();
			assertThat(answer(actual, query)).as(query.terms().toString()).isEqualTo(answer);
		}
	}

	@Test
	void anIncrementAnswersAsAWholeBuild() {
		ExpertIndex before = whole();
		Map<String, Object> counts = counts();
		Instant since = Instant.now().minusSeconds(1);
		TestNeo4j.run(INGEST);
		ExpertIndex updated = ExpertIndexHolder.update(before, changes(since, counts, 1.0), reader(), this.today);
		assertThat(updated).isNotNull();
		// the new patent and inventor are in; the re-read patent has its new text
		assertThat(updated.corpus.size()).isEqualTo(before.corpus.size() + 1);
		assertThat(updated.people()).isEqualTo(before.people() + 1);
		assertThat(updated.identityOf("person:erin quist@beta").patents()).isEqualTo(1);
		assertThat(updated.identityOf("person:alice smith@beta").patents()).isEqualTo(3);
		assertThat(updated.corpus.termId("walker")).isNotNegative();
		assertThat(before.corpus.termId("walker")).isNegative();
		assertThat(answer(updated, queries().get(0))).anyMatch(a -> a.startsWith("person:erin quist@beta "));
		ExpertIndex expected = whole();
		assertSameAnswers(updated, expected);
		// the same documents seen again (a file ingested twice) change nothing
		TestNeo4j.run("MATCH (d:Document {id: 'sha256:increment'}) SET d.lastSeenAt = datetime()");
		ExpertIndex again = ExpertIndexHolder.update(updated, changes(since, counts(), 1.0), reader(), this.today);
		assertThat(again).isNotNull();
		assertSameAnswers(again, expected);
	}

	@Test
	void theChangedInventorsNameBlocksAreResolvedAgain() {
		ExpertIndex before = whole();
		assertThat(before.identityOf("person:dan lee@acme2").members()).hasSize(2);
		Map<String, Object> counts = counts();
		Instant since = Instant.now().minusSeconds(1);
		// a new Person in Alice Smith's name block (smith|a), not her; a new patent of a
		// member of the Dan Lee group; a new Dan Lee who shares the co-inventor, joining
		// the group under its key
		TestNeo4j.run("""
				MATCH (b:Organization {id: 'beta'}), (dan:Person {id: 'person:dan lee@acme'}),
				      (carol:Person {id: 'person:carol jones@acme'})
				CREATE (d:Document {id: 'sha256:block', lastSeenAt: datetime()}),
				       (x:Person {id: 'person:alicia smith@beta', firstName: 'Alicia', lastName: 'Smith',
				                  name: 'Alicia Smith', inventor: true}),
				       (dan3:Person {id: 'person:dan lee@acme3', firstName: 'Dan', lastName: 'Lee', name: 'Dan Lee',
				                     inventor: true}),
				       (p:Patent {number: 'US1000008', title: 'Gait sensor strap', filingDate: date('2024-02-01')}),
				       (q:Patent {number: 'US1000009', title: 'Battery heater', filingDate: date('2024-02-01')}),
				       (r:Patent {number: 'US1000010', title: 'Battery pack fan', filingDate: date('2024-03-01')}),
				       (p)-[:RECORDED_IN]->(d), (q)-[:RECORDED_IN]->(d), (r)-[:RECORDED_IN]->(d),
				       (b)-[:OWNS {sequence: 0}]->(p), (x)-[:INVENTED {sequence: 0}]->(p),
				       (dan)-[:INVENTED {sequence: 0}]->(q),
				       (dan3)-[:INVENTED {sequence: 0}]->(r), (carol)-[:INVENTED {sequence: 1}]->(r)
				""");
		ExpertIndex updated = ExpertIndexHolder.update(before, changes(since, counts, 1.0), reader(), this.today);
		assertThat(updated).isNotNull();
		assertThat(updated.identityOf("person:alicia smith@beta").members())
			.containsExactly("person:alicia smith@beta");
		assertThat(updated.identityOf("person:dan lee@acme3").members()).containsExactly("person:dan lee@acme",
				"person:dan lee@acme2", "person:dan lee@acme3");
		assertThat(updated.identityOf("person:dan lee@acme").patents()).isEqualTo(4);
		assertSameAnswers(updated, whole());
	}

	@Test
	void aChangedIdentityOrAnotherDayOrTooManyBuildWhole() {
		ExpertIndex before = whole();
		Map<String, Object> counts = counts();
		Instant since = Instant.now().minusSeconds(1);
		// a new Dan Lee whose id comes before the group's key: the group's key changes
		TestNeo4j.run("""
				MATCH (carol:Person {id: 'person:carol jones@acme'})
				CREATE (d:Document {id: 'sha256:dan', lastSeenAt: datetime()}),
				       (dan:Person {id: 'person:dan lee@aaa', firstName: 'Dan', lastName: 'Lee', name: 'Dan Lee',
				                    inventor: true}),
				       (p:Patent {number: 'US1000009', title: 'Battery heater', filingDate: date('2024-02-01')}),
				       (p)-[:RECORDED_IN]->(d), (dan)-[:INVENTED {sequence: 0}]->(p),
				       (carol)-[:INVENTED {sequence: 1}]->(p)
				""");
		assertThat(ExpertIndexHolder.update(before, changes(since, counts, 1.0), reader(), this.today)).isNull();
		assertThat(whole().identityOf("person:dan lee@acme").members()).contains("person:dan lee@aaa");
		// another day, or too many changed patents
		TestNeo4j.clear();
		TestNeo4j.run(GRAPH);
		before = whole();
		counts = counts();
		since = Instant.now().minusSeconds(1);
		TestNeo4j.run(INGEST);
		assertThat(ExpertIndexHolder.update(before, changes(since, counts, 1.0), reader(), this.today)).isNotNull();
		assertThat(ExpertIndexHolder.update(before, changes(since, counts, 1.0), reader(), this.today.plusDays(1)))
			.isNull();
		assertThat(ExpertIndexHolder.update(before, changes(since, counts, 0.1), reader(), this.today)).isNull();
	}

	@Test
	void theSnapshotIsUpdatedByAnIncrementAfterAnIngestAndBuiltWholeAfterMentions() {
		// enough patents that two changed ones are within full-rebuild-fraction (a tenth)
		TestNeo4j.run("""
				MATCH (a:Organization {id: 'acme'})
				UNWIND range(10, 39) AS i
				CREATE (x:Person {id: 'person:filler ' + i, firstName: 'Filler', lastName: 'Number' + i,
				                  name: 'Filler Number' + i, inventor: true}),
				       (p:Patent {number: 'US20000' + i, title: 'Filler patent ' + i, filingDate: date('2018-01-01')}),
				       (x)-[:INVENTED {sequence: 0}]->(p), (a)-[:OWNS {sequence: 0}]->(p)
				""");
		GraphSnapshot.Current<ExpertIndex> built = this.holder.refresh(true);
		assertThat(built.kind()).isEqualTo(GraphSnapshot.FULL);
		TestNeo4j.run(INGEST);
		GraphSnapshot.Current<ExpertIndex> updated = this.holder.refresh(false);
		assertThat(updated.kind()).isEqualTo(GraphSnapshot.INCREMENTAL);
		assertSameAnswers(updated.value(), whole());
		// a mention (a count the increment does not follow) builds whole
		TestNeo4j.run("""
				MATCH (x:Person {id: 'person:erin quist@beta'}), (d:Document {id: 'doc:talk'})
				CREATE (x)-[:MENTIONED_IN {sentence: 'Erin Quist spoke too.'}]->(d)
				""");
		GraphSnapshot.Current<ExpertIndex> after = this.holder.refresh(false);
		assertThat(after.kind()).isEqualTo(GraphSnapshot.FULL);
		assertSameAnswers(after.value(), whole());
	}

}
