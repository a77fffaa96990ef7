package org.ipgraph.partners;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ipgraph.snapshot.GraphSnapshot;
import org.ipgraph.snapshot.SnapshotCodec;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An increment of the partner snapshot after an ingest (new patents of an existing owner,
 * a new owner, new citations, a cited stub that became a patent, a new co-owner of an
 * existing patent): the changed patents and those citing them are read again, every other
 * patent is copied, TF-IDF, profiles, links and indexes are computed again over the
 * merged graph, and the models are kept; every answer (ranked candidates with their score
 * components, a demand's technologies, patents and candidates) equals a whole build's
 * that reuses the same models.
 */
@GraphTest
// five changed patents of eleven: within the share an increment takes
@TestPropertySource(
		properties = { "ipgraph.partners.check-interval=0s", "ipgraph.snapshots.full-rebuild-fraction=1.0" })
class PartnerIncrementTest {

	private static final String INGEST = """
			MATCH (acme:Organization {id: 'acme'}), (tu:Organization {id: 'tu munich'}),
			      (src:Organization {id: 'sourceco'}), (cells:Organization {id: 'cellco'}),
			      (gait:Technology {symbol: 'A61B5/112'}), (cell:Technology {symbol: 'H01M10/0525'}),
			      (jane:Person {id: 'person:jane doe@acme'}), (s1:Patent {number: 'US10'}),
			      (c1:Patent {number: 'US31'}), (stub:Patent {number: 'US99'})
			CREATE (d:Document {id: 'sha256:partner-increment', name: 'more.csv', lastSeenAt: datetime()}),
			       (newco:Organization {id: 'newco', name: 'NewCo', kind: 'company', country: 'FR'}),
			       (imu:Technology {symbol: 'G01C22/006'}),
			       (bob:Person {id: 'person:bob roe@newco', nameKey: 'bob roe'}),
			       (a4:Patent {number: 'US4', priorityDate: date('2015-01-01'), title: 'Gait sensing insole',
			                   abstract: 'A pressure insole for gait cycle segmentation in elderly care'}),
			       (n1:Patent {number: 'US41', priorityDate: date('2015-03-01'), title: 'Inertial stride counter',
			                   abstract: 'An inertial measurement unit counting strides and detecting falls'}),
			       (n2:Patent {number: 'US42', priorityDate: date('2016-03-01'), title: 'Stride battery pack',
			                   abstract: 'A lithium-ion battery pack for inertial wearables'}),
			       (a4)-[:RECORDED_IN]->(d), (n1)-[:RECORDED_IN]->(d), (n2)-[:RECORDED_IN]->(d),
			       (c1)-[:RECORDED_IN]->(d), (stub)-[:RECORDED_IN]->(d),
			       (acme)-[:OWNS]->(a4), (a4)-[:CLASSIFIED_AS]->(gait), (jane)-[:INVENTED]->(a4), (a4)-[:CITES]->(s1),
			       (newco)-[:OWNS]->(n1), (newco)-[:OWNS]->(n2), (bob)-[:INVENTED]->(n1), (bob)-[:INVENTED]->(n2),
			       (jane)-[:INVENTED]->(n1),
			       (n1)-[:CLASSIFIED_AS]->(imu), (n1)-[:CLASSIFIED_AS]->(gait), (n2)-[:CLASSIFIED_AS]->(cell),
			       (n1)-[:CITES]->(s1), (n2)-[:CITES]->(c1),
			       (tu)-[:OWNS]->(c1)
			REMOVE stub.stub
			SET stub.priorityDate = date('2009-06-01'), stub.title = 'Fall detection threshold',
			    stub.abstract = 'Fall detection from accelerometer thresholds'
			CREATE (src)-[:OWNS]->(stub), (stub)-[:CLASSIFIED_AS]->(gait)
			""";

	// a new patent of the new owner citing one of the first ingest, with TU Munich's
	// inventor, and acme's first patent co-owned by the holding
	private static final String SECOND_INGEST = """
			MATCH (newco:Organization {id: 'newco'}), (holding:Organization {id: 'acme holding'}),
			      (imu:Technology {symbol: 'G01C22/006'}), (n1:Patent {number: 'US41'}), (u1:Patent {number: 'US1'}),
			      (jane2:Person {id: 'person:jane doe@tu munich'})
			CREATE (d:Document {id: 'sha256:partner-increment-2', name: 'again.csv', lastSeenAt: datetime()}),
			       (n3:Patent {number: 'US43', priorityDate: date('2017-03-01'), title: 'Stride gyroscope',
			                   abstract: 'A gyroscope for inertial stride counting in wearables'}),
			       (n3)-[:RECORDED_IN]->(d), (u1)-[:RECORDED_IN]->(d),
			       (newco)-[:OWNS]->(n3), (n3)-[:CLASSIFIED_AS]->(imu), (n3)-[:CITES]->(n1),
			       (jane2)-[:INVENTED]->(n3), (holding)-[:OWNS]->(u1)
			""";

	@Autowired
	PartnerService partners;

	@Autowired
	PartnerSnapshots snapshots;

	@Autowired
	PartnerGraphLoader loader;

	@Autowired
	Neo4jClient neo4j;

	@BeforeEach
	void seed() {
		TestNeo4j.clear();
		TestNeo4j.run(PartnerServiceTest.SEED);
		// a cited patent not in the graph yet
		TestNeo4j.run("""
				CREATE (stub:Patent {number: 'US99', stub: true})
				WITH stub
				MATCH (u:Patent) WHERE u.number IN ['US21', 'US22', 'US23']
				CREATE (u)-[:CITES]->(stub)
				""");
	}

	private Map<String, Object> counts() {
		return PartnerGraphLoader.FINGERPRINT.read(this.neo4j);
	}

	private static GraphSnapshot.Current<PartnerSnapshot> current(PartnerSnapshot value, Map<String, Object> counts) {
		return new GraphSnapshot.Current<>(value, counts, "v", Instant.now(), Duration.ZERO, null, null);
	}

	// another value answering with the same graph version
	private static GraphSnapshot.Current<PartnerSnapshot> current(PartnerSnapshot value,
			GraphSnapshot.Current<PartnerSnapshot> like) {
		return new GraphSnapshot.Current<>(value, like.fingerprint(), like.version(), Instant.now(), Duration.ZERO,
				null, null);
	}

	private static final List<String> ORGANIZATIONS = List.of("acme", "tu munich", "sourceco", "cellco", "newco");

	private static final List<String> ROLES = List.of("any", "licensor", "licensee", "co-development", "research");

	private static final List<String> DEMANDS = List.of("We need a low-power gait sensor for elderly-care wearables",
			"an inertial stride counter that detects falls", "battery pack for wearables");

	@Test
	void anIncrementAnswersAsAWholeBuildWithTheSameModels() {
		GraphSnapshot.Current<PartnerSnapshot> built = this.snapshots.refresh(true);
		assertThat(built.kind()).isEqualTo(GraphSnapshot.FULL);
		PartnerRecommendations before = this.partners.recommend(built, PartnerQuery.of("acme", "any"));
		TestNeo4j.run(INGEST);

		GraphSnapshot.Current<PartnerSnapshot> updated = this.snapshots.refresh(false);
		assertThat(updated.kind()).isEqualTo(GraphSnapshot.INCREMENTAL);
		PartnerSnapshot incremental = updated.value();
		assertThat(incremental.models).isSameAs(built.value().models);
		assertThat(incremental.demandModel).isSameAs(built.value().demandModel);
		// the corpus statistics are kept as the models are
		assertThat(incremental.graph.tfidf).isSameAs(built.value().graph.tfidf);
		assertThat(incremental.profiles.statistics.codeIdf()).isSameAs(built.value().profiles.statistics.codeIdf());
		assertThat(incremental.profiles.associations).isSameAs(built.value().profiles.associations);
		// only the owners of the patents read again (before or after) are profiled again
		assertThat(java.util.Arrays.stream(incremental.graph.touched).mapToObj(o -> incremental.graph.orgIds[o]))
			.containsExactlyInAnyOrder("acme", "tu munich", "sourceco", "cellco", "newco");
		assertThat(incremental.profiles.cpc[incremental.graph.organization("acme holding")])
			.isSameAs(built.value().profiles.cpc[built.value().graph.organization("acme holding")]);
		// US4 and US41, US42 new; US99 no longer a stub (US21-23 cite it); US31 co-owned
		assertThat(incremental.graph.patents()).isEqualTo(built.value().graph.patents() + 4);
		assertThat(incremental.graph.patentCites[incremental.graph.patent("US21")])
			.containsExactly(incremental.graph.patent("US99"));

		PartnerSnapshot whole = PartnerSnapshot.keeping(this.loader.load(built.value().graph.tfidf), built.value(), 1);
		assertSameAnswers(updated, current(whole, updated));

		// the ingest shows: the new owner ranks for acme (a shared inventor), and the
		// note
		// says the models were kept
		PartnerRecommendations after = this.partners.recommend(updated, PartnerQuery.of("acme", "any"));
		assertThat(after).isNotEqualTo(before);
		assertThat(after.candidates().items()).extracting(c -> c.organization().id()).contains("newco");
		assertThat(after.model().note()).contains("kept by 1 incremental update(s)");
		assertThat(this.partners.forDemand(updated, DemandQuery.of(DEMANDS.get(2))).model().note())
			.contains("kept by 1 incremental update(s)")
			.contains("corpus statistics");

		// a second increment patches the first one's value
		TestNeo4j.run(SECOND_INGEST);
		GraphSnapshot.Current<PartnerSnapshot> second = this.snapshots.refresh(false);
		assertThat(second.kind()).isEqualTo(GraphSnapshot.INCREMENTAL);
		assertThat(second.value().increments).isEqualTo(2);
		assertSameAnswers(second, current(
				PartnerSnapshot.keeping(this.loader.load(built.value().graph.tfidf), built.value(), 2), second));

		// a whole build fits the statistics again: terms of the new patents enter the
		// vocabulary, the new code gets its idf
		GraphSnapshot.Current<PartnerSnapshot> refit = this.snapshots.refresh(true);
		assertThat(refit.kind()).isEqualTo(GraphSnapshot.FULL);
		assertThat(refit.value().increments).isZero();
		java.util.Set<String> vocabulary = java.util.Set.of(refit.value().graph.terms());
		assertThat(vocabulary).containsAll(java.util.Set.of(built.value().graph.terms()));
		assertThat(vocabulary).hasSizeGreaterThan(built.value().graph.terms().length);
		assertThat(refit.value().profiles.statistics.codes()).contains("G01C22/006");
		assertThat(built.value().profiles.statistics.codes()).doesNotContain("G01C22/006");
		assertThat(this.partners.recommend(refit, PartnerQuery.of("acme", "any")).model().note())
			.doesNotContain("kept by");
	}

	@Test
	void anIncrementFromASnapshotReadFromItsFileAnswersAsAWholeBuild() throws IOException {
		PartnerSnapshot built = this.snapshots.refresh(true).value();
		SnapshotCodec<PartnerSnapshot> codec = SnapshotCodec.serialization(PartnerSnapshot.class,
				"org.ipgraph.partners", "org.ipgraph.similarity");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		codec.write(built, out);
		PartnerSnapshot read = codec.read(new ByteArrayInputStream(out.toByteArray()));
		Map<String, Object> counts = counts();
		Instant since = Instant.now().minusSeconds(1);
		TestNeo4j.run(INGEST);
		PartnerSnapshot incremental = PartnerSnapshots.update(read,
				org.ipgraph.snapshot.Changes.of(since, counts, counts(), 1.0, this::changed), this.loader,
				new PartnerProperties(null, null, null, null, null, null, null, null));
		assertThat(incremental).isNotNull();
		PartnerSnapshot whole = PartnerSnapshot.keeping(this.loader.load(read.graph.tfidf), read, 1);
		assertSameAnswers(current(incremental, counts()), current(whole, counts()));
		// too many changed patents for the share that builds whole
		assertThat(PartnerSnapshots.update(read,
				org.ipgraph.snapshot.Changes.of(since, counts, counts(), 0.1, this::changed), this.loader,
				new PartnerProperties(null, null, null, null, null, null, null, null)))
			.isNull();
	}

	@Test
	void aLegalEventBuildsWhole() {
		this.snapshots.refresh(true);
		TestNeo4j.run("""
				MATCH (p:Patent {number: 'US1'})
				CREATE (p)-[:HAS_EVENT]->(:LegalEvent {code: 'EXP', date: date('2020-01-01')})
				""");
		GraphSnapshot.Current<PartnerSnapshot> after = this.snapshots.refresh(false);
		assertThat(after.kind()).isEqualTo(GraphSnapshot.FULL);
		assertThat(after.value().increments).isZero();
	}

	private List<org.ipgraph.snapshot.Changes.ChangedPatent> changed(Instant since) {
		return this.neo4j.query("""
				MATCH (d:Document) WHERE d.lastSeenAt >= $since
				MATCH (p:Patent)-[:RECORDED_IN]->(d)
				RETURN DISTINCT id(p) AS node, p.number AS number
				""")
			.bind(since.atOffset(java.time.ZoneOffset.UTC))
			.to("since")
			.fetchAs(org.ipgraph.snapshot.Changes.ChangedPatent.class)
			.mappedBy((t, r) -> new org.ipgraph.snapshot.Changes.ChangedPatent(r.get("node").asLong(),
					r.get("number").asString()))
			.all()
			.stream()
			.toList();
	}

	private void assertSameAnswers(GraphSnapshot.Current<PartnerSnapshot> incremental,
			GraphSnapshot.Current<PartnerSnapshot> whole) {
		int answers = 0;
		for (String org : ORGANIZATIONS) {
			for (String role : ROLES) {
				PartnerRecommendations a = this.partners.recommend(incremental, PartnerQuery.of(org, role));
				PartnerRecommendations b = this.partners.recommend(whole, PartnerQuery.of(org, role));
				assertThat(a).as(org + " " + role).isEqualTo(b);
				answers += a.candidates().items().size();
			}
		}
		assertThat(answers).isGreaterThan(20);
		for (String demand : DEMANDS) {
			DemandRecommendations a = this.partners.forDemand(incremental, DemandQuery.of(demand));
			DemandRecommendations b = this.partners.forDemand(whole, DemandQuery.of(demand));
			assertThat(a).as(demand).isEqualTo(b);
			assertThat(a.candidates().items()).isNotEmpty();
		}
	}

}
