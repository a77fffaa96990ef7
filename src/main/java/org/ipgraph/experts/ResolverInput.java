package org.ipgraph.experts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns Person rows and the inventor lists of patents into what {@link PersonResolver} compares:
 * each node's patents with positions, organizations (owners of their patents and stated
 * affiliations), places, co-inventors and CPC subclasses.
 */
public final class ResolverInput {

	private ResolverInput() {
	}

	public static List<PersonRecord> records(Map<String, GraphReader.PersonRow> persons,
			Collection<GraphReader.ItemRow> patents) {
		Map<String, Map<String, Integer>> numbers = new HashMap<>();
		Map<String, Set<String>> organizations = new HashMap<>();
		Map<String, Set<String>> places = new HashMap<>();
		Map<String, Set<String>> coInventors = new HashMap<>();
		Map<String, Set<String>> areas = new HashMap<>();
		for (GraphReader.ItemRow patent : patents) {
			for (GraphReader.Inventor inventor : patent.people()) {
				String id = inventor.person();
				numbers.computeIfAbsent(id, k -> new HashMap<>()).put(patent.key(), inventor.sequence());
				if (patent.owner() != null) {
					organizations.computeIfAbsent(id, k -> new HashSet<>()).add(patent.owner());
				}
				if (inventor.city() != null) {
					places.computeIfAbsent(id, k -> new HashSet<>()).add(inventor.city() + "|" + inventor.country());
				}
				areas.computeIfAbsent(id, k -> new HashSet<>()).addAll(patent.cpc());
				for (GraphReader.Inventor other : patent.people()) {
					GraphReader.PersonRow row = persons.get(other.person());
					if (!other.person().equals(id) && row != null && !row.name().block().isEmpty()) {
						coInventors.computeIfAbsent(id, k -> new HashSet<>()).add(row.name().block());
					}
				}
			}
		}
		List<PersonRecord> records = new ArrayList<>(persons.size());
		for (GraphReader.PersonRow row : persons.values()) {
			Set<String> orgs = new HashSet<>(organizations.getOrDefault(row.id(), Set.of()));
			row.affiliations().forEach(a -> orgs.add(a.organization()));
			records.add(new PersonRecord(row.id(), row.name(), numbers.getOrDefault(row.id(), Map.of()), orgs,
					places.getOrDefault(row.id(), Set.of()), coInventors.getOrDefault(row.id(), Set.of()),
					areas.getOrDefault(row.id(), Set.of())));
		}
		return records;
	}

}
