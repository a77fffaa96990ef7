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

	private static OwnerProfile owner(String id) {
		return new OwnerProfile(new OwnerProfile.Ref(id, id), List.of(), null, List.of(), List.of(), List.of(),
				List.of());
	}

}
