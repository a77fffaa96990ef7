package org.ipgraph.pools;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ipgraph.pools.PoolCandidate.Licensor;
import org.ipgraph.pools.PoolCandidate.PoolMember;
import org.ipgraph.test.GraphTest;
import org.ipgraph.test.TestNeo4j;
import org.ipgraph.web.NotFoundException;
import org.ipgraph.web.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GraphTest
class PoolServiceTest {

	/**
	 * Four declarants' patents to S (A through its subsidiary too), an undeclared B
	 * patent citing two of them, an outsider D with a similar patent citing one, a
	 * continuation of P1, and a background of E and F patents on entropy coding citing
	 * each other.
	 */
	static final String GRAPH = """
			CREATE (a:Organization {id: 'a', name: 'Alpha Video'}), (asub:Organization {id: 'a sub', name: 'Alpha Labs'}),
			       (b:Organization {id: 'b', name: 'Beta Media'}), (c:Organization {id: 'c', name: 'Gamma Codec'}),
			       (d:Organization {id: 'd', name: 'Delta Imaging'}), (e:Organization {id: 'e', name: 'Epsilon'}),
			       (f:Organization {id: 'f', name: 'Phi Systems'}),
			       (asub)-[:SUBSIDIARY_OF {relation: 'subsidiary'}]->(a),
			       (s:Standard {id: 'DEMO-VC 9', title: 'Video coding specification with subpicture layout'}),
			       (g:Technology {symbol: 'H04N19/00', level: 'group'}),
			       (t70:Technology {symbol: 'H04N19/70'})-[:PART_OF]->(g), (t52:Technology {symbol: 'H04N19/52'})-[:PART_OF]->(g),
			       (t13:Technology {symbol: 'H04N19/13'})-[:PART_OF]->(g), (t82:Technology {symbol: 'H04N19/82'})-[:PART_OF]->(g),
			       (p1:Patent {number: 'US1', familyId: 'F1', filingDate: date('2010-01-01'), title: 'Subpicture layout signalling in parameter sets', abstract: 'A decoder parses subpicture layout and gradual decoding refresh in parameter sets.'}),
			       (p2:Patent {number: 'US2', familyId: 'F2', filingDate: date('2010-03-01'), title: 'Motion vector prediction with subpicture layout', abstract: 'Merge candidates respect the subpicture layout boundaries and gradual decoding refresh.'}),
			       (p3:Patent {number: 'US3', familyId: 'F3', filingDate: date('2010-05-01'), title: 'Loop filter across subpicture layout boundaries', abstract: 'Adaptive loop filtering is switched at subpicture layout edges with gradual decoding refresh.'}),
			       (p4:Patent {number: 'US4', familyId: 'F4', filingDate: date('2010-07-01'), title: 'Entropy coding of subpicture layout syntax', abstract: 'Context coding of subpicture layout flags for gradual decoding refresh pictures.'}),
			       (p5:Patent {number: 'US5', familyId: 'F5', filingDate: date('2011-01-01'), title: 'Reference picture resampling with subpicture layout', abstract: 'Resampling follows the subpicture layout and gradual decoding refresh.'}),
			       (p6:Patent {number: 'US6', familyId: 'F6', filingDate: date('2011-02-01'), title: 'Subpicture layout extraction with gradual decoding refresh', abstract: 'A bitstream extractor keeps subpicture layout and gradual decoding refresh.'}),
			       (p7:Patent {number: 'US7', familyId: 'F1', filingDate: date('2012-01-01'), title: 'Subpicture layout signalling in parameter sets', abstract: 'A decoder parses subpicture layout and gradual decoding refresh in parameter sets. In some embodiments remotely.'}),
			       (a)-[:OWNS]->(p1), (asub)-[:OWNS]->(p2), (b)-[:OWNS]->(p3), (c)-[:OWNS]->(p4), (b)-[:OWNS]->(p5),
			       (d)-[:OWNS]->(p6), (a)-[:OWNS]->(p7),
			       (p1)-[:CLASSIFIED_AS {first: true}]->(t70), (p2)-[:CLASSIFIED_AS {first: true}]->(t52),
			       (p3)-[:CLASSIFIED_AS {first: true}]->(t82), (p4)-[:CLASSIFIED_AS {first: true}]->(t13),
			       (p5)-[:CLASSIFIED_AS {first: true}]->(t52), (p6)-[:CLASSIFIED_AS {first: true}]->(t70),
			       (p7)-[:CLASSIFIED_AS {first: true}]->(t70),
			       (p1)-[:DECLARED_ESSENTIAL_TO {declarant: 'a'}]->(s), (p2)-[:DECLARED_ESSENTIAL_TO {declarant: 'a sub'}]->(s),
			       (p3)-[:DECLARED_ESSENTIAL_TO {declarant: 'b'}]->(s), (p4)-[:DECLARED_ESSENTIAL_TO {declarant: 'c'}]->(s),
			       (p2)-[:CITES]->(p1), (p3)-[:CITES]->(p1), (p4)-[:CITES]->(p2), (p4)-[:CITES]->(p3),
			       (p5)-[:CITES]->(p1), (p5)-[:CITES]->(p4), (p6)-[:CITES]->(p3), (p7)-[:CITES]->(p1)
			WITH e, f, t13
			UNWIND range(10, 19) AS i
			CREATE (q:Patent {number: 'US' + i, familyId: 'G' + i, filingDate: date('2009-01-01') + duration({days: i}),
			                  title: 'Arithmetic coder context ' + ['windows', 'states', 'bins', 'models', 'tables'][i % 5],
			                  abstract: 'Binary arithmetic coding updates context probability states for bins.'})
			CREATE (q)-[:CLASSIFIED_AS {first: true}]->(t13)
			WITH q, i, e, f
			CALL (q, i, e, f) {
			  WITH q, i, CASE WHEN i % 2 = 0 THEN e ELSE f END AS owner
			  CREATE (owner)-[:OWNS]->(q)
			}
			WITH collect(q) AS background
			UNWIND range(1, size(background) - 1) AS i
			WITH background[i] AS q, background[i - 1] AS older, background[(i + 3) % size(background)] AS other
			CREATE (q)-[:CITES]->(older)
			WITH q, other WHERE q <> other
			CREATE (q)-[:CITES]->(other)
			""";

	@Autowired
	PoolService pools;

	@BeforeEach
	void graph() {
		TestNeo4j.clear();
		try (var session = TestNeo4j.driver().session()) {
			session.run(GRAPH).consume();
		}
	}

	@Test
	void aStandardsPoolHasItsDeclarantsRolledUpAndAnOutsiderAsMissingHolder() {
		PoolResults results = this.pools.find(PoolQuery.standard("demo-vc 9", 3), PageRequest.of(0, 10));
		assertThat(results.total()).isOne();
		PoolCandidate pool = results.items().get(0);
		assertThat(pool.standard()).isEqualTo("DEMO-VC 9");
		assertThat(pool.members()).extracting(PoolMember::number)
			.containsExactlyInAnyOrder("US1", "US2", "US3", "US4", "US5");
		assertThat(pool.licensors()).extracting(Licensor::group, Licensor::patents)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a", 2.0),
					org.assertj.core.groups.Tuple.tuple("b", 2.0), org.assertj.core.groups.Tuple.tuple("c", 1.0));
		assertThat(pool.licensors()).filteredOn(l -> l.group().equals("a"))
			.singleElement()
			.satisfies(l -> assertThat(l.owners()).containsExactly("a", "a sub"));
		assertThat(pool.hhi()).isEqualTo(3600.0);
		assertThat(pool.substitutes()).singleElement().satisfies(s -> {
			assertThat(s.number()).isEqualTo("US7");
			assertThat(s.substituteOf()).isEqualTo("US1");
		});
		assertThat(pool.missingHolders()).first().satisfies(h -> {
			assertThat(h.group()).isEqualTo("d");
			assertThat(h.patents()).extracting(PoolCandidate.HolderPatent::number).containsExactly("US6");
		});
		assertThat(pool.missingHolders()).extracting(PoolCandidate.MissingHolder::group).doesNotContain("e", "f");
		PoolMember undeclared = pool.members().stream().filter(m -> m.number().equals("US5")).findFirst().orElseThrow();
		assertThat(undeclared.reasons()).contains("cites US1 of Alpha Video", "cites US4 of Gamma Codec");
		assertThat(pool.blocking()).isNotEmpty();
		assertThat(results.scope().method()).startsWith("leiden");
	}

	@Test
	void anExpiredPatentLeavesThePoolByDefaultAndComesBackFlaggedWithIncludeExpired() {
		// US4, Gamma Codec's only declared patent, has expired; US1 is in force, the
		// others
		// have no status (unknown counts as in force)
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (p1:Patent {number: 'US1'}), (p4:Patent {number: 'US4'})
					SET p1.status = 'in_force', p1.inForce = true, p1.expiry = date('2030-01-01'),
					    p4.status = 'expired', p4.inForce = false, p4.expiry = date('2020-07-01')
					""").consume();
		}
		PoolResults live = this.pools.find(PoolQuery.standard("demo-vc 9", 3), PageRequest.of(0, 10));
		assertThat(live.scope().includeExpired()).isFalse();
		// without US4 the declared patents come from two owner groups: no pool
		assertThat(live.total()).isZero();
		assertThat(live.scope().seeds()).isEqualTo(3);
		PoolResults all = this.pools.find(PoolQuery.standard("demo-vc 9", 3).includingExpired(true),
				PageRequest.of(0, 10));
		assertThat(all.query()).endsWith("including patents that have ended");
		assertThat(all.scope().ended()).isOne();
		PoolCandidate pool = all.items().get(0);
		assertThat(pool.members()).extracting(PoolMember::number)
			.containsExactlyInAnyOrder("US1", "US2", "US3", "US4", "US5");
		assertThat(pool.members()).filteredOn(m -> m.legal().expired()).singleElement().satisfies(m -> {
			assertThat(m.number()).isEqualTo("US4");
			assertThat(m.legal().status()).isEqualTo("expired");
			assertThat(m.legal().expiry()).isEqualTo(java.time.LocalDate.of(2020, 7, 1));
		});
		assertThat(pool.members()).filteredOn(m -> m.number().equals("US3"))
			.singleElement()
			.satisfies(m -> assertThat(m.legal().status()).isNull());
		// a seed that ended is left out, and said so
		PoolResults seeded = this.pools.find(PoolQuery.patents(List.of("US1", "US2", "US3", "US4"), 3),
				PageRequest.of(0, 10));
		assertThat(seeded.scope().notes())
			.anySatisfy(n -> assertThat(n).startsWith("left out 1 seed patent").endsWith(": US4"));
		assertThat(seeded.items()).flatExtracting(PoolCandidate::members)
			.extracting(PoolMember::number)
			.doesNotContain("US4");
	}

	@Test
	void aCpcGroupFindsTheStandardsPoolFirstThroughCommunityDetection() {
		PoolResults results = this.pools.find(PoolQuery.cpc("H04N19", 3), PageRequest.of(0, 10));
		assertThat(results.scope().patents()).isEqualTo(17);
		assertThat(results.scope().communities()).isGreaterThan(1);
		PoolCandidate first = results.items().get(0);
		assertThat(first.standard()).isEqualTo("DEMO-VC 9");
		assertThat(first.members()).extracting(PoolMember::number).contains("US1", "US2", "US3", "US4");
		assertThat(results.items()).noneMatch(c -> c.licensors().size() < 3);
	}

	@Test
	void theSameGraphGivesTheSameAnswerAndNoProjectionIsLeftBehindEvenUnderConcurrency() throws Exception {
		PoolQuery query = PoolQuery.cpc("H04N19", 3);
		PoolResults first = this.pools.find(query, PageRequest.of(0, 10));
		ExecutorService executor = Executors.newFixedThreadPool(4);
		try {
			List<Future<PoolResults>> runs = executor
				.invokeAll(java.util.Collections.nCopies(4, () -> this.pools.find(query, PageRequest.of(0, 10))));
			for (Future<PoolResults> run : runs) {
				assertThat(run.get()).isEqualTo(first);
			}
		}
		finally {
			executor.shutdown();
		}
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("CALL gds.graph.list() YIELD graphName RETURN graphName").list())
				.noneMatch(r -> r.get("graphName").asString().startsWith(CommunityDetection.PREFIX));
		}
	}

	@Test
	void seedPatentsFindThePoolTheyBelongTo() {
		PoolResults results = this.pools.find(PoolQuery.patents(List.of("US 5", "US99"), 3), PageRequest.of(0, 10));
		assertThat(results.items()).singleElement()
			.satisfies(c -> assertThat(c.members()).extracting(PoolMember::number).contains("US5"));
		assertThat(results.scope().notes()).contains("not in the graph: US99");
	}

	@Test
	void twoOwnersAloneMakeNoPool() {
		PoolResults results = this.pools.find(PoolQuery.topic("arithmetic coder", 3), PageRequest.of(0, 10));
		assertThat(results.scope().patents()).isEqualTo(10);
		assertThat(results.items()).isEmpty();
		assertThat(results.scope().notes()).anyMatch(n -> n.contains("3 independent owner groups"));
	}

	@Test
	void unknownInputsAreRefused() {
		assertThatThrownBy(() -> this.pools.find(PoolQuery.standard("NOPE 1", 3), PageRequest.of(0, 10)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.pools.find(PoolQuery.cpc("not a symbol", 3), PageRequest.of(0, 10)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.pools.find(PoolQuery.patents(List.of("US99"), 3), PageRequest.of(0, 10)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> PoolQuery.cpc("H04N19", 2)).isInstanceOf(IllegalArgumentException.class);
	}

}
