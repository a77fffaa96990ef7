package org.ipgraph.experts;

import java.util.List;
import java.util.Map;

/**
 * One person as resolved: the Person nodes that are them, and what the profile says.
 *
 * @param key the identity key (the smallest member id)
 * @param members the Person ids
 * @param name the fullest form of the name among the members
 * @param names every member's display name (to withhold them from text)
 * @param inventor whether they invented something
 * @param expert whether a document names them an expert
 * @param affiliations every affiliation of every member, latest first
 * @param patents how many patents
 * @param documents how many documents mention them
 * @param areas CPC subclasses of their patents with counts, most first (at most five)
 * @param firstYear year of their earliest item, 0 if unknown
 * @param lastYear year of their latest item, 0 if unknown
 * @param expertise stated expertise: CPC symbol to score
 */
record Identity(String key, List<String> members, String name, List<String> names, boolean inventor, boolean expert,
		List<Affiliation> affiliations, int patents, int documents, Map<String, Integer> areas, int firstYear,
		int lastYear, Map<String, Double> expertise) {

	Affiliation latestAffiliation() {
		return this.affiliations.isEmpty() ? null : this.affiliations.get(0);
	}

	/**
	 * How the person is described without their name: "inventor at Acme Corp, 12 patents
	 * in G06F, H04W".
	 */
	String anonymousProfile() {
		StringBuilder text = new StringBuilder(this.inventor ? "inventor" : "expert");
		Affiliation at = latestAffiliation();
		if (at != null) {
			String role = at.role() != null && !at.role().equals("inventor") ? at.role() : text.toString();
			text.setLength(0);
			text.append(role).append(" at ").append(at.name());
		}
		if (this.patents > 0) {
			text.append(", ").append(this.patents).append(this.patents == 1 ? " patent" : " patents");
			if (!this.areas.isEmpty()) {
				text.append(" in ").append(String.join(", ", this.areas.keySet().stream().limit(3).toList()));
			}
		}
		else if (!this.expertise.isEmpty()) {
			text.append(", expertise in ")
				.append(String.join(", ", this.expertise.keySet().stream().sorted().limit(3).toList()));
		}
		return text.toString();
	}

}
