package org.ipgraph.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ipgraph.graph.HiddenPersons;
import org.ipgraph.graph.Redaction;

/**
 * Candidates as a caller who may not see hidden people (without consent) gets them: a
 * shared inventor who is hidden is named {@link Redaction#WITHHELD} and keyed
 * {@link HiddenPersons#WITHHELD_KEY}, in the evidence and in the paths.
 */
final class Withheld {

	private static final Pattern PERSON = Pattern.compile("\\((person:[^()]*)\\)");

	private Withheld() {
	}

	static List<PartnerCandidate> people(List<PartnerCandidate> candidates, HiddenPersons persons) {
		List<String> ids = new ArrayList<>();
		for (PartnerCandidate c : candidates) {
			c.evidence().coInventors().forEach(p -> {
				ids.add(p.requesterPerson());
				ids.add(p.candidatePerson());
			});
			c.evidence().paths().forEach(path -> {
				Matcher m = PERSON.matcher(path);
				while (m.find()) {
					ids.add(m.group(1));
				}
			});
		}
		Set<String> hidden = persons.hidden(ids);
		if (hidden.isEmpty()) {
			return candidates;
		}
		return candidates.stream().map(c -> candidate(c, hidden)).toList();
	}

	private static PartnerCandidate candidate(PartnerCandidate c, Set<String> hidden) {
		Evidence e = c.evidence();
		List<Evidence.CoInventor> people = e.coInventors().stream().map(p -> {
			boolean withheld = hidden.contains(p.requesterPerson()) || hidden.contains(p.candidatePerson());
			return withheld ? new Evidence.CoInventor(Redaction.WITHHELD,
					HiddenPersons.key(p.requesterPerson(), hidden), HiddenPersons.key(p.candidatePerson(), hidden),
					p.requesterYears(), p.candidateYears(), p.moved()) : p;
		}).toList();
		List<String> paths = e.paths().stream().map(path -> {
			Matcher m = PERSON.matcher(path);
			return m.replaceAll(r -> Matcher.quoteReplacement("(" + HiddenPersons.key(r.group(1), hidden) + ")"));
		}).toList();
		return new PartnerCandidate(c.rank(), c.organization(), c.score(), c.logit(), c.components(),
				new Evidence(paths, e.sharedPatents(), e.citations(), e.sharedCpc(), people, e.commonPartners(),
						e.declared(), e.existingPartner(), e.expired()));
	}

}
