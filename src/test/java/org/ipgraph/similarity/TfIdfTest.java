package org.ipgraph.similarity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TfIdfTest {

	static final List<String> CORPUS = List.of("A wearable gait sensor measures walking of elderly users.",
			"A video encoder predicts motion between frames.", "Motion vectors of video frames are entropy coded.",
			"A drone carries a camera and a battery.", "The wearable sensor tracks heart rate.");

	@Test
	void stemsAndDropsStopWords() {
		assertThat(Terms.of("The wearable devices are sensing gait")).containsExactly("wearabl", "devic", "sens",
				"gait");
	}

	@Test
	void ranksDocumentsSharingRareTermsFirst() {
		TfIdf tfidf = TfIdf.fit(CORPUS, 1);
		VectorIndex<Integer> index = new VectorIndex<>();
		for (int i = 0; i < CORPUS.size(); i++) {
			index.add(i, tfidf.vector(CORPUS.get(i)));
		}
		var hits = index.nearest(tfidf.vector("low-power gait sensor for elderly-care wearables"), 3, k -> true);
		assertThat(hits).extracting(VectorIndex.Scored::key).startsWith(0, 4);
		assertThat(index.nearest(tfidf.vector("video motion"), 2, k -> true)).extracting(VectorIndex.Scored::key)
			.containsExactlyInAnyOrder(1, 2);
		assertThat(index.nearest(tfidf.vector("video motion"), 5, k -> k != 1)).extracting(VectorIndex.Scored::key)
			.containsExactly(2);
	}

	@Test
	void vectorsAreUnitLengthAndCosineOfSelfIsOne() {
		TfIdf tfidf = TfIdf.fit(CORPUS, 1);
		SparseVector v = tfidf.vector(CORPUS.get(2));
		assertThat(v.norm()).isCloseTo(1.0, within(1e-6));
		assertThat(v.dot(v)).isCloseTo(1.0, within(1e-6));
		assertThat(tfidf.vector("zzz unknown words")).isEqualTo(SparseVector.EMPTY);
	}

}
