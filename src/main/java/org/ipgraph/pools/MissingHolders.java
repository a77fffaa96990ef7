package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ipgraph.pools.PoolCandidate.HolderPatent;
import org.ipgraph.pools.PoolCandidate.MissingHolder;
import org.ipgraph.similarity.SparseVector;

/**
 * Owner groups outside the pool that hold patents like its members: close to the pool's
 * distinctive vocabulary (at least the text threshold: citations alone show relatedness,
 * not similarity), the more so when they cite or are cited by members. A patent scores
 * 0.6 text (full at cosine 0.5) + 0.4 citations (full at two); a group its best patent's
 * score plus 0.05 for each further one. Whether community detection put the patent with
 * the members is shown, not scored.
 */
final class MissingHolders {

	private MissingHolders() {
	}

	static List<MissingHolder> of(List<ScopePatent> members, Set<String> clustered, Set<String> licensorGroups,
			ScopeIndex scope, PoolParameters parameters) {
		ScopeIndex.Core distinctive = scope.core(members);
		Set<String> memberNumbers = new java.util.HashSet<>();
		members.forEach(m -> memberNumbers.add(m.number()));
		Map<String, List<HolderPatent>> byGroup = new TreeMap<>();
		for (ScopePatent p : scope.data.patents()) {
			if (!scope.substitutes.isRepresentative(p.number()) || memberNumbers.contains(p.number())
					|| p.owners().isEmpty() || p.groups().stream().anyMatch(licensorGroups::contains)) {
				continue;
			}
			double similarity = distinctive.similarity(p);
			if (similarity < parameters.minTextSimilarity()) {
				continue;
			}
			int links = scope.links(p.number(), memberNumbers);
			boolean inCluster = clustered.contains(p.number());
			double score = 0.6 * Math.min(1, similarity / MemberEvidence.FULL_SIMILARITY)
					+ 0.4 * Math.min(1, links / MemberEvidence.FULL_LINKS);
			if (score >= parameters.minHolderScore()) {
				HolderPatent patent = new HolderPatent(p.number(), p.title(), MemberEvidence.round(similarity), links,
						inCluster, MemberEvidence.round(score), p.legal());
				p.groups().forEach(g -> byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(patent));
			}
		}
		List<MissingHolder> holders = new ArrayList<>();
		byGroup.forEach((group, patents) -> {
			patents
				.sort(Comparator.comparingDouble(HolderPatent::score).reversed().thenComparing(HolderPatent::number));
			double score = Math.min(1, patents.get(0).score() + 0.05 * (patents.size() - 1));
			holders.add(new MissingHolder(group, scope.groupNames.get(group), MemberEvidence.round(score),
					List.copyOf(patents.subList(0, Math.min(5, patents.size()))), reason(patents)));
		});
		holders.sort(Comparator.comparingDouble(MissingHolder::score).reversed().thenComparing(MissingHolder::group));
		return List.copyOf(holders.subList(0, Math.min(parameters.maxHolders(), holders.size())));
	}

	private static String reason(List<HolderPatent> patents) {
		long cited = patents.stream().filter(p -> p.citationLinks() > 0).count();
		long clustered = patents.stream().filter(HolderPatent::clustered).count();
		double best = patents.stream().mapToDouble(HolderPatent::similarity).max().orElse(0);
		return String.format(Locale.ROOT,
				"%d similar patent%s outside the pool (best text cosine %.2f), %d with citation links to members, "
						+ "%d clustered with them; not a licensor",
				patents.size(), patents.size() == 1 ? "" : "s", best, cited, clustered);
	}

}
