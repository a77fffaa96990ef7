package org.ipgraph.experts;

import java.util.ArrayList;
import java.util.List;

import org.ipgraph.similarity.Terms;

/**
 * The terms experts are matched on: English stems (as {@link Terms}) plus each pair of adjacent
 * stems, so that "heart rate" and "rate of a heart" are told apart.
 */
public final class ExpertTerms {

	private ExpertTerms() {
	}

	public static List<String> of(String text) {
		List<String> words = Terms.of(text);
		List<String> terms = new ArrayList<>(words.size() * 2);
		terms.addAll(words);
		for (int i = 0; i + 1 < words.size(); i++) {
			terms.add(words.get(i) + "_" + words.get(i + 1));
		}
		return terms;
	}

}
