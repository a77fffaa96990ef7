package org.ipgraph.similarity;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SparseVectorTest {

	@Test
	void sharedDimensionsComeLargestProductFirstTiesByKey() {
		SparseVector a = SparseVector.of(Map.of(1, 0.5, 2, 1.0, 4, 1.0, 7, 0.1));
		SparseVector b = SparseVector.of(Map.of(1, 2.0, 2, 1.0, 3, 1.0, 4, 1.0));
		String[] terms = { "zero", "one", "two", "three", "four" };
		// products: one 1.0, two 1.0, four 1.0; 7 is in a only, 3 in b only
		assertThat(a.shared(b, Integer::valueOf, 5)).containsExactly(1, 2, 4);
		assertThat(a.shared(b, i -> terms[i], 5)).containsExactly("four", "one", "two");
		assertThat(a.shared(b, Integer::valueOf, 2)).containsExactly(1, 2);
		assertThat(a.shared(SparseVector.EMPTY, Integer::valueOf, 5)).isEmpty();
	}

}
