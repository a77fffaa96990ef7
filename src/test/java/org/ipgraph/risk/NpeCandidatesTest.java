package org.ipgraph.risk;

import java.util.List;

import org.ipgraph.test.GraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@GraphTest
class NpeCandidatesTest {

	@Autowired
	NpeCandidates candidates;

	@Autowired
	Neo4jClient neo4j;

	@BeforeEach
	void graph() {
		RiskGraph.create();
	}

	@Test
	void theKeptCandidatesAreTheOnesTheLiveQueryFindsForEveryCompany() {
		ExposureQueries queries = new ExposureQueries(this.neo4j);
		OwnerProfiles profiles = new OwnerProfiles(this.neo4j);
		for (String company : List.of("globex", "initech", "acme licensing", "acme ip hldg", "norvane wireless")) {
			List<String> group = queries.group(company);
			List<OwnerProfile> live = profiles.profiles(queries.candidateOwners(group, 500));
			List<OwnerProfile> kept = this.candidates.profiles(group);
			assertThat(kept).as(company)
				.extracting(p -> p.organization().id())
				.containsExactlyElementsOf(live.stream().map(p -> p.organization().id()).toList());
			// the graph returns some collected facts in no fixed order
			assertThat(kept).as(company).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(live);
		}
		assertThat(this.candidates.profiles(List.of("globex"))).extracting(p -> p.organization().id())
			.contains("acme licensing")
			.doesNotContain("globex");
	}

	@Test
	void theFirstKeptOutsideTheGroupAnswerUnlessTooManyAreLeftOutOfAnIncompleteList() {
		List<OwnerProfile> owners = List.of(owner("a"), owner("b"), owner("c"));
		NpeCandidates.Kept incomplete = new NpeCandidates.Kept(owners, false);
		assertThat(NpeCandidates.first(incomplete, List.of("b"), 2)).hasValueSatisfying(
				first -> assertThat(first).extracting(p -> p.organization().id()).containsExactly("a", "c"));
		// two left out of three kept: the third candidate may be one not kept
		assertThat(NpeCandidates.first(incomplete, List.of("a", "b"), 2)).isEmpty();
		NpeCandidates.Kept complete = new NpeCandidates.Kept(owners, true);
		assertThat(NpeCandidates.first(complete, List.of("a", "b"), 2))
			.hasValueSatisfying(first -> assertThat(first).extracting(p -> p.organization().id()).containsExactly("c"));
	}

	@Test
	void candidateOwnersReadPageByPageAreTheOnesOneQueryOverTheWholeGraphFinds() {
		// the single query the pages replaced (it outlasted a transaction at a million
		// patents), as the oracle
		String whole = """
				MATCH (o:Organization)
				WHERE NOT o.id IN $exclude
				  AND (o.npe = true OR EXISTS { (o)-[:PLAINTIFF_IN]->() } OR EXISTS { (o)-[:ACQUIRED_FROM]->() }
				       OR EXISTS { MATCH (o)-[r:OWNS]->(p:Patent) WHERE r.to IS NULL AND (r.acquiredOn IS NOT NULL
				                   OR (r.from IS NOT NULL AND p.filingDate IS NOT NULL AND r.from > p.filingDate + duration('P1Y'))) })
				  AND EXISTS { (o)-[:OWNS]->() }
				RETURN o.id AS id
				ORDER BY COUNT { (o)-[:PLAINTIFF_IN]->() } DESC, o.id
				LIMIT $limit
				""";
		ExposureQueries queries = new ExposureQueries(this.neo4j);
		for (List<String> exclude : List.of(List.<String>of(), List.of("acme licensing"), queries.group("globex"))) {
			for (int limit : List.of(1, 2, 500)) {
				List<String> expected = this.neo4j.query(whole)
					.bindAll(java.util.Map.of("exclude", exclude, "limit", limit))
					.fetchAs(String.class)
					.all()
					.stream()
					.toList();
				assertThat(expected).isNotEmpty();
				assertThat(queries.candidateOwners(exclude, limit)).as(exclude + " " + limit).isEqualTo(expected);
				// pages of one and two organizations
				assertThat(queries.candidateOwners(exclude, limit, 1)).isEqualTo(expected);
				assertThat(queries.candidateOwners(exclude, limit, 2)).isEqualTo(expected);
			}
		}
	}

	private static OwnerProfile owner(String id) {
		return new OwnerProfile(new OwnerProfile.Ref(id, id), List.of(), null, List.of(), List.of(), List.of(),
				List.of());
	}

}
