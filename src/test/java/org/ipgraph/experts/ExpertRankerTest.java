package org.ipgraph.experts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpertRankerTest {

	static final String GAIT = "A wearable gait sensor detects falls of elderly users from accelerometer data.";

	static final String BATTERY = "A lithium battery electrode with a silicon anode for electric vehicles.";

	private ExpertCorpus.Builder builder = ExpertCorpus.builder();

	private void patent(String number, String text, int year, String cpc, String owner, String... people) {
		this.builder.item(number, ExpertCorpus.Kind.PATENT, ExpertTerms.of(text), year, List.of(cpc), owner, people);
	}

	private List<String> rank(ExpertCorpus corpus, String text, Map<String, Double> cpc, Set<String> excluded) {
		return new ExpertRanker(corpus, RankerSettings.DEFAULTS)
			.rank(new ExpertRanker.Query(ExpertTerms.of(text), cpc, excluded, 2025))
			.stream()
			.sorted(ExpertRanker.order(p -> corpus.people.get(p).key()))
			.map(r -> corpus.people.get(r.person()).key())
			.toList();
	}

	@Test
	void ranksThePersonWithMoreMatchingWorkFirst() {
		patent("US1", GAIT, 2022, "A61B", "acme", "ann", "cem");
		patent("US2", "Fall detection for elderly users with a wearable gait sensor and a gyroscope.", 2023, "A61B",
				"acme", "ann");
		patent("US3", BATTERY, 2022, "H01M", "volt", "bob");
		List<String> ranked = rank(this.builder.build(), "gait sensor detecting falls of elderly wearers", Map.of(),
				Set.of());
		assertThat(ranked).startsWith("ann", "cem").doesNotContain("bob");
	}

	@Test
	void anExcludedItemGivesNoEvidence() {
		patent("US1", GAIT, 2022, "A61B", "acme", "ann");
		patent("US3", BATTERY, 2022, "H01M", "volt", "bob");
		assertThat(rank(this.builder.build(), GAIT, Map.of(), Set.of("US1"))).doesNotContain("ann");
		assertThat(rank(this.builder.build(Set.of("US1"), p -> p), GAIT, Map.of(), Set.of())).doesNotContain("ann");
	}

	@Test
	void recentWorkCountsMoreThanOldWork() {
		patent("US1", GAIT, 1998, "A61B", "acme", "old");
		patent("US2", GAIT, 2024, "A61B", "beta", "recent");
		assertThat(rank(this.builder.build(), GAIT, Map.of(), Set.of())).containsExactly("recent", "old");
	}

	@Test
	void statedExpertiseInTheQueryAreaBringsInPeopleWithoutPatents() {
		this.builder.expertise("prof", Map.of("A61B5", 0.9)).expertise("lawyer", Map.of("H01M", 0.9));
		patent("US1", GAIT, 2022, "A61B", "acme", "ann");
		ExpertCorpus corpus = this.builder.build();
		List<ExpertRanker.Ranked> ranked = new ExpertRanker(corpus, RankerSettings.DEFAULTS)
			.rank(new ExpertRanker.Query(ExpertTerms.of(GAIT), Map.of(), Set.of(), 2025));
		assertThat(ranked).extracting(r -> corpus.people.get(r.person()).key())
			.containsExactlyInAnyOrder("ann", "prof");
		assertThat(ranked).filteredOn(r -> r.person() == corpus.person("prof"))
			.singleElement()
			.satisfies(r -> assertThat(r.components().expertise()).isEqualTo(0.9));
	}

	@Test
	void colleaguesAtTheOwnerOfMatchingWorkGetTheOrganizationComponent() {
		patent("US1", GAIT, 2022, "A61B", "acme", "ann");
		patent("US2", "A hinge for a folding phone display.", 2022, "H04M", "acme", "dan");
		ExpertCorpus corpus = this.builder.build();
		var danRanked = new ExpertRanker(corpus, RankerSettings.DEFAULTS)
			.rank(new ExpertRanker.Query(ExpertTerms.of(GAIT), Map.of(), Set.of(), 2025))
			.stream()
			.filter(r -> r.person() == corpus.person("dan"))
			.findFirst()
			.orElseThrow();
		assertThat(danRanked.components().text()).isZero();
		assertThat(danRanked.components().organization()).isEqualTo(1.0);
		assertThat(danRanked.evidence()).isEmpty();
	}

	@Test
	void namesResolvedToOneIdentityRankAsOnePerson() {
		patent("US1", GAIT, 2022, "A61B", "acme", "person:ann lee@acme");
		patent("US2", GAIT, 2023, "A61B", "beta", "person:ann m lee@beta");
		ExpertCorpus corpus = this.builder.build(Set.of(), p -> p.contains("lee") ? "person:ann lee@acme" : p);
		assertThat(corpus.people).extracting(ExpertCorpus.Person::key).containsExactly("person:ann lee@acme");
		assertThat(corpus.personItems[0]).hasSize(2);
	}

	@Test
	void theSameQueryGivesTheSameScores() {
		for (int i = 0; i < 30; i++) {
			patent("US" + i, (i % 2 == 0 ? GAIT : BATTERY) + " variant " + i, 2000 + i % 20,
					i % 2 == 0 ? "A61B" : "H01M", "org" + i % 3, "p" + i, "p" + (i + 1) % 30);
		}
		ExpertCorpus corpus = this.builder.build();
		var query = new ExpertRanker.Query(ExpertTerms.of("wearable gait battery"), Map.of(), Set.of(), 2025);
		Comparator<ExpertRanker.Ranked> order = ExpertRanker.order(p -> corpus.people.get(p).key());
		var first = new ExpertRanker(corpus, RankerSettings.DEFAULTS).rank(query).stream().sorted(order).toList();
		var second = new ExpertRanker(corpus, RankerSettings.DEFAULTS).rank(query).stream().sorted(order).toList();
		assertThat(first).isEqualTo(second).hasSize(30);
	}

	@Test
	void noMoreThanTheBoundAreScoredInFullOrReturned() {
		for (int i = 0; i < 30; i++) {
			patent("US" + (100 + i), GAIT + " Variant " + i + ".", 2020, "A61B", "acme", "p" + (2 * i),
					"p" + (2 * i + 1));
		}
		ExpertRanker ranker = new ExpertRanker(this.builder.build(), RankerSettings.DEFAULTS);
		ExpertRanker.Query query = new ExpertRanker.Query(ExpertTerms.of(GAIT), Map.of(), Set.of(), 2025);
		ExpertRanker.Result bounded = ranker.run(query, 5);
		assertThat(bounded.trace().candidates()).isEqualTo(60);
		assertThat(bounded.trace().scored()).isEqualTo(5);
		assertThat(bounded.people()).hasSize(5);
		assertThat(ranker.run(query, 1000).trace().scored()).isEqualTo(60);
	}

	@Test
	void theBoundKeepsTheTopOfTheUnboundedRankingWithTheSameScoresAndEvidence() {
		String[] words = { "gait", "sensor", "battery", "anode", "lithium", "heart", "rate", "optical", "radio",
				"antenna", "fall", "elderly", "wrist", "strap", "glucose", "needle", "camera", "lens", "motor",
				"gear" };
		java.util.Random random = new java.util.Random(5);
		for (int i = 0; i < 400; i++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 6 + random.nextInt(12); w++) {
				text.append(words[random.nextInt(words.length)]).append(' ');
			}
			String[] people = new String[1 + random.nextInt(3)];
			for (int k = 0; k < people.length; k++) {
				people[k] = "p" + random.nextInt(300);
			}
			patent("US" + i, text.toString(), 1995 + random.nextInt(30), List.of("A61B", "H01M", "G06F").get(i % 3),
					"org" + random.nextInt(12), people);
		}
		ExpertCorpus corpus = this.builder.build();
		ExpertRanker ranker = new ExpertRanker(corpus, RankerSettings.DEFAULTS);
		Comparator<ExpertRanker.Ranked> order = ExpertRanker.order(p -> corpus.people.get(p).key());
		for (String text : List.of("gait sensor for elderly fall", "lithium battery anode", "optical heart rate",
				"camera lens motor gear strap")) {
			for (Map<String, Double> cpc : List.of(Map.<String, Double>of(), Map.of("H01M", 1.0))) {
				ExpertRanker.Query query = new ExpertRanker.Query(ExpertTerms.of(text), cpc, Set.of("US7"), 2025);
				for (int limit : List.of(1, 10, 50)) {
					// as before the bound: the best `limit` scored in full, everyone
					// returned
					List<ExpertRanker.Ranked> full = ranker.run(query, limit, true)
						.people()
						.stream()
						.sorted(order)
						.toList();
					assertThat(full).hasSizeGreaterThan(limit);
					ExpertRanker.Result bounded = ranker.run(query, limit);
					assertThat(bounded.trace().scored()).isLessThanOrEqualTo(limit);
					assertThat(bounded.people().stream().sorted(order).toList()).as(text + " " + cpc + " " + limit)
						.isEqualTo(full.subList(0, limit));
				}
			}
		}
	}

	@Test
	void keptPeopleOfLargeOwnersGiveExactlyTheRankingOfCountingTheirItems() {
		java.util.Random random = new java.util.Random(11);
		String[] words = { "gait", "sensor", "battery", "anode", "lithium", "heart", "rate", "optical", "radio",
				"antenna", "fall", "elderly", "wrist", "strap", "glucose" };
		for (int i = 0; i < 2000; i++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 5 + random.nextInt(10); w++) {
				text.append(words[random.nextInt(words.length)]).append(' ');
			}
			String[] people = new String[1 + random.nextInt(3)];
			for (int k = 0; k < people.length; k++) {
				people[k] = "p" + random.nextInt(600);
			}
			// a few owners above the kept size, and many small ones
			String owner = random.nextInt(4) == 0 ? "small" + random.nextInt(200) : "large" + random.nextInt(8);
			patent("US" + i, text.toString(), 1995 + random.nextInt(30), "A61B", owner, people);
		}
		ExpertCorpus corpus = this.builder.build();
		boolean[] ended = new boolean[corpus.size()];
		for (int i = 0; i < ended.length; i++) {
			ended[i] = random.nextInt(5) == 0;
		}
		ExpertRanker kept = new ExpertRanker(corpus, RankerSettings.DEFAULTS, ended);
		ExpertRanker counted = new ExpertRanker(corpus, RankerSettings.DEFAULTS, ended);
		counted.countOwners = true;
		for (int q = 0; q < 30; q++) {
			String text = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
			Set<String> named = Set.of("US" + random.nextInt(2000), "US" + random.nextInt(2000));
			ExpertRanker.Query query = new ExpertRanker.Query(ExpertTerms.of(text), Map.of(), named, 2025, q % 2 == 0);
			// twice: the first run keeps the owners, the second reads them kept
			for (int run = 0; run < 2; run++) {
				assertThat(kept.run(query, 50, true).people()).as(text + " " + named + " " + q)
					.isEqualTo(counted.run(query, 50, true).people());
			}
		}
	}

	@Test
	void scratchKeptBetweenQueriesGivesTheRankingOfFreshArraysAndIsGivenBackClean() {
		java.util.Random random = new java.util.Random(13);
		ExpertCorpus corpus = commonWordsAndALongTail(random);
		boolean[] ended = new boolean[corpus.size()];
		for (int i = 0; i < ended.length; i++) {
			ended[i] = random.nextInt(4) == 0;
		}
		ExpertRanker reused = new ExpertRanker(corpus, LONG_TAIL_SETTINGS, ended);
		for (int q = 0; q < 20; q++) {
			int from = random.nextInt(3000);
			// topic and patent queries (the patent left out), with and without ended
			// patents: each leaves other scores, counts and exclusions behind
			Set<String> named = q % 3 == 0 ? Set.of() : Set.of("US" + from);
			ExpertRanker.Query query = new ExpertRanker.Query(ExpertTerms.of(this.textOf(corpus, from, random)),
					q % 4 == 0 ? Map.of("A61B", 1.0) : Map.of(), named, 2025, q % 2 == 0);
			ExpertRanker fresh = new ExpertRanker(corpus, LONG_TAIL_SETTINGS, ended);
			assertThat(reused.run(query, 50, true)).as("query " + q)
				.usingRecursiveComparison()
				.ignoringFields("trace")
				.isEqualTo(fresh.run(query, 50, true));
			assertThat(reused.spareScratch()).isEqualTo(1);
		}
		ExpertRanker.Scratch kept = reused.takeScratch();
		assertThat(kept.scores).containsOnly(0.0);
		assertThat(kept.people).containsOnly(0);
		assertThat(reused.spareScratch()).isZero();
		// no more than the bound are kept
		for (int k = 0; k < ExpertRanker.SPARE_SCRATCH + 2; k++) {
			reused.giveBack(new ExpertRanker.Scratch(corpus.size(), corpus.people.size()));
		}
		assertThat(reused.spareScratch()).isEqualTo(ExpertRanker.SPARE_SCRATCH);
	}

	private static final RankerSettings LONG_TAIL_SETTINGS = new RankerSettings(20, 3, 10, 1.0, 0.3, 0.3, 0.3, 0.3, 0.5,
			10, 1.2, 0.75);

	/**
	 * 3,000 patents of a few very common words and a long tail, as in real abstracts.
	 */
	private ExpertCorpus commonWordsAndALongTail(java.util.Random random) {
		for (int i = 0; i < 3000; i++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 8 + random.nextInt(30); w++) {
				int word = random.nextInt(3) == 0 ? random.nextInt(8) : random.nextInt(2000);
				text.append("w").append(Integer.toString(word, 26).replace('0', 'q')).append(' ');
			}
			patent("US" + i, text.toString(), 2020, "A61B", "org" + (i % 40), "p" + random.nextInt(2000));
		}
		return this.builder.build();
	}

	@Test
	void theBestItemsAreExactlyThoseOfReadingEveryPostingWithoutReadingThemAll() {
		java.util.Random random = new java.util.Random(9);
		ExpertCorpus corpus = commonWordsAndALongTail(random);
		ExpertRanker ranker = new ExpertRanker(corpus, LONG_TAIL_SETTINGS);
		long pruned = 0;
		for (int q = 0; q < 40; q++) {
			int from = random.nextInt(3000);
			List<String> terms = ExpertTerms.of(this.textOf(corpus, from, random));
			boolean[] excluded = new boolean[corpus.size()];
			excluded[from] = q % 2 == 0;
			double[] scores = new double[corpus.size()];
			int[] touched = new int[1];
			int[] best = ranker.bestItems(terms, excluded, scores, touched);
			double[] expected = new double[corpus.size()];
			for (String term : new java.util.LinkedHashSet<>(terms)) {
				int t = corpus.termId(term);
				if (t < 0) {
					continue;
				}
				for (int k = corpus.postingStart[t]; k < corpus.postingStart[t + 1]; k++) {
					int i = corpus.postingItems[k];
					double tf = ExpertCorpus.count(corpus.postingCounts[k]);
					if (!excluded[i]) {
						expected[i] += corpus.bm25Idf(t) * tf * 2.2
								/ (tf + 1.2 * (1 - 0.75 + 0.75 * corpus.lengths[i] / corpus.averageLength));
					}
				}
			}
			int[] all = java.util.stream.IntStream.range(0, corpus.size()).toArray();
			int[] want = ExpertRanker.top(all, all.length, expected, 20);
			assertThat(best).as("query " + q).containsExactly(want);
			for (int i : best) {
				assertThat(scores[i]).isEqualTo(expected[i]);
			}
			pruned += java.util.Arrays.stream(expected).filter(x -> x > 0).count() - touched[0];
		}
		assertThat(pruned).as("items the common terms were not read for").isPositive();
	}

	@Test
	void termBoundsAreEachTermsBestPostingAndReadFewerItemsThanIdfBoundsForTheSameBest() {
		java.util.Random random = new java.util.Random(5);
		ExpertCorpus corpus = commonWordsAndALongTail(random);
		ExpertRanker bounded = new ExpertRanker(corpus, LONG_TAIL_SETTINGS);
		ExpertRanker idf = new ExpertRanker(corpus, LONG_TAIL_SETTINGS);
		idf.idfBounds = true;
		float[] bounds = bounded.termBounds();
		for (int t = 0; t + 1 < corpus.postingStart.length; t++) {
			double best = 0;
			for (int k = corpus.postingStart[t]; k < corpus.postingStart[t + 1]; k++) {
				double tf = ExpertCorpus.count(corpus.postingCounts[k]);
				int i = corpus.postingItems[k];
				best = Math.max(best, corpus.bm25Idf(t) * tf * 2.2
						/ (tf + 1.2 * (1 - 0.75 + 0.75 * corpus.lengths[i] / corpus.averageLength)));
			}
			assertThat((double) bounds[t]).as("term " + t)
				.isGreaterThanOrEqualTo(best)
				.isCloseTo(best, org.assertj.core.api.Assertions.within(1e-5 * Math.max(1, best)));
			if (best > 0) {
				assertThat((double) bounds[t]).isLessThan(corpus.bm25Idf(t) * 2.2);
			}
		}
		long readBounded = 0;
		long readIdf = 0;
		for (int q = 0; q < 40; q++) {
			int from = random.nextInt(3000);
			List<String> terms = ExpertTerms.of(this.textOf(corpus, from, random));
			boolean[] excluded = new boolean[corpus.size()];
			excluded[from] = q % 2 == 0;
			double[] scores = new double[corpus.size()];
			double[] reference = new double[corpus.size()];
			int[] touched = new int[1];
			int[] best = bounded.bestItems(terms, excluded, scores, touched);
			readBounded += touched[0];
			assertThat(best).as("query " + q).containsExactly(idf.bestItems(terms, excluded, reference, touched));
			readIdf += touched[0];
			for (int i : best) {
				assertThat(scores[i]).isEqualTo(reference[i]);
			}
		}
		assertThat(readBounded).as("items touched with term bounds against idf bounds").isLessThan(readIdf);
	}

	@Test
	void gallopingFindsTheFirstPositionAtOrAboveTheKeyAsALinearSearchDoes() {
		java.util.Random random = new java.util.Random(3);
		for (int round = 0; round < 200; round++) {
			int[] values = random.ints(random.nextInt(60), 0, 200).sorted().toArray();
			int from = values.length == 0 ? 0 : random.nextInt(values.length + 1);
			int to = from + random.nextInt(values.length - from + 1);
			for (int key = -1; key <= 201; key++) {
				int expected = from;
				while (expected < to && values[expected] < key) {
					expected++;
				}
				assertThat(ExpertRanker.gallop(values, from, to, key)).as("key " + key + " in " + from + ".." + to)
					.isEqualTo(expected);
			}
		}
	}

	// words of an item's text, or of random items for some queries: long and short
	// queries
	private String textOf(ExpertCorpus corpus, int item, java.util.Random random) {
		String key = corpus.key(item);
		StringBuilder text = new StringBuilder();
		int words = random.nextBoolean() ? 4 : 40;
		for (int w = 0; w < words; w++) {
			int word = random.nextInt(4) == 0 ? random.nextInt(8) : (key.hashCode() * 31 + w * 7) % 2000;
			text.append("w").append(Integer.toString(Math.abs(word), 26).replace('0', 'q')).append(' ');
		}
		return text.toString();
	}

}
