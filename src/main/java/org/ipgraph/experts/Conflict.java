package org.ipgraph.experts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The organizations a caller named as conflicting parties, with their corporate groups,
 * and the test whether a person is tied to them: a stated affiliation, or inventorship on
 * a patent one of them owns (first owner).
 */
final class Conflict {

	static final Conflict NONE = new Conflict(List.of(), List.of(), Set.of());

	static final String REASON = "People affiliated with a named party or with its corporate group (parents, "
			+ "subsidiaries and the parents' other subsidiaries by SUBSIDIARY_OF), or inventors of patents they own, "
			+ "are left out.";

	private static final int LISTED = 20;

	private final List<String> parties;

	private final List<String> unknown;

	private final Set<String> organizations;

	Conflict(List<String> parties, List<String> unknown, Set<String> organizations) {
		this.parties = parties;
		this.unknown = unknown;
		this.organizations = organizations;
	}

	/**
	 * The excluded organizations a person is tied to, sorted; empty when none.
	 */
	List<String> tiesOf(ExpertIndex index, int person) {
		if (this.organizations.isEmpty()) {
			return List.of();
		}
		Set<String> tied = new TreeSet<>();
		for (Affiliation a : index.affiliations(person)) {
			if (this.organizations.contains(a.organization())) {
				tied.add(a.organization());
			}
		}
		for (int i : index.corpus.personItems[person]) {
			String owner = index.corpus.organization(i);
			if (owner != null && this.organizations.contains(owner)) {
				tied.add(owner);
			}
		}
		return List.copyOf(tied);
	}

	ExpertResults.Conflicts report(List<ExpertRanker.Ranked> excluded, Map<Integer, List<String>> ties,
			Suggestions suggestions) {
		if (this.parties.isEmpty()) {
			return null;
		}
		int anonymous = 0;
		List<ExpertResults.Excluded> people = new ArrayList<>();
		for (ExpertRanker.Ranked r : excluded) {
			if (!suggestions.visible(r.person())) {
				anonymous++;
			}
			else if (people.size() < LISTED) {
				people.add(new ExpertResults.Excluded(suggestions.handle(r.person()), suggestions.name(r.person()),
						ties.get(r.person())));
			}
		}
		return new ExpertResults.Conflicts(this.parties, this.unknown, List.copyOf(this.organizations), excluded.size(),
				anonymous, List.copyOf(people), REASON);
	}

}
