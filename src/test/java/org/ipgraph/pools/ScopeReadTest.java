package org.ipgraph.pools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ipgraph.test.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast scope reads of a pool search give what the scope queries give: the CPC scope
 * through the Java API ({@link EmbeddedCpcScope}) as {@code CPC_SCOPE}, and the topic
 * scope from the index's best hits as {@code TOPIC_SCOPE}, on a graph full of rank and
 * score ties, every kind of status, stubs, and classifications outside the group.
 */
class ScopeReadTest {

	private static final String[] WORDS = { "video", "decoder", "filter", "motion", "vector", "entropy", "coder",
			"block", "loop", "prediction" };

	private final Neo4jClient neo4j = Neo4jClient.create(TestNeo4j.driver());

	@BeforeEach
	void graph() {
		TestNeo4j.clear();
		Random random = new Random(5);
		List<Map<String, Object>> patents = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			Map<String, Object> p = new HashMap<>();
			p.put("number", "US%04d".formatted(random.nextInt(9000)) + "-" + i);
			// few distinct titles, so that many hits score the same
			p.put("title", WORDS[random.nextInt(3)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
					+ WORDS[random.nextInt(4)]);
			p.put("stub", random.nextInt(15) == 0 ? true : null);
			int status = random.nextInt(6);
			p.put("inForce", status == 0 ? null : status <= 2);
			p.put("status", switch (status) {
				case 3 -> "pending";
				case 4 -> "expired";
				case 5 -> null;
				default -> "in_force";
			});
			int expiry = random.nextInt(3);
			p.put("expiry", expiry == 0 ? null : expiry == 1 ? LocalDate.of(2001, 1, 1) : LocalDate.of(2090, 1, 1));
			// classified in up to three symbols, some of them outside the group
			List<String> symbols = new ArrayList<>();
			for (int k = random.nextInt(4); k > 0; k--) {
				symbols.add(List.of("H04N19/00", "H04N19/52", "H04N19/521", "H04N19/70", "H04W72/00", "G06V10/00")
					.get(random.nextInt(6)));
			}
			p.put("symbols", symbols);
			patents.add(p);
		}
		try (var session = TestNeo4j.driver().session()) {
			// the group, a subgroup below a subgroup, one below a node that is not a
			// technology, and a technology elsewhere
			session.run("""
					CREATE (g:Technology {symbol: 'H04N19/00'}), (s52:Technology {symbol: 'H04N19/52'}),
					       (s521:Technology {symbol: 'H04N19/521'}), (x:Other {id: 'x'}),
					       (s70:Technology {symbol: 'H04N19/70'}), (w:Technology {symbol: 'H04W72/00'}),
					       (v:Technology {symbol: 'G06V10/00'}),
					       (s52)-[:PART_OF]->(g), (s521)-[:PART_OF]->(s52), (x)-[:PART_OF]->(g), (s70)-[:PART_OF]->(x),
					       (:Other {id: 'y'})-[:CLASSIFIED_AS]->(s52)
					""").consume();
			session.run("""
					UNWIND $patents AS row
					CREATE (p:Patent {number: row.number, title: row.title})
					SET p.stub = row.stub, p.inForce = row.inForce, p.status = row.status, p.expiry = row.expiry
					WITH p, row
					UNWIND row.symbols AS symbol
					MATCH (t:Technology {symbol: symbol})
					CREATE (p)-[:CLASSIFIED_AS]->(t)
					""", Map.of("patents", patents)).consume();
			List<Map<String, Object>> cites = new ArrayList<>();
			for (int i = 0; i < 1500; i++) {
				// a skewed choice of cited patents: a few ranks, many ties within each
				int cited = (int) Math.abs(random.nextGaussian() * 120) % patents.size();
				cites.add(Map.of("from", patents.get(random.nextInt(patents.size())).get("number"), "to",
						patents.get(cited).get("number")));
			}
			session.run("""
					UNWIND $cites AS c
					MATCH (a:Patent {number: c.from}), (b:Patent {number: c.to})
					CREATE (a)-[:CITES]->(b)
					""", Map.of("cites", cites)).consume();
		}
	}

	@Test
	void theCpcScopeThroughTheJavaApiIsTheQuerysAnswer() {
		EmbeddedCpcScope embedded = new EmbeddedCpcScope(TestNeo4j.server().database());
		int compared = 0;
		for (boolean includeExpired : List.of(false, true)) {
			PoolGraphReader reader = new PoolGraphReader(this.neo4j, includeExpired);
			for (String symbol : List.of("H04N19/00", "H04N19/52", "H04N19/70", "G06V10/00", "H99Z1/00")) {
				for (int limit : List.of(1, 7, 40, 101, 250, 10_000)) {
					List<String> expected = reader.cypherCpcScope(symbol, limit);
					assertThat(embedded.cpcScope(symbol, includeExpired, limit))
						.as("%s, limit %d, includeExpired %s", symbol, limit, includeExpired)
						.containsExactlyElementsOf(expected);
					compared += expected.size();
				}
			}
		}
		assertThat(compared).isGreaterThan(2000);
		// the reader takes the Java API when it has it
		assertThat(new PoolGraphReader(this.neo4j, false, embedded).cpcScope("H04N19/00", 40))
			.containsExactlyElementsOf(new PoolGraphReader(this.neo4j, false).cypherCpcScope("H04N19/00", 40))
			.hasSize(40);
	}

	@Test
	void aKeptCpcScopeIsReadAgainAfterAnyWrite() {
		EmbeddedCpcScope embedded = new EmbeddedCpcScope(TestNeo4j.server().database());
		PoolGraphReader reader = new PoolGraphReader(this.neo4j, false);
		List<String> first = embedded.cpcScope("H04N19/52", false, 20);
		assertThat(first).hasSize(20).containsExactlyElementsOf(reader.cypherCpcScope("H04N19/52", 20));
		// kept: nothing has been written since
		assertThat(embedded.cpcScope("H04N19/52", false, 20)).isSameAs(first);
		// the first patent ends, and another one gets many citations: both change the
		// answer, and each is seen at the next read
		try (var session = TestNeo4j.driver().session()) {
			session
				.run("MATCH (p:Patent {number: $number}) SET p.inForce = false, p.status = 'lapsed'",
						Map.of("number", first.get(0)))
				.consume();
		}
		List<String> second = embedded.cpcScope("H04N19/52", false, 20);
		assertThat(second).doesNotContain(first.get(0))
			.containsExactlyElementsOf(reader.cypherCpcScope("H04N19/52", 20));
		String last = reader.cypherCpcScope("H04N19/52", 10_000).getLast();
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					MATCH (p:Patent {number: $number})
					UNWIND range(1, 60) AS i
					CREATE (:Patent {number: 'CITING-' + i})-[:CITES]->(p)
					""", Map.of("number", last)).consume();
		}
		assertThat(embedded.cpcScope("H04N19/52", false, 20)).startsWith(last)
			.containsExactlyElementsOf(reader.cypherCpcScope("H04N19/52", 20));
	}

	@Test
	void theTopicScopeFromTheBestHitsIsTheQuerysAnswer() {
		int compared = 0;
		for (boolean includeExpired : List.of(false, true)) {
			PoolGraphReader reader = new PoolGraphReader(this.neo4j, includeExpired);
			for (String query : List.of("video", "decoder filter", "motion OR entropy", "prediction", "nothing")) {
				for (int limit : List.of(1, 5, 30, 49, 120, 400, 1000)) {
					List<String> expected = reader.cypherTopicScope(query, limit);
					assertThat(reader.topicScope(query, limit))
						.as("%s, limit %d, includeExpired %s", query, limit, includeExpired)
						.containsExactlyElementsOf(expected);
					compared += expected.size();
				}
			}
		}
		assertThat(compared).isGreaterThan(2000);
	}

	@Test
	void bestHitsDecideOnlyWhenNoOtherHitCanComeFirst() {
		Random random = new Random(3);
		int decided = 0;
		int undecided = 0;
		for (int run = 0; run < 300; run++) {
			List<PoolGraphReader.Hit> all = new ArrayList<>();
			int n = 1 + random.nextInt(200);
			for (int i = 0; i < n; i++) {
				// scores from a few values: ties at every boundary
				all.add(new PoolGraphReader.Hit("N" + random.nextInt(100_000), random.nextInt(1 + random.nextInt(12)),
						random.nextInt(4) != 0));
			}
			int limit = 1 + random.nextInt(60);
			List<String> expected = all.stream()
				.filter(PoolGraphReader.Hit::kept)
				.sorted(Comparator.comparingDouble(PoolGraphReader.Hit::score)
					.reversed()
					.thenComparing(PoolGraphReader.Hit::number))
				.limit(limit)
				.map(PoolGraphReader.Hit::number)
				.toList();
			assertThat(PoolGraphReader.bestHits(all, true, limit)).containsExactlyElementsOf(expected);
			// the index's best `fetch` hits by score, ties in an order of its own
			List<PoolGraphReader.Hit> shuffled = new ArrayList<>(all);
			java.util.Collections.shuffle(shuffled, random);
			shuffled.sort(Comparator.comparingDouble(PoolGraphReader.Hit::score).reversed());
			int fetch = 1 + random.nextInt(n);
			List<String> best = PoolGraphReader.bestHits(shuffled.subList(0, fetch), fetch == n, limit);
			if (best == null) {
				undecided++;
			}
			else {
				assertThat(best).as("run %d", run).containsExactlyElementsOf(expected);
				decided++;
			}
		}
		assertThat(decided).isGreaterThan(50);
		assertThat(undecided).isGreaterThan(50);
	}

}
