package org.ipgraph.similarity;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * A TF-IDF model fitted on a corpus: sublinear term frequency (1 + log tf) times smoothed
 * inverse document frequency (log((1 + N) / (1 + df)) + 1), L2-normalized. Terms unseen
 * in the corpus are ignored.
 */
public final class TfIdf implements Serializable {

	private final Map<String, Integer> ids;

	private final float[] idf;

	private final int documents;

	private TfIdf(Map<String, Integer> ids, float[] idf, int documents) {
		this.ids = ids;
		this.idf = idf;
		this.documents = documents;
	}

	/**
	 * Fits on texts; terms in fewer than {@code minDocumentFrequency} texts are dropped.
	 */
	public static TfIdf fit(Iterable<String> texts, int minDocumentFrequency) {
		// split one text at a time: a corpus of a million abstracts is never held as
		// terms
		Iterable<List<String>> documents = () -> StreamSupport.stream(texts.spliterator(), false)
			.map(Terms::of)
			.iterator();
		return fitTerms(documents, minDocumentFrequency);
	}

	/**
	 * Fits on documents already split into terms ({@link Terms#of}), for callers that
	 * vectorize the same documents afterwards and would otherwise split them twice.
	 */
	public static TfIdf fitTerms(Iterable<List<String>> documents, int minDocumentFrequency) {
		Map<String, Integer> df = new HashMap<>();
		int n = 0;
		for (List<String> terms : documents) {
			n++;
			new HashSet<>(terms).forEach(t -> df.merge(t, 1, Integer::sum));
		}
		Map<String, Integer> ids = new HashMap<>();
		df.entrySet()
			.stream()
			.filter(e -> e.getValue() >= minDocumentFrequency)
			.map(Map.Entry::getKey)
			.sorted()
			.forEach(t -> ids.put(t, ids.size()));
		float[] idf = new float[ids.size()];
		int total = n;
		ids.forEach((t, id) -> idf[id] = (float) (Math.log((1.0 + total) / (1.0 + df.get(t))) + 1.0));
		return new TfIdf(Map.copyOf(ids), idf, n);
	}

	public SparseVector vector(String text) {
		return vector(Terms.of(text));
	}

	public SparseVector vector(List<String> terms) {
		Map<Integer, Integer> tf = new HashMap<>();
		for (String term : terms) {
			Integer id = this.ids.get(term);
			if (id != null) {
				tf.merge(id, 1, Integer::sum);
			}
		}
		Map<Integer, Double> weights = new HashMap<>();
		tf.forEach((id, count) -> weights.put(id, (1 + Math.log(count)) * this.idf[id]));
		return SparseVector.of(weights).normalized();
	}

	public int vocabulary() {
		return this.ids.size();
	}

	public int documents() {
		return this.documents;
	}

	/**
	 * The term of an id, for explanations ("shared terms: gait, sensor").
	 */
	public String term(int id) {
		return this.ids.entrySet()
			.stream()
			.filter(e -> e.getValue() == id)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("?");
	}

	/**
	 * All terms by id, to explain many vectors without repeated lookups.
	 */
	public String[] termsById() {
		String[] terms = new String[this.ids.size()];
		this.ids.forEach((t, id) -> terms[id] = t);
		return terms;
	}

}
