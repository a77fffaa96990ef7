package org.ipgraph.experts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The profile component without a per-person term vector (norms once, the query's terms
 * from their postings) against the plain computation: each person's items' terms summed,
 * weighted and compared by cosine.
 */
class ProfilesTest {

	private static final String[] WORDS = { "gait", "sensor", "battery", "anode", "wearable", "elderly", "fall",
			"lithium", "silicon", "hinge", "display", "phone", "heart", "rate", "optical", "signal", "antenna",
			"radio" };

	private final Map<String, String> texts = new HashMap<>();

	private final Map<String, List<String>> itemsOf = new HashMap<>();

	@Test
	void theProfileIsTheCosineOfThePersonsWholeBodyOfWork() {
		ExpertCorpus corpus = corpus(new Random(7));
		for (String query : List.of("gait sensor for elderly fall detection", "lithium battery with a silicon anode",
				"optical heart rate signal")) {
			assertProfiles(corpus, query, Set.of());
		}
	}

	@Test
	void aPatentAskedAboutCountsNeitherInTheMatchNorInTheNormOfItsInventors() {
		ExpertCorpus corpus = corpus(new Random(11));
		for (int i = 0; i < 40; i += 7) {
			String key = "US" + i;
			assertProfiles(corpus, this.texts.get(key), Set.of(key));
		}
	}

	private ExpertCorpus corpus(Random random) {
		ExpertCorpus.Builder builder = ExpertCorpus.builder();
		for (int i = 0; i < 40; i++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 5 + random.nextInt(20); w++) {
				text.append(WORDS[random.nextInt(i % 2 == 0 ? 9 : WORDS.length)]).append(' ');
			}
			String key = "US" + i;
			String[] people = { "p" + random.nextInt(12), "p" + random.nextInt(12) };
			this.texts.put(key, text.toString());
			for (String person : new HashSet<>(List.of(people))) {
				this.itemsOf.computeIfAbsent(person, p -> new ArrayList<>()).add(key);
			}
			builder.item(key, ExpertCorpus.Kind.PATENT, ExpertTerms.of(text.toString()), 2020, List.of("A61B"), "acme",
					people);
		}
		return builder.build();
	}

	private void assertProfiles(ExpertCorpus corpus, String query, Set<String> excludedKeys) {
		boolean[] excluded = new boolean[corpus.size()];
		excludedKeys.forEach(key -> excluded[corpus.item(key)] = true);
		double[] norms = new double[corpus.people.size()];
		Profiles.norms(corpus, new boolean[corpus.size()], norms, new double[norms.length]);
		int[] people = new int[corpus.people.size()];
		for (int p = 0; p < people.length; p++) {
			people[p] = p;
		}
		int[] extra = excludedKeys.stream().mapToInt(corpus::item).toArray();
		double[] profiles = new Profiles(corpus, Map.of(), excluded).profiles(people, ExpertTerms.of(query), norms,
				extra, new int[people.length]);
		for (int p = 0; p < people.length; p++) {
			double expected = expected(corpus, corpus.people.get(p).key(), query, excludedKeys);
			assertThat(profiles[p]).as(corpus.people.get(p).key()).isCloseTo(expected, within(1e-9));
			// one candidate alone: its few items are looked up in the postings instead
			double alone = new Profiles(corpus, Map.of(), excluded).profiles(new int[] { p }, ExpertTerms.of(query),
					norms, extra, new int[people.length])[0];
			assertThat(alone).as(corpus.people.get(p).key() + " alone").isCloseTo(expected, within(1e-9));
		}
	}

	private double expected(ExpertCorpus corpus, String person, String query, Set<String> excluded) {
		Map<Integer, Double> q = vector(corpus, ExpertTerms.of(query));
		List<String> terms = new ArrayList<>();
		this.itemsOf.get(person)
			.stream()
			.filter(key -> !excluded.contains(key))
			.forEach(key -> terms.addAll(ExpertTerms.of(this.texts.get(key))));
		Map<Integer, Double> v = vector(corpus, terms);
		double dot = 0;
		for (Map.Entry<Integer, Double> e : q.entrySet()) {
			dot += e.getValue() * v.getOrDefault(e.getKey(), 0.0);
		}
		double qn = Math.sqrt(q.values().stream().mapToDouble(x -> x * x).sum());
		double vn = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
		return qn == 0 || vn == 0 ? 0 : dot / (qn * vn);
	}

	private static Map<Integer, Double> vector(ExpertCorpus corpus, List<String> terms) {
		Map<Integer, Integer> counts = new HashMap<>();
		terms.stream().mapToInt(corpus::termId).filter(t -> t >= 0).forEach(t -> counts.merge(t, 1, Integer::sum));
		Map<Integer, Double> vector = new HashMap<>();
		counts.forEach((t, c) -> vector.put(t, (1 + Math.log(c)) * corpus.idf(t)));
		return vector;
	}

	@Test
	void aTermsWeightIsOnePlusTheLogarithmOfItsCountTimesItsIdfForEveryCount() {
		for (int count = 0; count < 10_000; count++) {
			double expected = count == 0 ? 0 : (1 + Math.log(count)) * 1.75;
			assertThat(Profiles.weight(count, 1.75)).as("count " + count).isEqualTo(expected);
		}
	}

	@Test
	void theNormsInForceLeaveOutTheEndedItemsAndEqualThoseOfAllWhereNoneEnded() {
		ExpertCorpus corpus = corpus(new Random(5));
		boolean[] ended = new boolean[corpus.size()];
		for (int i = 0; i < ended.length; i += 3) {
			ended[i] = true;
		}
		double[] all = new double[corpus.people.size()];
		double[] inForce = new double[all.length];
		Profiles.norms(corpus, ended, all, inForce);
		boolean someDiffer = false;
		for (int p = 0; p < all.length; p++) {
			String person = corpus.people.get(p).key();
			Set<String> endedKeys = new HashSet<>();
			for (int i = 0; i < ended.length; i++) {
				if (ended[i]) {
					endedKeys.add(corpus.key(i));
				}
			}
			assertThat(all[p]).as(person).isCloseTo(squaredNorm(corpus, person, Set.of()), within(1e-9));
			assertThat(inForce[p]).as(person).isCloseTo(squaredNorm(corpus, person, endedKeys), within(1e-9));
			someDiffer |= Math.abs(all[p] - inForce[p]) > 1e-9;
		}
		assertThat(someDiffer).isTrue();
	}

	private double squaredNorm(ExpertCorpus corpus, String person, Set<String> leftOut) {
		List<String> terms = new ArrayList<>();
		this.itemsOf.get(person)
			.stream()
			.filter(key -> !leftOut.contains(key))
			.forEach(key -> terms.addAll(ExpertTerms.of(this.texts.get(key))));
		return vector(corpus, terms).values().stream().mapToDouble(x -> x * x).sum();
	}

	@Test
	void termIdsKeepEveryTermApartThroughGrowth() {
		TermIds ids = new TermIds();
		for (int i = 0; i < 50_000; i++) {
			assertThat(ids.add("term" + i)).isEqualTo(i);
		}
		assertThat(ids.add("term123")).isEqualTo(123);
		assertThat(ids.id("term49999")).isEqualTo(49_999);
		assertThat(ids.id("unknown")).isEqualTo(-1);
		assertThat(ids.size()).isEqualTo(50_000);
	}

	@Test
	void theBestItemsAreThoseAFullSortPutsFirst() {
		Random random = new Random(3);
		double[] scores = new double[5000];
		int[] items = new int[scores.length];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = random.nextInt(50) / 7.0;
			items[i] = scores.length - 1 - i;
		}
		int[] expected = java.util.stream.IntStream.range(0, scores.length)
			.boxed()
			.filter(i -> scores[i] > 0)
			.sorted((a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b))
			.limit(100)
			.mapToInt(Integer::intValue)
			.toArray();
		assertThat(ExpertRanker.top(items, items.length, scores, 100)).containsExactly(expected);
		assertThat(ExpertRanker.top(items, 3, scores, 100)).hasSizeLessThanOrEqualTo(3);
	}

}
