package org.ipgraph.experts;

import java.util.List;
import java.util.Map;

import org.ipgraph.web.Page;

/**
 * An answer: what was asked, the page of people, and who was left out for a conflict of
 * interest.
 *
 * @param query what was ranked for: {@code topic:...}, {@code patent:US...} or
 * {@code demand}
 * @param areas the CPC subclasses the query was matched in (given by the patent, or
 * inferred from the best items), with weights
 * @param results the page of suggestions
 * @param conflicts the exclusions, or null when no parties were named
 */
public record ExpertResults(String query, Map<String, Double> areas, Page<ExpertSuggestion> results,
		Conflicts conflicts) {

	/**
	 * Conflict-of-interest exclusions.
	 *
	 * @param parties the parties as named by the caller
	 * @param unknownParties names that matched no organization
	 * @param organizations the organizations excluded: the parties and their corporate
	 * groups (parents, subsidiaries and the parents' other subsidiaries, by
	 * SUBSIDIARY_OF)
	 * @param excluded how many people who would otherwise rank were left out
	 * @param excludedAnonymous of these, how many are not shown to this caller by name
	 * @param people the excluded people this caller may see by name, with why
	 * @param reason the rule applied
	 */
	public record Conflicts(List<String> parties, List<String> unknownParties, List<String> organizations, int excluded,
			int excludedAnonymous, List<Excluded> people, String reason) {
	}

	/**
	 * An excluded person the caller may see.
	 *
	 * @param handle their handle
	 * @param name their name
	 * @param organizations the excluded organizations they are tied to
	 */
	public record Excluded(String handle, String name, List<String> organizations) {
	}

}
