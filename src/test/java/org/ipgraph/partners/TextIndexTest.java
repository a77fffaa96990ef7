package org.ipgraph.partners;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.ipgraph.similarity.SparseVector;
import org.ipgraph.similarity.VectorIndex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextIndexTest {

	@Test
	void answersAsTheMapBasedIndexDoes() {
		SplittableRandom random = new SplittableRandom(3);
		int vocabulary = 60;
		SparseVector[] vectors = new SparseVector[500];
		VectorIndex<Integer> reference = new VectorIndex<>();
		int[] keys = new int[vectors.length];
		for (int d = 0; d < vectors.length; d++) {
			vectors[d] = random(random, vocabulary, 1 + random.nextInt(8));
			keys[d] = 1000 + d;
			reference.add(keys[d], vectors[d]);
		}
		// duplicates tie: the earlier document comes first
		vectors[7] = vectors[3];
		TextIndex index = TextIndex.of(vocabulary, keys, k -> vectors[k - 1000]);
		VectorIndex<Integer> tied = new VectorIndex<>();
		for (int d = 0; d < vectors.length; d++) {
			tied.add(keys[d], vectors[d]);
		}
		for (int q = 0; q < 50; q++) {
			SparseVector query = random(random, vocabulary + 5, 1 + random.nextInt(6));
			for (int k : new int[] { 1, 10, 100, 1000 }) {
				assertThat(index.nearest(query, k)).isEqualTo(tied.nearest(query, k, x -> true));
			}
		}
		assertThat(index.nearest(vectors[3], 2)).extracting(VectorIndex.Scored::key).containsExactly(1003, 1007);
		assertThat(index.nearest(SparseVector.EMPTY, 10)).isEmpty();
		assertThat(index.size()).isEqualTo(500);
	}

	@Test
	void readsTheHeaviestTermsWithinTheBudget() {
		// term 0 is in every document, term 1 in the first ten, term 2 in documents 20-24
		int docs = 100;
		SparseVector[] vectors = new SparseVector[docs];
		for (int d = 0; d < docs; d++) {
			Map<Integer, Double> w = new HashMap<>();
			w.put(0, 1.0);
			if (d < 10) {
				w.put(1, 1.0);
			}
			if (d >= 20 && d < 25) {
				w.put(2, 1.0);
			}
			vectors[d] = SparseVector.of(w).normalized();
		}
		int[] keys = java.util.stream.IntStream.range(0, docs).toArray();
		TextIndex index = TextIndex.of(3, keys, d -> vectors[d]);
		SparseVector query = SparseVector.of(Map.of(0, 0.2, 1, 0.9, 2, 0.5)).normalized();
		// within the budget (115 postings) every term counts: all 100 documents match
		assertThat(index.nearest(query, 1000, 115)).hasSize(100).isEqualTo(index.nearest(query, 1000));
		// a budget of 20 reads term 1 (10 postings) then term 2 (5), not the common term
		// 0
		assertThat(index.nearest(query, 1000, 20)).extracting(VectorIndex.Scored::key)
			.containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20, 21, 22, 23, 24);
		// the heaviest term is always read, even past the budget
		assertThat(index.nearest(query, 1000, 1)).hasSize(10);
	}

	private static SparseVector random(SplittableRandom random, int vocabulary, int terms) {
		Map<Integer, Double> weights = new HashMap<>();
		for (int i = 0; i < terms; i++) {
			weights.put(random.nextInt(vocabulary), 0.1 + random.nextDouble());
		}
		return SparseVector.of(weights).normalized();
	}

	@Test
	void keepsTheHeaviestTermsOfAPatent() {
		SparseVector v = new SparseVector(new int[] { 1, 4, 6, 9 }, new float[] { 0.1f, 0.7f, 0.7f, 0.1f });
		SparseVector cut = PatentTexts.cut(v.normalized(), 2);
		assertThat(cut.indices()).containsExactly(4, 6);
		assertThat(cut.norm()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(PatentTexts.cut(v, 4)).isSameAs(v);
		assertThat(PatentTexts.cut(v, 0)).isSameAs(v);
	}

	@Test
	void spoolsTextsToDiskAndReadsThemBackInOrder() {
		try (PatentTexts.Spool spool = new PatentTexts.Spool()) {
			List<String> texts = List.of("gait sensor for wearables", "", "drone battery ünïcode",
					"xy ".repeat(70_000));
			texts.forEach(spool::add);
			List<List<String>> terms = texts.stream().map(org.ipgraph.similarity.Terms::of).toList();
			assertThat(terms.get(0)).containsExactly("gait", "sensor", "wearabl");
			assertThat(spool).containsExactlyElementsOf(terms);
			assertThat(spool).containsExactlyElementsOf(terms);
			PatentTexts.Fitted fitted = PatentTexts.fit(spool, 1, 2);
			assertThat(fitted.texts().patents()).isEqualTo(4);
			assertThat(fitted.texts().vector(0).indices()).hasSize(2);
			assertThat(fitted.texts().isEmpty(1)).isTrue();
		}
	}

}
