package org.ipgraph.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ipgraph.similarity.SparseVector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a partners request works out once instead of per candidate gives the same answers
 * as before: the requester's vectors spread into dense arrays (the features, to the bit),
 * the declared relations by organization (the evidence's relations, in the graph's
 * order), and the requester's names and collaborators read once per page.
 */
class RequestShortcutsTest {

	@Test
	void spreadDotEqualsTheSparseDotToTheBit() {
		SparseVector a = new SparseVector(new int[] { 1, 4, 9 }, new float[] { 0.3f, -0.7f, 0.2f });
		// dimensions beyond a's largest index, before its first, negative weights, none
		SparseVector b = new SparseVector(new int[] { 0, 4, 9, 12, 40 }, new float[] { 0.5f, 0.1f, -0.9f, 1f, 2f });
		SparseVector c = new SparseVector(new int[] { 2, 3 }, new float[] { 0.5f, -0.5f });
		float[] dense = PairFeatures.spread(a);
		assertThat(dense).hasSize(10);
		for (SparseVector v : List.of(a, b, c, SparseVector.EMPTY)) {
			assertThat(PairFeatures.dot(dense, v)).isEqualTo(a.dot(v));
			assertThat(PairFeatures.dot(PairFeatures.spread(v), a)).isEqualTo(v.dot(a));
		}
		assertThat(PairFeatures.dot(dense, b)).isEqualTo((double) -0.7f * 0.1f + (double) 0.2f * -0.9f);
		assertThat(PairFeatures.dot(PairFeatures.spread(SparseVector.EMPTY), b)).isZero();
	}

	@Test
	void denseFeaturesEqualTheSparseOnesForEveryPair() {
		PartnerGraph graph = PartnerCandidatesTest.drones();
		Profiles profiles = Profiles.asOf(graph, Profiles.NOW);
		int compared = 0;
		for (int a = 0; a < graph.organizations(); a++) {
			PairFeatures sparse = new PairFeatures(profiles, a);
			PairFeatures dense = new PairFeatures(profiles, a).dense();
			for (int b = 0; b < graph.organizations(); b++) {
				assertThat(dense.of(b)).as(graph.orgIds[a] + " " + graph.orgIds[b]).containsExactly(sparse.of(b));
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(5000);
	}

	@Test
	void rankingsWithDenseScoringEqualThoseWithout() {
		PartnerGraph graph = PartnerCandidatesTest.drones();
		Profiles profiles = Profiles.asOf(graph, Profiles.NOW);
		PartnerModels models = new PartnerModels(Map.of());
		assertThat(graph.organizations()).isGreaterThan(PartnerScorer.DENSE_FROM);
		for (String requester : List.of("acme", "tied3", "other4")) {
			int a = graph.organization(requester);
			PartnerScorer.Ranking ranking = new PartnerScorer(profiles, models, 0).rank(a, Role.ANY,
					PartnerScorer.Filters.none());
			PairFeatures sparse = new PairFeatures(profiles, a);
			LinearModel model = models.forRole(Role.ANY);
			assertThat(ranking.candidates()).isNotEmpty().allSatisfy(s -> {
				assertThat(s.features()).containsExactly(sparse.of(s.candidate()));
				assertThat(s.logit()).isEqualTo(model.logit(sparse.of(s.candidate())));
			});
		}
	}

	@Test
	void selectionFindsWhatAFullSortPutsAtEachPosition() {
		java.util.Random random = new java.util.Random(11);
		for (int round = 0; round < 200; round++) {
			int n = 1 + random.nextInt(round < 100 ? 12 : 400);
			double[] values = new double[n];
			for (int i = 0; i < n; i++) {
				// few distinct values (ties), both zeros, negatives
				values[i] = switch (random.nextInt(4)) {
					case 0 -> random.nextInt(5) - 2;
					case 1 -> random.nextBoolean() ? 0.0 : -0.0;
					default -> random.nextGaussian();
				};
			}
			double[] sorted = values.clone();
			java.util.Arrays.sort(sorted);
			int k = random.nextInt(n);
			assertThat(Double.compare(PartnerCandidates.kthSmallest(values.clone(), k), sorted[k]))
				.as("round %d, position %d of %d", round, k, n)
				.isZero();
		}
		assertThat(PartnerCandidates.kthSmallest(new double[] { 3, 1, 2 }, 0)).isEqualTo(1);
		assertThat(PartnerCandidates.kthSmallest(new double[] { 3, 1, 2 }, 2)).isEqualTo(3);
		assertThat(Double.compare(PartnerCandidates.kthSmallest(new double[] { 0.0, -0.0, 0.0 }, 0), -0.0)).isZero();
	}

	@Test
	void sharedCodesAreThoseBothHaveByTheSmallerCountThenTheCode() {
		TinyGraph tiny = new TinyGraph().company("acme", "beta");
		String[] codes = { "H04N19/70", "H04N19/10", "G06T7/70", "B64C39/024", "A61B5/00", "H01M10/05", "F03D1/06",
				"G05D1/10", "E01C7/18", "A61C8/00", "B60L53/10", "C12N15/11" };
		for (int i = 0; i < codes.length; i++) {
			// acme has every code but the last, i + 1 times; beta every code but
			// the first, 12 - i times, and codes acme never has
			for (int k = 0; k <= i && i < codes.length - 1; k++) {
				tiny.patent("US1" + i + "0" + k, 2010, "acme").code(codes[i]).text("acme " + i);
			}
			for (int k = 0; k < codes.length - i && i > 0; k++) {
				tiny.patent("US2" + i + "0" + k, 2011, "beta")
					.code(codes[i], "Y02E10/72", "Y10S901/00")
					.text("beta " + i);
			}
		}
		PartnerGraph graph = tiny.build();
		Profiles profiles = Profiles.asOf(graph, Profiles.NOW);
		int acme = graph.organization("acme");
		int beta = graph.organization("beta");
		Map<String, Integer> countA = new java.util.HashMap<>();
		Map<String, Integer> countB = new java.util.HashMap<>();
		for (int p : graph.orgPatents[acme]) {
			for (int c : graph.patentCodes[p]) {
				countA.merge(graph.codes[c], 1, Integer::sum);
			}
		}
		for (int p : graph.orgPatents[beta]) {
			for (int c : graph.patentCodes[p]) {
				countB.merge(graph.codes[c], 1, Integer::sum);
			}
		}
		List<String> expected = countA.keySet()
			.stream()
			.filter(countB::containsKey)
			.sorted(java.util.Comparator.comparingInt((String c) -> -Math.min(countA.get(c), countB.get(c)))
				.thenComparing(c -> c))
			.limit(Explainer.LIMIT)
			.toList();
		assertThat(expected).hasSize(10).doesNotContain("Y02E10/72", codes[0], codes[codes.length - 1]);
		assertThat(new Explainer(profiles).evidence(acme, beta).sharedCpc()).containsExactlyElementsOf(expected);
	}

	@Test
	void relationsByOrganizationAreEveryRelationOfItInTheGraphsOrder() {
		TinyGraph tiny = new TinyGraph().company("acme", "beta", "gamma", "delta");
		for (String org : List.of("acme", "beta", "gamma", "delta")) {
			tiny.patent("US" + org, 2010, org).code("H04N19/70").text("video coding " + org);
		}
		tiny.partnered("acme", "beta", 2008)
			.partnered("gamma", "delta", 2009)
			.partnered("beta", "acme", 2009)
			.partnered("acme", "gamma", 2007)
			.partnered("acme", "beta", PartnerGraph.UNDATED);
		PartnerGraph graph = tiny.build();
		Profiles profiles = Profiles.asOf(graph, Profiles.NOW);
		PartnerCandidates index = PartnerCandidates.of(profiles);
		for (int o = 0; o < graph.organizations(); o++) {
			List<Integer> expected = new ArrayList<>();
			for (int i = 0; i < graph.relations.size(); i++) {
				PartnerGraph.Relation r = graph.relations.get(i);
				if (r.a() == o || r.b() == o) {
					expected.add(i);
				}
			}
			assertThat(index.relations(o)).as(graph.orgIds[o])
				.containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
		}
		int acme = graph.organization("acme");
		int beta = graph.organization("beta");
		assertThat(index.relations(acme)).hasSize(4);
		Evidence evidence = new Explainer(profiles).evidence(acme, beta);
		assertThat(evidence.declared()).containsExactly("PARTNERED_WITH 2008", "PARTNERED_WITH 2009", "PARTNERED_WITH");
		assertThat(new Explainer(profiles).evidence(beta, acme).declared()).isEqualTo(evidence.declared());
		assertThat(new Explainer(profiles).evidence(acme, graph.organization("delta")).declared()).isEmpty();
	}

}
