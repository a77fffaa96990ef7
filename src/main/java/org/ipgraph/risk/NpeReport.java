package org.ipgraph.risk;

import java.util.List;
import java.util.Map;

/**
 * The answer to "is this owner an NPE, and why?".
 *
 * @param organization the owner
 * @param group the owner and the subsidiaries counted with it
 * @param score the score with every signal's value and contribution
 * @param evidence paths behind the signals (at most {@link NpeEvidence#PER_KIND} per
 * kind)
 * @param evidenceCounts how many paths of each kind exist
 * @param notes remarks on the data
 */
public record NpeReport(OwnerProfile.Ref organization, List<OwnerProfile.Ref> group, NpeScore score,
		List<EvidencePath> evidence, Map<String, Integer> evidenceCounts, List<String> notes) {
}
