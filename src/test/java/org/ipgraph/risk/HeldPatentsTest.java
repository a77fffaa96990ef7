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
class HeldPatentsTest {

	@Autowired
	HeldPatents held;

	@Autowired
	NpeCandidates candidates;

	@Autowired
	Neo4jClient neo4j;

	@BeforeEach
	void graph() {
		RiskGraph.create();
		// some held patents have ended, one is pending: the kept status must be judged as
		// the graph query judges it
		this.neo4j.query("""
				MATCH (:Organization)-[:OWNS]->(p:Patent)
				WITH DISTINCT p ORDER BY p.number
				WITH collect(p) AS ps
				FOREACH (p IN ps[0..1] | SET p.inForce = false, p.status = 'lapsed')
				FOREACH (p IN ps[1..2] | SET p.expiry = date('2001-01-01'))
				FOREACH (p IN ps[2..3] | SET p.inForce = false, p.status = 'pending')
				FOREACH (p IN ps[3..4] | SET p.inForce = true, p.expiry = date('2999-01-01'))
				""").run();
	}

	@Test
	void theKeptPatentsAreWhatTheGraphQueryReturnsForEveryCompany() {
		ExposureQueries queries = new ExposureQueries(this.neo4j);
		int compared = 0;
		for (String company : List.of("globex", "initech", "acme licensing", "norvane wireless")) {
			List<String> group = queries.group(company);
			List<String> owners = this.candidates.profiles(group).stream().map(p -> p.organization().id()).toList();
			List<String> own = queries.ownPatents(group, 2000).stream().map(ExposureRanker.PatentText::number).toList();
			for (boolean includeEnded : List.of(false, true)) {
				List<ExposureQueries.Held> live = queries.heldPatents(owners, own, includeEnded);
				HeldPatents.Found kept = this.held.find(owners, own, includeEnded).orElseThrow();
				assertThat(kept.held()).as(company + " " + includeEnded)
					.extracting(h -> h.owner() + " " + h.patent().number() + " " + h.legal())
					.containsExactlyElementsOf(
							live.stream().map(h -> h.owner() + " " + h.patent().number() + " " + h.legal()).toList());
				assertThat(kept.held()).as(company)
					.usingRecursiveComparison()
					.ignoringCollectionOrder()
					.isEqualTo(live);
				for (ExposureQueries.Held h : live) {
					assertThat(kept.terms().get(h.patent().number())).isEqualTo(Terms.of(h.patent().text()));
				}
				compared += live.size();
			}
		}
		assertThat(compared).isGreaterThan(4);
	}

	@Test
	void ownersNotKeptOrTooManyPatentsAreReadFromTheGraph() {
		HeldPatents.Patent one = new HeldPatents.Patent(
				new ExposureQueries.Held("a", new ExposureRanker.PatentText("US1", "t", "t", List.of(), null), null,
						null, List.of(), org.ipgraph.graph.PatentStatus.UNKNOWN),
				null, null, null, List.of("t"));
		HeldPatents.Kept kept = new HeldPatents.Kept(Map.of("a", List.of(one)), true);
		assertThat(HeldPatents.find(kept, List.of("a"), List.of(), false)).isPresent();
		assertThat(HeldPatents.find(kept, List.of("a"), List.of("US1"), false))
			.hasValueSatisfying(f -> assertThat(f.held()).isEmpty());
		assertThat(HeldPatents.find(kept, List.of("a", "b"), List.of(), false)).isEmpty();
		assertThat(HeldPatents.find(new HeldPatents.Kept(Map.of(), false), List.of(), List.of(), false)).isEmpty();
	}

}
