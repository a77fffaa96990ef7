package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ipgraph.similarity.SparseVector;

/**
 * Why a patent belongs with the others: declared essential to the pool's standard,
 * citations to or from members of other owner groups, and text close to the pool core
 * (residual vectors) or to the standard's own text.
 *
 * @param declared declared essential to the pool's standard or a related specification
 * @param links citations in either direction with core patents of other owner groups
 * @param linked those patents
 * @param textToCore residual cosine to the core's distinctive vocabulary (the standard's
 * declared patents, or the clustered patents without a standard; leaving the patent
 * itself out)
 * @param textToStandard TF-IDF cosine to the standard's title, 0 without one
 */
record MemberEvidence(boolean declared, int links, List<String> linked, double textToCore, double textToStandard) {

	/** Citation links that count fully. */
	static final double FULL_LINKS = 2;

	/** Cosine that counts fully. */
	static final double FULL_SIMILARITY = 0.5;

	static MemberEvidence of(ScopePatent patent, List<ScopePatent> core, ScopeIndex.Core coreVector, String standard,
			Set<String> standards, ScopeIndex scope) {
		Map<String, Integer> links = new HashMap<>();
		scope.cites(patent.number()).forEach(c -> links.merge(c, 1, Integer::sum));
		scope.citedBy(patent.number()).forEach(c -> links.merge(c, 1, Integer::sum));
		List<String> linked = new ArrayList<>();
		for (ScopePatent other : links.isEmpty() ? List.<ScopePatent>of() : core) {
			int n = links.getOrDefault(other.number(), 0);
			if (n > 0 && other != patent && !other.sharesGroupWith(patent)) {
				for (int i = 0; i < n; i++) {
					linked.add(other.number());
				}
			}
		}
		double textToCore = coreVector.similarity(patent);
		SparseVector standardVector = standard == null ? null : scope.data.standardVectors().get(standard);
		return new MemberEvidence(patent.declarations().stream().anyMatch(standards::contains), linked.size(),
				List.copyOf(linked), textToCore, standardVector == null ? 0 : patent.vector().dot(standardVector));
	}

	double citationScore() {
		return Math.min(1, this.links / FULL_LINKS);
	}

	double textScore() {
		return Math.min(1, Math.max(this.textToCore, this.textToStandard) / FULL_SIMILARITY);
	}

	/**
	 * 0.4 declared + 0.35 citations + 0.25 text. A pool without a standard has no
	 * declared patents, so its members score at most 0.6: declarations are the strongest
	 * evidence of essentiality there is.
	 */
	double score() {
		return 0.4 * (this.declared ? 1 : 0) + 0.35 * citationScore() + 0.25 * textScore();
	}

	Map<String, Double> components() {
		Map<String, Double> components = new LinkedHashMap<>();
		components.put("declared", this.declared ? 1.0 : 0.0);
		components.put("citations", round(citationScore()));
		components.put("textToCore", round(this.textToCore));
		components.put("textToStandard", round(this.textToStandard));
		return components;
	}

	List<String> reasons(ScopePatent patent, String standard, ScopeIndex scope, SparseVector core,
			double minSimilarity) {
		List<String> reasons = new ArrayList<>();
		if (this.declared) {
			reasons.add("declared essential to " + String.join(", ", patent.declarations()));
		}
		for (String other : this.linked.stream().distinct().limit(3).toList()) {
			String owner = scope.patent(other).owners().get(0).groupName();
			reasons
				.add((scope.cites(patent.number()).contains(other) ? "cites " : "cited by ") + other + " of " + owner);
		}
		if (this.linked.stream().distinct().count() > 3) {
			reasons.add("and " + (this.linked.stream().distinct().count() - 3) + " more citation links to members");
		}
		if (this.textToCore >= minSimilarity) {
			reasons.add(String.format(Locale.ROOT, "reads like the pool core (cosine %.2f; shared terms: %s)",
					this.textToCore, String.join(", ", scope.sharedTerms(patent.residual(), core, 4))));
		}
		if (this.textToStandard >= minSimilarity) {
			reasons.add(String.format(Locale.ROOT, "reads like the text of %s (cosine %.2f)", standard,
					this.textToStandard));
		}
		if (reasons.isEmpty()) {
			reasons.add("clustered with the members, no direct evidence");
		}
		return reasons;
	}

	static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
