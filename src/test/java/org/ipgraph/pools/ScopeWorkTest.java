package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.ipgraph.similarity.SparseVector;
import org.ipgraph.similarity.VectorIndex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The fast paths of a pool search give what the direct computations give: text neighbours
 * as the general vector index finds them, and the core similarity as the cosine with the
 * core vector the patent is left out of.
 */
class ScopeWorkTest {

	@Test
	void textNeighboursAreTheVectorIndexsNearest() {
		Random random = new Random(7);
		List<SparseVector> vectors = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			vectors.add(randomVector(random, 60, 8));
		}
		// a duplicate and an empty vector: ties and nothing to share
		vectors.add(vectors.get(3));
		vectors.add(SparseVector.EMPTY);
		VectorIndex<Integer> index = new VectorIndex<>();
		for (int i = 0; i < vectors.size(); i++) {
			index.add(i, vectors.get(i));
		}
		TextNeighbours neighbours = new TextNeighbours(vectors);
		int compared = 0;
		for (int i = 0; i < vectors.size(); i++) {
			int self = i;
			List<VectorIndex.Scored<Integer>> expected = index.nearest(vectors.get(i), 5, k -> k != self);
			List<TextNeighbours.Neighbour> actual = neighbours.nearest(i, 5);
			assertThat(actual).extracting(TextNeighbours.Neighbour::index)
				.as("neighbours of %d", i)
				.containsExactlyElementsOf(expected.stream().map(VectorIndex.Scored::key).toList());
			for (int k = 0; k < actual.size(); k++) {
				assertThat(actual.get(k).score()).isCloseTo(expected.get(k).score(), within(1e-9));
			}
			compared += actual.size();
		}
		assertThat(compared).isGreaterThan(1000);
		assertThat(neighbours.nearest(3, 1)).extracting(TextNeighbours.Neighbour::index).containsExactly(400);
		assertThat(neighbours.nearest(401, 5)).isEmpty();
	}

	@Test
	void coreSimilarityIsTheCosineWithTheCoreLeftOutOf() {
		Random random = new Random(11);
		List<ScopePatent> patents = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			SparseVector v = randomVector(random, 40, 6);
			patents.add(new ScopePatent("P%03d".formatted(i), "t", null, null, List.of(), List.of(owner(i % 7)),
					List.of(), List.of(), v, v, null));
		}
		PoolData data = new PoolData(patents, Map.of(), Map.of(), Set.of(), null, new String[0]);
		Substitutes none = Substitutes.detect(List.of(), 0.99);
		ScopeIndex scope = new ScopeIndex(data, none);
		for (List<ScopePatent> core : List.of(patents.subList(0, 1), patents.subList(0, 2), patents.subList(10, 40),
				patents)) {
			ScopeIndex.Core vectors = scope.core(core);
			int positive = 0;
			for (ScopePatent p : patents) {
				double expected = p.residual().dot(vectors.without(p));
				assertThat(vectors.similarity(p)).as("%s against a core of %d", p.number(), core.size())
					.isCloseTo(expected, within(1e-5));
				positive += expected > 0 ? 1 : 0;
			}
			if (core.size() > 2 && core.size() < patents.size()) {
				assertThat(positive).isGreaterThan(10);
			}
		}
	}

	private static ScopePatent.Owner owner(int i) {
		return new ScopePatent.Owner("o" + i, "Owner " + i, "o" + i, "Owner " + i);
	}

	private static SparseVector randomVector(Random random, int terms, int size) {
		Map<Integer, Double> weights = new HashMap<>();
		for (int i = 0; i < size; i++) {
			weights.put(random.nextInt(terms), random.nextDouble());
		}
		return SparseVector.of(weights).normalized();
	}

}
