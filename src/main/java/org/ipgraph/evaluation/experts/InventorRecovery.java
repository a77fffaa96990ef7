package org.ipgraph.evaluation.experts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.ipgraph.evaluation.Metrics;
import org.ipgraph.similarity.SparseVector;
import org.ipgraph.similarity.TfIdf;
import org.ipgraph.similarity.VectorIndex;
import org.ipgraph.experts.ResolverInput;
import org.ipgraph.experts.RankerSettings;
import org.ipgraph.experts.PersonResolver;
import org.ipgraph.experts.GraphReader;
import org.ipgraph.experts.ExpertTerms;
import org.ipgraph.experts.ExpertRanker;
import org.ipgraph.experts.ExpertCorpus;

/**
 * Leave-one-out inventor recovery: for each patent with an abstract and at least one inventor
 * who has other patents, people are ranked from its abstract using only the other patents (the
 * corpus and the same-person resolution are rebuilt without it), and a hit is any of its real
 * inventors. The production ranker is measured beside a popularity baseline (most patents) and
 * plain TF-IDF (people by their best patent's cosine with the query).
 */
final class InventorRecovery {

	static final int K = 10;

	/**
	 * Mean P@10, MRR and hit rate at 10 per model, and the number of queries.
	 */
	record Result(int queries, int skipped, Map<String, double[]> models) {
	}

	private final Map<String, GraphReader.PersonRow> persons;

	private final List<GraphReader.ItemRow> patents;

	private final Map<String, String> abstracts;

	InventorRecovery(Map<String, GraphReader.PersonRow> persons, List<GraphReader.ItemRow> patents,
			Map<String, String> abstracts) {
		this.persons = persons;
		this.patents = patents;
		this.abstracts = abstracts;
	}

	/**
	 * @param limit at most this many queries, 0 for all
	 * @param split {@code dev} (patent numbers ending in an even digit), {@code test} (odd) or
	 * {@code all}
	 * @param settings the ranker's settings
	 */
	Result run(int limit, String split, RankerSettings settings, Consumer<String> progress) {
		ExpertCorpus.Builder builder = ExpertCorpus.builder();
		for (GraphReader.ItemRow row : this.patents) {
			builder.item(row.key(), ExpertCorpus.Kind.PATENT, ExpertTerms.of(row.text()), row.year(), row.cpc(),
					row.owner(), row.people().stream().map(GraphReader.Inventor::person).toArray(String[]::new));
		}
		// Fitted on every patent: the held-out abstract's document frequencies can only help it
		TfIdf tfidf = TfIdf.fit(this.patents.stream().map(GraphReader.ItemRow::text).toList(), 1);
		VectorIndex<String> vectors = new VectorIndex<>();
		this.patents.forEach(row -> vectors.add(row.key(), tfidf.vector(row.text())));
		Map<String, List<String>> inventorsOf = new HashMap<>();
		this.patents.forEach(row -> inventorsOf.put(row.key(),
				row.people().stream().map(GraphReader.Inventor::person).toList()));
		Map<String, double[]> sums = new java.util.LinkedHashMap<>();
		List.of("model", "model (text evidence only)", "tf-idf", "popularity").forEach(m -> sums.put(m, new double[3]));
		int queries = 0;
		int skipped = 0;
		for (GraphReader.ItemRow heldOut : this.patents) {
			String text = this.abstracts.get(heldOut.key());
			if (text == null || text.isBlank() || (limit > 0 && queries >= limit) || !inSplit(heldOut.key(), split)) {
				continue;
			}
			List<GraphReader.ItemRow> rest = this.patents.stream().filter(r -> r != heldOut).toList();
			PersonResolver.Resolution resolution = new PersonResolver()
				.resolve(ResolverInput.records(this.persons, rest));
			ExpertCorpus corpus = builder.build(Set.of(heldOut.key()), resolution::identityOf);
			Set<String> relevant = new HashSet<>();
			for (String inventor : inventorsOf.get(heldOut.key())) {
				int p = corpus.person(resolution.identityOf(inventor));
				if (p >= 0 && corpus.personItems[p].length > 0) {
					relevant.add(corpus.people.get(p).key());
				}
			}
			if (relevant.isEmpty()) {
				skipped++;
				continue;
			}
			queries++;
			ExpertRanker.Query query = new ExpertRanker.Query(ExpertTerms.of(text), Map.of(), Set.of(), 2025);
			score(sums.get("model"), model(corpus, settings, query), relevant);
			score(sums.get("model (text evidence only)"), model(corpus, settings.textOnly(), query),
					relevant);
			score(sums.get("tf-idf"), tfidf(vectors, tfidf.vector(text), heldOut.key(), inventorsOf, resolution),
					relevant);
			score(sums.get("popularity"), popularity(corpus), relevant);
			if (queries % 200 == 0) {
				progress.accept(queries + " queries");
			}
		}
		Map<String, double[]> means = new java.util.LinkedHashMap<>();
		int n = Math.max(1, queries);
		sums.forEach((model, s) -> means.put(model, new double[] { s[0] / n, s[1] / n, s[2] / n }));
		return new Result(queries, skipped, means);
	}

	static boolean inSplit(String number, String split) {
		if ("all".equals(split)) {
			return true;
		}
		boolean even = (number.charAt(number.length() - 1) - '0') % 2 == 0;
		return "dev".equals(split) ? even : !even;
	}

	private static void score(double[] sums, List<String> ranked, Set<String> relevant) {
		sums[0] += Metrics.precisionAt(K, ranked, relevant);
		sums[1] += Metrics.reciprocalRank(ranked, relevant);
		sums[2] += ranked.stream().limit(K).anyMatch(relevant::contains) ? 1 : 0;
	}

	private static List<String> model(ExpertCorpus corpus, RankerSettings settings, ExpertRanker.Query query) {
		return new ExpertRanker(corpus, settings).rank(query)
			.stream()
			.sorted(ExpertRanker.order(p -> corpus.people.get(p).key()))
			.map(r -> corpus.people.get(r.person()).key())
			.toList();
	}

	private static List<String> tfidf(VectorIndex<String> vectors, SparseVector query, String heldOut,
			Map<String, List<String>> inventorsOf, PersonResolver.Resolution resolution) {
		Map<String, Double> best = new HashMap<>();
		for (VectorIndex.Scored<String> hit : vectors.nearest(query, 200, key -> !key.equals(heldOut))) {
			for (String inventor : inventorsOf.get(hit.key())) {
				best.merge(resolution.identityOf(inventor), hit.score(), Math::max);
			}
		}
		return best.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static List<String> popularity(ExpertCorpus corpus) {
		List<Integer> people = new ArrayList<>();
		for (int p = 0; p < corpus.people.size(); p++) {
			people.add(p);
		}
		return people.stream()
			.sorted(Comparator.<Integer>comparingInt(p -> corpus.personItems[p].length)
				.reversed()
				.thenComparing(p -> corpus.people.get(p).key()))
			.limit(100)
			.map(p -> corpus.people.get(p).key())
			.toList();
	}

}
