package org.ipgraph.experts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An increment's corpus made from the previous corpus's arrays
 * ({@link ExpertCorpus#merged}) is the corpus a whole build makes from the same items:
 * the same items in the same order, the same term, CPC, owner and person ids, the same
 * postings.
 */
class ExpertCorpusMergeTest {

	private static final String[] WORDS = { "gait", "sensor", "battery", "cooling", "pack", "insole", "falls",
			"elderly", "stride", "charging", "circuit", "lithium", "plate", "cell", "balancing", "walker", "saver",
			"sleep", "strap", "heater", "fan", "wearable", "shoe", "phase", "hip" };

	private record Item(String key, List<String> terms, int year, List<String> cpc, String owner, String[] people) {
	}

	private static Item item(Random random, String key, int words) {
		List<String> terms = new ArrayList<>();
		int n = 1 + random.nextInt(8);
		for (int k = 0; k < n; k++) {
			terms.add(WORDS[random.nextInt(words)]);
		}
		List<String> cpc = List.of("A6" + random.nextInt(4) + "B", "H0" + random.nextInt(3) + "J");
		String owner = random.nextInt(5) == 0 ? null : "org" + random.nextInt(6);
		String[] people = IntStream.range(0, 1 + random.nextInt(3))
			.mapToObj(x -> "person:" + random.nextInt(12))
			.toArray(String[]::new);
		return new Item(key, terms, 2000 + random.nextInt(20), cpc, owner, people);
	}

	private static ExpertCorpus build(List<Item> patents, List<Item> documents, Map<String, Map<String, Double>> stated,
			UnaryOperator<String> identityOf) {
		ExpertCorpus.Builder builder = ExpertCorpus.builder();
		patents.stream()
			.sorted((a, b) -> a.key().compareTo(b.key()))
			.forEach(i -> builder.item(i.key(), ExpertCorpus.Kind.PATENT, i.terms(), i.year(), i.cpc(), i.owner(),
					i.people()));
		documents.forEach(i -> builder.item(i.key(), ExpertCorpus.Kind.DOCUMENT, i.terms(), i.year(), i.cpc(),
				i.owner(), i.people()));
		stated.forEach(builder::expertise);
		return builder.build(Set.of(), identityOf);
	}

	// what an increment made before: every kept item copied into a builder, one by one
	private static ExpertCorpus copied(ExpertCorpus before, boolean[] removed, List<Item> rows,
			Map<String, Map<String, Double>> expertise, UnaryOperator<String> identityOf) {
		ExpertCorpus.Forward forward = before.forward();
		ExpertCorpus.Builder builder = ExpertCorpus.builder();
		int next = 0;
		for (int i = 0; i < before.size(); i++) {
			if (before.kind(i) == ExpertCorpus.Kind.PATENT) {
				for (; next < rows.size() && rows.get(next).key().compareTo(before.key(i)) < 0; next++) {
					Item row = rows.get(next);
					builder.item(row.key(), ExpertCorpus.Kind.PATENT, row.terms(), row.year(), row.cpc(), row.owner(),
							row.people());
				}
				if (!removed[i]) {
					builder.copy(before, forward, i);
				}
			}
		}
		for (; next < rows.size(); next++) {
			Item row = rows.get(next);
			builder.item(row.key(), ExpertCorpus.Kind.PATENT, row.terms(), row.year(), row.cpc(), row.owner(),
					row.people());
		}
		for (int i = 0; i < before.size(); i++) {
			if (before.kind(i) == ExpertCorpus.Kind.DOCUMENT) {
				builder.copy(before, forward, i);
			}
		}
		before.people.forEach(p -> builder.expertise(p.key(), p.expertIn()));
		expertise.forEach(builder::expertise);
		return builder.build(Set.of(), identityOf);
	}

	private static void assertSame(ExpertCorpus actual, ExpertCorpus expected) {
		assertThat(actual.size()).isEqualTo(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			assertThat(actual.key(i)).isEqualTo(expected.key(i));
			assertThat(actual.kind(i)).isEqualTo(expected.kind(i));
			assertThat(actual.year(i)).isEqualTo(expected.year(i));
			assertThat(actual.cpc(i)).isEqualTo(expected.cpc(i));
			assertThat(actual.organization(i)).isEqualTo(expected.organization(i));
			assertThat(actual.item(expected.key(i))).isEqualTo(i);
		}
		assertThat(actual.lengths).isEqualTo(expected.lengths);
		assertThat(actual.averageLength).isEqualTo(expected.averageLength);
		assertThat(actual.cpcNames).isEqualTo(expected.cpcNames);
		assertThat(actual.cpcCodes).isEqualTo(expected.cpcCodes);
		assertThat(actual.organizations).isEqualTo(expected.organizations);
		assertThat(actual.people).isEqualTo(expected.people);
		assertThat(actual.peopleStart).isEqualTo(expected.peopleStart);
		assertThat(actual.itemPeople).isEqualTo(expected.itemPeople);
		assertThat(actual.personItems).isDeepEqualTo(expected.personItems);
		assertThat(actual.forward().hashes()).isEqualTo(expected.forward().hashes());
		assertThat(actual.postingStart).isEqualTo(expected.postingStart);
		assertThat(actual.postingItems).isEqualTo(expected.postingItems);
		assertThat(actual.postingCounts).isEqualTo(expected.postingCounts);
		for (String word : WORDS) {
			assertThat(actual.termId(word)).as(word).isEqualTo(expected.termId(word));
		}
	}

	@Test
	void aMergedCorpusIsTheCorpusOfAWholeBuild() {
		for (int seed = 0; seed < 200; seed++) {
			Random random = new Random(seed);
			List<Item> patents = new ArrayList<>();
			for (int k = 0; k < 30; k++) {
				// the last words only in later ingests
				patents.add(item(random, "US" + (1000 + 2 * k), WORDS.length - 6));
			}
			List<Item> documents = List.of(item(random, "doc:a", WORDS.length), item(random, "doc:b", 10));
			Map<String, Map<String, Double>> stated = new TreeMap<>(
					Map.of("person:3", Map.of("A61B", 0.5), "person:99", Map.of("H02J", 0.7)));
			UnaryOperator<String> identityOf = id -> id.equals("person:11") ? "person:10" : id;
			ExpertCorpus before = build(patents, documents, stated, identityOf);
			// read again: some patents (new text, or the same), and new ones between and
			// after
			boolean[] removed = new boolean[before.size()];
			List<Item> after = new ArrayList<>(patents);
			List<Item> rows = new ArrayList<>();
			boolean sameTexts = true;
			for (int k = 0; k < 30; k++) {
				if (random.nextInt(4) == 0) {
					boolean same = seed % 2 == 0 || random.nextBoolean();
					sameTexts &= same;
					Item again = same ? patents.get(k) : item(random, patents.get(k).key(), WORDS.length);
					after.set(k, again);
					rows.add(again);
					removed[before.item(again.key())] = true;
				}
			}
			for (int k = 0; k < 1 + random.nextInt(6); k++) {
				Item added = item(random, "US" + (1001 + 2 * random.nextInt(40)), WORDS.length);
				if (rows.stream().noneMatch(r -> r.key().equals(added.key()))) {
					after.add(added);
					rows.add(added);
				}
			}
			rows.sort((a, b) -> a.key().compareTo(b.key()));
			Map<String, Map<String, Double>> expertise = Map.of("person:" + (20 + random.nextInt(3)),
					Map.of("G06F", 0.4));
			Map<String, Map<String, Double>> all = new TreeMap<>(stated);
			all.putAll(expertise);
			ExpertCorpus whole = build(after, documents, all, identityOf);
			ExpertCorpus copied = copied(before, removed, rows, expertise, identityOf);
			int[] at = new int[rows.size()];
			int[] kept = new int[before.size()];
			ExpertCorpus merged = before.merged(removed,
					rows.stream()
						.map(i -> new ExpertCorpus.Row(i.key(), i.terms(), i.year(), i.cpc(), i.owner(), i.people()))
						.toList(),
					identityOf, expertise, at, kept);
			assertThat(merged).isNotNull();
			assertSame(merged, copied);
			if (sameTexts) {
				assertSame(merged, whole);
			}
			for (int j = 0; j < rows.size(); j++) {
				assertThat(merged.key(at[j])).isEqualTo(rows.get(j).key());
			}
			for (int i = 0; i < before.size(); i++) {
				assertThat(kept[i] < 0 ? null : merged.key(kept[i])).isEqualTo(removed[i] ? null : before.key(i));
			}
		}
	}

}
