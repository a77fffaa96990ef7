package org.ipgraph.risk;

import java.util.List;
import java.util.Map;

import org.ipgraph.similarity.Terms;
import org.ipgraph.test.GraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@GraphTest
class HeldDetailsTest {

	@Autowired
	Neo4jClient neo4j;

	@BeforeEach
	void graph() {
		RiskGraph.create();
	}

	@Test
	void keptDetailsAreTheOnesTheGraphHoldsUntilItsCountsChange() {
		ExposureQueries queries = new ExposureQueries(this.neo4j);
		HeldDetails held = new HeldDetails(this.neo4j, queries);
		List<String> numbers = List.of("US1000001", "US1000002", "US9999999");
		Map<String, HeldDetails.Details> first = held.details(numbers);
		assertThat(first).containsOnlyKeys("US1000001", "US1000002");
		// the same text and suits as the held-patents query reads live
		List<ExposureQueries.Held> live = queries.heldPatents(List.of("acme licensing"), List.of(), true);
		assertThat(live).extracting(h -> h.patent().number()).contains("US1000001", "US1000002");
		for (ExposureQueries.Held one : live) {
			HeldDetails.Details kept = held.details(List.of(one.patent().number())).get(one.patent().number());
			assertThat(kept.patent()).isEqualTo(one.patent());
			assertThat(kept.cases()).containsExactlyInAnyOrderElementsOf(one.cases());
			assertThat(kept.terms()).isEqualTo(Terms.of(one.patent().text()));
		}
		assertThat(first.get("US1000001").cases()).isNotEmpty();
		assertThat(held.size()).isEqualTo(live.size());
		// a new suit changes the counts: the suits are read again
		this.neo4j.query("""
				MATCH (p:Patent {number: 'US1000002'})
				CREATE (p)-[:ASSERTED_IN]->(:LitigationCase {id: 'case-new', caseType: 'civil'})""").run();
		assertThat(held.details(numbers).get("US1000002").cases()).contains("case-new");
		// a title rewritten in place changes no count: the kept text stays (documented)
		this.neo4j.query("MATCH (p:Patent {number: 'US1000001'}) SET p.title = 'Wireless charging coil'").run();
		assertThat(held.details(numbers).get("US1000001").patent().title())
			.isEqualTo(first.get("US1000001").patent().title());
		// a new classification changes the counts: every text is read again
		this.neo4j.query("""
				MATCH (p:Patent {number: 'US1000001'})
				MERGE (t:Technology {symbol: 'H02J50/10'}) CREATE (p)-[:CLASSIFIED_AS]->(t)""").run();
		HeldDetails.Details again = held.details(numbers).get("US1000001");
		assertThat(again.patent().title()).isEqualTo("Wireless charging coil");
		assertThat(again.patent().cpc()).contains("H02J50/10");
		assertThat(again.terms()).contains("wireless", "charg");
	}

	@Test
	void beyondTheBoundDetailsAreReadForEveryReport() {
		HeldDetails held = new HeldDetails(this.neo4j, new ExposureQueries(this.neo4j), 1);
		List<String> numbers = List.of("US1000001", "US1000002", "US1000003");
		assertThat(held.details(numbers)).containsOnlyKeys(numbers);
		assertThat(held.details(numbers)).containsOnlyKeys(numbers);
		assertThat(held.size()).isEqualTo(1);
	}

}
