package org.ipgraph.pools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.pools.PoolCandidate.BlockingRelation;
import org.ipgraph.pools.PoolCandidate.Licensor;
import org.ipgraph.pools.PoolCandidate.PoolMember;
import org.ipgraph.similarity.SparseVector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class PoolCandidateFinderTest {

	static final String[] TERMS = { "subpicture", "layout", "filter", "entropy", "motion", "box", "gait", "sensor" };

	static final PoolParameters PARAMETERS = PoolParameters.defaults();

	@Test
	void hhiIsTheSumOfSquaredPercentages() {
		assertThat(PoolCandidateFinder.hhi(List.of(1.0))).isEqualTo(10_000);
		assertThat(PoolCandidateFinder.hhi(List.of(0.5, 0.5))).isEqualTo(5_000);
		assertThat(PoolCandidateFinder.hhi(List.of(0.6, 0.2, 0.2))).isCloseTo(4_400, within(1e-9));
	}

	@Test
	void threeOwnersWhoCiteEachOtherMakeAPoolWithEqualShares() {
		List<ScopePatent> patents = List.of(patent("P1", "a").cites("P2", "P3").text(0, 1, 4).build(),
				patent("P2", "b").cites("P3").text(0, 1, 2).build(), patent("P3", "c").text(0, 1, 3).build());
		PoolCandidate pool = only(find(patents, null, 3));
		assertThat(pool.members()).extracting(PoolMember::number).containsExactlyInAnyOrder("P1", "P2", "P3");
		assertThat(pool.licensors()).extracting(Licensor::share).containsOnly(MemberEvidence.round(1.0 / 3));
		// no stored values: no value shares
		assertThat(pool.licensors()).extracting(Licensor::valueShare).containsOnly((Double) null);
		assertThat(pool.hhi()).isCloseTo(10_000.0 / 3, within(0.01));
		assertThat(pool.standard()).isNull();
		assertThat(pool.explanation()).contains("3 complementary patents of 3 independent owner groups");
	}

	@Test
	void twoNearDuplicatesOfOneOwnerDoNotMakeAPool() {
		List<ScopePatent> patents = List.of(patent("P1", "a").family("F1").cites("P3").text(0, 1, 2).build(),
				patent("P2", "a").family("F1").cites("P1", "P3").text(0, 1, 2).date(2015).build(),
				patent("P3", "b").text(0, 1, 3).build());
		assertThat(find(patents, null, 3)).isEmpty();
		List<ScopePatent> withThird = new ArrayList<>(patents);
		withThird.add(patent("P4", "c").cites("P1", "P3").text(0, 1, 4).build());
		PoolCandidate pool = only(find(withThird, null, 3));
		assertThat(pool.members()).extracting(PoolMember::number).containsExactlyInAnyOrder("P1", "P3", "P4");
		assertThat(pool.substitutes()).singleElement().satisfies(s -> {
			assertThat(s.number()).isEqualTo("P2");
			assertThat(s.substituteOf()).isEqualTo("P1");
			assertThat(s.reason()).contains("same family F1");
		});
	}

	@Test
	void nearlyIdenticalTextOfOneOwnerIsASubstituteButOfAnotherOwnerIsNot() {
		ScopePatent a = patent("P1", "a").cites("P3", "P4").text(0, 1, 2).build();
		ScopePatent twin = patent("P2", "a").cites("P3").text(0, 1, 2).date(2016).build();
		ScopePatent same = patent("P5", "d").cites("P3").text(0, 1, 2).date(2016).build();
		Substitutes substitutes = Substitutes.detect(List.of(a, twin, same), 0.9);
		assertThat(substitutes.representativeOf()).containsEntry("P2", "P1").containsEntry("P5", "P5");
		assertThat(substitutes.reasons().get("P2")).contains("near-duplicate text of P1 (cosine 1.00)");
	}

	@Test
	void ownersRollUpToTheirParentsBeforeCounting() {
		List<ScopePatent> patents = List.of(patent("P1", "a-sub", "a").cites("P2", "P3").text(0, 1, 2).build(),
				patent("P2", "a").cites("P3").text(0, 1, 3).build(), patent("P3", "b").text(0, 1, 4).build());
		assertThat(find(patents, null, 3)).isEmpty();
		PoolCandidate pool = only(find(patents, null, 2));
		assertThat(pool.licensors()).extracting(Licensor::group).containsExactly("a", "b");
		assertThat(pool.licensors().get(0).owners()).containsExactly("a", "a-sub");
	}

	@Test
	void declarantsAreLicensorsAndAnOutsiderWithSimilarPatentsIsAMissingHolder() {
		List<ScopePatent> patents = List.of(patent("P1", "a").declared("S").text(0, 1, 2).build(),
				patent("P2", "b").declared("S").cites("P1").text(0, 1, 3).build(),
				patent("P3", "c").declared("S").cites("P2").text(0, 1, 4).build(),
				patent("P4", "d").cites("P1", "P2").text(0, 1, 4).build(), patent("P5", "e").text(6, 7).build(),
				patent("P6", "e").text(6, 7, 5).build(), patent("P7", "f").text(6, 7, 2).build());
		PoolCandidate pool = only(find(patents, "S", 3));
		assertThat(pool.standard()).isEqualTo("S");
		assertThat(pool.members()).extracting(PoolMember::number).containsExactlyInAnyOrder("P1", "P2", "P3");
		assertThat(pool.licensors()).allSatisfy(l -> assertThat(l.declared()).isTrue());
		assertThat(pool.missingHolders()).singleElement().satisfies(h -> {
			assertThat(h.group()).isEqualTo("d");
			assertThat(h.patents()).singleElement().satisfies(p -> {
				assertThat(p.number()).isEqualTo("P4");
				assertThat(p.citationLinks()).isEqualTo(2);
			});
		});
		assertThat(pool.members().get(0).reasons()).anyMatch(r -> r.startsWith("declared essential to S"));
	}

	@Test
	void anUndeclaredPatentOfADeclarantJoinsOnlyWithEvidenceWeighingAsMuchAsADeclaration() {
		List<ScopePatent> patents = List.of(patent("P1", "a").declared("S").text(0, 1, 2).build(),
				patent("P2", "b").declared("S").text(0, 1, 3).build(),
				patent("P3", "c").declared("S").text(0, 1, 4).build(),
				patent("P4", "a").cites("P2", "P3").text(0, 1, 5).build(),
				patent("P5", "a").cites("P2").text(6, 7).build());
		PoolCandidate pool = only(find(patents, "S", 3));
		assertThat(pool.members()).extracting(PoolMember::number).contains("P4").doesNotContain("P5");
		PoolMember p4 = pool.members().stream().filter(m -> m.number().equals("P4")).findFirst().orElseThrow();
		assertThat(p4.components()).containsEntry("declared", 0.0).containsEntry("citations", 1.0);
		assertThat(p4.reasons()).contains("cites P2 of B", "cites P3 of C");
	}

	@Test
	void mutualCitationsBetweenLicensorsAreBlocking() {
		List<ScopePatent> patents = List.of(patent("P1", "a").cites("P2").text(0, 1, 2).build(),
				patent("P2", "b").cites("P3").text(0, 1, 3).build(), patent("P3", "c").text(0, 1, 4).build(),
				patent("P4", "a").cites("P3").text(0, 1, 5).build(),
				patent("P5", "c").cites("P1").text(0, 1, 6).build());
		PoolCandidate pool = only(find(patents, null, 3));
		assertThat(pool.blocking()).first().satisfies(r -> {
			assertThat(r.group()).isEqualTo("a");
			assertThat(r.otherGroup()).isEqualTo("c");
			assertThat(r.cites()).isEqualTo(1);
			assertThat(r.citedBy()).isEqualTo(1);
			assertThat(r.mutual()).isTrue();
		});
		assertThat(pool.blocking()).filteredOn(BlockingRelation::mutual).hasSize(1);
	}

	@Test
	void aCoOwnedPatentCountsHalfForEachOwner() {
		List<ScopePatent> patents = List.of(patent("P1", "a", "a", "b", "b").cites("P2", "P3").text(0, 1, 2).build(),
				patent("P2", "b").cites("P3").text(0, 1, 3).build(), patent("P3", "c").text(0, 1, 4).build());
		PoolCandidate pool = only(find(patents, null, 3));
		assertThat(pool.licensors()).extracting(Licensor::group, Licensor::patents)
			.containsExactly(tuple("b", 1.5), tuple("c", 1.0), tuple("a", 0.5));
		assertThat(pool.hhi()).isCloseTo(10_000 * (0.25 + 1.0 / 9 + 1.0 / 36), within(0.01));
	}

	@Test
	void valueSharesWeighTheMembersByTheirStoredValueBesideTheCountShares() {
		List<ScopePatent> patents = List.of(
				patent("P1", "a", "a", "b", "b").cites("P2", "P3").text(0, 1, 2).value(0.6).build(),
				patent("P2", "b").cites("P3").text(0, 1, 3).value(0.3).build(),
				patent("P3", "c").text(0, 1, 4).build());
		PoolCandidate pool = only(find(patents, null, 3));
		// a: half of P1 (0.3); b: half of P1 and P2 (0.6); c: P3 has no stored value (0)
		assertThat(pool.licensors()).extracting(Licensor::group, Licensor::share, Licensor::valueShare)
			.containsExactly(tuple("b", 0.5, MemberEvidence.round(0.6 / 0.9)),
					tuple("c", MemberEvidence.round(1.0 / 3), 0.0),
					tuple("a", MemberEvidence.round(0.5 / 3), MemberEvidence.round(0.3 / 0.9)));
	}

	@Test
	void aSpecificationCoDeclaredWithTheStandardWidensItsPool() {
		List<ScopePatent> patents = List.of(patent("P1", "a").declared("S", "T").text(0, 1, 2).build(),
				patent("P2", "b").declared("S").cites("P1").text(0, 1, 3).build(),
				patent("P3", "c").declared("T").cites("P2").text(0, 1, 4).build());
		PoolCandidate pool = only(find(patents, "S", 3));
		assertThat(pool.standards()).containsEntry("S", 2).containsEntry("T", 2);
		assertThat(pool.licensors()).extracting(Licensor::group).containsExactlyInAnyOrder("a", "b", "c");
	}

	@Test
	void theGraphToClusterHasOneNodePerRepresentativeAndAHubPerStandard() {
		List<ScopePatent> patents = List.of(patent("P1", "a").family("F").declared("S").cites("P3").text(0, 1).build(),
				patent("P2", "a").family("F").cites("P1", "P3").text(0, 1).date(2016).build(),
				patent("P3", "b").cites("P4").text(2, 3).build(), patent("P4", "b").text(4, 5).build());
		PoolData data = new PoolData(patents, Map.of(), Map.of(), Set.of(), null, TERMS);
		PoolCandidateFinder.Prepared prepared = new PoolCandidateFinder(
				PARAMETERS.withText(PoolParameters.TextMode.NONE))
			.prepare(data);
		WeightedGraph graph = prepared.graph();
		assertThat(graph.nodes()).containsExactly("P1", "P3", "P4", "standard:S");
		assertThat(graph.patents()).isEqualTo(3);
		Map<String, Double> weights = new HashMap<>();
		for (int e = 0; e < graph.edges(); e++) {
			weights.put(graph.nodes().get(graph.sources()[e]) + "-" + graph.nodes().get(graph.targets()[e]),
					graph.weights()[e]);
		}
		// P1 and its substitute P2 both cite P3 (another owner); P3 cites P4 (its own
		// owner's)
		assertThat(weights).containsEntry("P1-P3", 2.0)
			.containsEntry("P3-P4", PARAMETERS.sameOwnerCitationWeight())
			.containsEntry("P1-standard:S", PARAMETERS.declarationWeight())
			.hasSize(3);
	}

	@Test
	void residualVectorsDropWhatTheSubgroupSharesAndKeepWhatCrossesSubgroups() {
		List<String> texts = List.of("gait sensor stride subpicture layout", "gait sensor cadence",
				"gait sensor stride walking", "entropy coder context subpicture layout", "entropy coder context bins",
				"entropy coder context window");
		List<String> classes = List.of("A", "A", "A", "B", "B", "B");
		TextVectors vectors = TextVectors.of(texts, classes);
		assertThat(vectors.vector(0).dot(vectors.vector(1))).isGreaterThan(vectors.vector(0).dot(vectors.vector(3)));
		assertThat(vectors.residual(0).dot(vectors.residual(3))).isGreaterThan(0.5);
		assertThat(vectors.residual(0).dot(vectors.residual(1))).isLessThan(0.1);
	}

	static List<PoolCandidate> find(List<ScopePatent> patents, String standard, int minOwners) {
		Set<String> seeds = standard == null ? Set.of()
				: patents.stream()
					.filter(p -> p.declarations().contains(standard))
					.map(ScopePatent::number)
					.collect(java.util.stream.Collectors.toSet());
		PoolData data = new PoolData(patents, Map.of(), Map.of(), seeds, standard, TERMS);
		PoolCandidateFinder finder = new PoolCandidateFinder(PARAMETERS);
		PoolCandidateFinder.Prepared prepared = finder.prepare(data);
		int[] communities = new int[prepared.graph().nodes().size()];
		Arrays.fill(communities, 0);
		return finder.assemble(prepared, communities, minOwners);
	}

	static PoolCandidate only(List<PoolCandidate> candidates) {
		assertThat(candidates).hasSize(1);
		return candidates.get(0);
	}

	/**
	 * A patent owned by {@code owner} of group {@code group} (pairs of owner, group; one
	 * name is both).
	 */
	static Builder patent(String number, String... owners) {
		return new Builder(number, owners);
	}

	static final class Builder {

		private final String number;

		private final List<ScopePatent.Owner> owners = new ArrayList<>();

		private final List<String> cites = new ArrayList<>();

		private final List<String> declared = new ArrayList<>();

		private String family;

		private int year = 2012;

		private Double value;

		private SparseVector vector = SparseVector.EMPTY;

		Builder(String number, String... owners) {
			this.number = number;
			if (owners.length == 1) {
				this.owners.add(owner(owners[0], owners[0]));
			}
			else {
				for (int i = 0; i < owners.length; i += 2) {
					this.owners.add(owner(owners[i], owners[i + 1]));
				}
			}
		}

		private static ScopePatent.Owner owner(String id, String group) {
			return new ScopePatent.Owner(id, id.toUpperCase(), group, group.toUpperCase());
		}

		Builder cites(String... numbers) {
			this.cites.addAll(List.of(numbers));
			return this;
		}

		Builder declared(String... standards) {
			this.declared.addAll(List.of(standards));
			return this;
		}

		Builder family(String family) {
			this.family = family;
			return this;
		}

		Builder value(double value) {
			this.value = value;
			return this;
		}

		Builder date(int year) {
			this.year = year;
			return this;
		}

		Builder text(int... terms) {
			Map<Integer, Double> weights = new HashMap<>();
			for (int t : terms) {
				weights.put(t, 1.0);
			}
			this.vector = SparseVector.of(weights).normalized();
			return this;
		}

		ScopePatent build() {
			return new ScopePatent(this.number, "Title of " + this.number, this.family, LocalDate.of(this.year, 1, 1),
					List.of("H04N19/70"), this.owners, this.declared, this.cites, this.vector, this.vector, this.value);
		}

	}

}
