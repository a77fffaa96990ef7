package org.ipgraph.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VectorIndexTest {

	@Test
	void theBestAloneIsTheFirstOfALongerList() {
		// few terms and repeated documents, so that many scores tie: the single best is
		// the one the queue puts first, the earlier document on a tie, and the filter
		// is honoured
		Random random = new Random(7);
		List<SparseVector> documents = new ArrayList<>();
		for (int d = 0; d < 300; d++) {
			documents.add(d % 5 == 4 ? documents.get(d - 3) : randomVector(random));
		}
		VectorIndex<Integer> index = new VectorIndex<>();
		for (int d = 0; d < documents.size(); d++) {
			index.add(d, documents.get(d));
		}
		int compared = 0;
		for (int q = 0; q < 500; q++) {
			SparseVector query = q % 3 == 0 ? documents.get(random.nextInt(documents.size())) : randomVector(random);
			int skip = random.nextInt(300);
			List<VectorIndex.Scored<Integer>> best = index.nearest(query, 1, k -> k != skip);
			List<VectorIndex.Scored<Integer>> three = index.nearest(query, 3, k -> k != skip);
			if (three.isEmpty()) {
				assertThat(best).isEmpty();
				continue;
			}
			compared++;
			assertThat(best).containsExactly(three.get(0));
		}
		assertThat(compared).isGreaterThan(400);
	}

	@Test
	void fittingOnTermsEqualsFittingOnTexts() {
		List<List<String>> terms = TfIdfTest.CORPUS.stream().map(Terms::of).toList();
		TfIdf fromTexts = TfIdf.fit(TfIdfTest.CORPUS, 1);
		TfIdf fromTerms = TfIdf.fitTerms(terms, 1);
		assertThat(fromTerms.termsById()).containsExactly(fromTexts.termsById());
		for (int i = 0; i < terms.size(); i++) {
			assertThat(fromTerms.vector(terms.get(i))).isEqualTo(fromTexts.vector(TfIdfTest.CORPUS.get(i)));
		}
		assertThat(TfIdf.fitTerms(terms, 2).vocabulary()).isLessThan(fromTexts.vocabulary());
	}

	private static SparseVector randomVector(Random random) {
		Map<Integer, Double> weights = new HashMap<>();
		int n = 1 + random.nextInt(4);
		for (int i = 0; i < n; i++) {
			weights.put(random.nextInt(12), (double) (1 + random.nextInt(3)));
		}
		return SparseVector.of(weights).normalized();
	}

}
