package org.ipgraph.evaluation.experts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ipgraph.evaluation.Metrics;
import org.ipgraph.graph.CpcSymbol;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.experts.PersonRecord;
import org.ipgraph.experts.NameForm;

/**
 * Pairwise precision, recall and F1 of a clustering of mentions against gold clusters, and the
 * resolver run on inventor mentions of parsed patent records (for the disambiguation
 * benchmarks, whose mentions are {@code US<number>-<sequence>}).
 */
final class ResolutionQuality {

	private ResolutionQuality() {
	}

	/**
	 * Over the mentions in {@code gold}: a true positive is a pair in one gold cluster and one
	 * predicted cluster.
	 */
	static Metrics.Prf pairwise(Map<String, String> gold, Map<String, String> predicted) {
		Map<String, Long> both = new HashMap<>();
		Map<String, Long> goldSizes = new HashMap<>();
		Map<String, Long> predictedSizes = new HashMap<>();
		gold.forEach((mention, cluster) -> {
			String p = predicted.getOrDefault(mention, mention);
			both.merge(cluster + '\u0000' + p, 1L, Long::sum);
			goldSizes.merge(cluster, 1L, Long::sum);
			predictedSizes.merge(p, 1L, Long::sum);
		});
		long tp = pairs(both);
		return Metrics.Prf.of(tp, pairs(predictedSizes) - tp, pairs(goldSizes) - tp);
	}

	private static long pairs(Map<String, Long> sizes) {
		return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
	}

	/**
	 * Each inventor of each record as a mention {@code US<number>-<position>}, with what the
	 * resolver compares.
	 */
	static List<PersonRecord> mentions(List<PatentRecord> records) {
		Map<String, Set<String>> coInventors = new HashMap<>();
		List<PersonRecord> mentions = new ArrayList<>();
		for (PatentRecord record : records) {
			String number = record.number().key();
			Set<String> organizations = new HashSet<>();
			record.owners()
				.stream()
				.filter(o -> !o.isPerson())
				.forEach(o -> organizations.add(OrganizationNames.key(o.rawName())));
			Set<String> areas = new HashSet<>();
			record.cpc().stream().map(CpcSymbol::subclass).filter(s -> s != null).forEach(areas::add);
			List<Party> inventors = record.inventors();
			List<String> blocks = inventors.stream().map(ResolutionQuality::name).map(NameForm::block).toList();
			for (int i = 0; i < inventors.size(); i++) {
				Party inventor = inventors.get(i);
				Set<String> co = new HashSet<>(blocks);
				co.remove(blocks.get(i));
				co.remove("");
				Set<String> places = inventor.city() == null ? Set.of() : Set.of(inventor.city() + "|" + inventor.country());
				mentions.add(new PersonRecord(number + "-" + i, name(inventor), Map.of(number, i), organizations,
						places, co, areas));
			}
		}
		return mentions;
	}

	private static NameForm name(Party party) {
		return party.person() == null ? NameForm.of(null, party.rawName())
				: NameForm.of(party.person().first(), party.person().last());
	}

}
