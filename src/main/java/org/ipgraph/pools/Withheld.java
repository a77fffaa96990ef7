package org.ipgraph.pools;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ipgraph.graph.HiddenPersons;
import org.ipgraph.graph.Redaction;

/**
 * Pool candidates as a caller who may not see hidden people gets them: an individual
 * owner without consent is keyed {@link HiddenPersons#WITHHELD_KEY} and named
 * {@link Redaction#WITHHELD} wherever the candidate names owners.
 */
final class Withheld {

	private Withheld() {
	}

	static PoolResults people(PoolResults results, HiddenPersons persons) {
		List<String> ids = new ArrayList<>();
		for (PoolCandidate c : results.items()) {
			c.members().forEach(m -> {
				ids.addAll(m.owners());
				ids.addAll(m.groups());
			});
			c.licensors().forEach(l -> {
				ids.add(l.group());
				ids.addAll(l.owners());
			});
			c.missingHolders().forEach(h -> ids.add(h.group()));
			c.substitutes().forEach(s -> ids.add(s.group()));
		}
		Set<String> hidden = persons.hidden(ids);
		if (hidden.isEmpty()) {
			return results;
		}
		return new PoolResults(results.query(), results.scope(),
				results.items().stream().map(c -> candidate(c, hidden)).toList(), results.page(), results.size(),
				results.total(), results.hasMore());
	}

	/**
	 * A saved pool as the caller may see it.
	 */
	static SavedPool people(SavedPool pool, HiddenPersons persons) {
		Set<String> hidden = persons.hidden(pool.licensors().stream().map(SavedPool.Share::group).toList());
		if (hidden.isEmpty()) {
			return pool;
		}
		return new SavedPool(pool.id(), pool.name(), pool.standard(), pool.note(), pool.candidateId(), pool.createdBy(),
				pool.createdAt(), pool.members(),
				pool.licensors()
					.stream()
					.map(s -> hidden.contains(s.group()) ? new SavedPool.Share(HiddenPersons.WITHHELD_KEY,
							Redaction.WITHHELD, s.patents(), s.share()) : s)
					.toList(),
				pool.hhi(), pool.visibility(), pool.sharedWith());
	}

	private static PoolCandidate candidate(PoolCandidate c, Set<String> hidden) {
		List<String> names = new ArrayList<>();
		c.licensors().stream().filter(l -> hidden.contains(l.group())).forEach(l -> names.add(l.name()));
		c.missingHolders().stream().filter(h -> hidden.contains(h.group())).forEach(h -> names.add(h.name()));
		return new PoolCandidate(c.id(), c.standard(), c.standards(), c.score(), c.scoreComponents(),
				c.members()
					.stream()
					.map(m -> new PoolCandidate.PoolMember(m.number(), m.title(), keys(m.owners(), hidden),
							keys(m.groups(), hidden), m.score(), m.components(), m.declaredTo(),
							m.reasons().stream().map(r -> Redaction.withhold(r, names)).toList(), m.legal()))
					.toList(),
				c.licensors()
					.stream()
					.map(l -> new PoolCandidate.Licensor(HiddenPersons.key(l.group(), hidden),
							hidden.contains(l.group()) ? Redaction.WITHHELD : l.name(), keys(l.owners(), hidden),
							l.patents(), l.share(), l.valueShare(), l.declared()))
					.toList(),
				c.hhi(),
				c.blocking()
					.stream()
					.map(b -> new PoolCandidate.BlockingRelation(HiddenPersons.key(b.group(), hidden),
							HiddenPersons.key(b.otherGroup(), hidden), b.cites(), b.citedBy(), b.mutual()))
					.toList(),
				c.missingHolders()
					.stream()
					.map(h -> new PoolCandidate.MissingHolder(HiddenPersons.key(h.group(), hidden),
							hidden.contains(h.group()) ? Redaction.WITHHELD : h.name(), h.score(), h.patents(),
							hidden.contains(h.group()) ? Redaction.WITHHELD : h.reason()))
					.toList(),
				c.substitutes()
					.stream()
					.map(s -> new PoolCandidate.Substitute(s.number(), s.substituteOf(),
							HiddenPersons.key(s.group(), hidden), s.reason()))
					.toList(),
				Redaction.withhold(c.explanation(), names));
	}

	private static List<String> keys(List<String> keys, Set<String> hidden) {
		return keys.stream().map(k -> HiddenPersons.key(k, hidden)).toList();
	}

}
