package org.ipgraph.ingest.orgs;

import java.util.List;
import java.util.Set;

import org.ipgraph.graph.OrganizationNames;

/**
 * Whether a listed parent is another name of the same organization or its parent company.
 * The SSO list's column is "subsidiary of / alias of" without saying which. The parent is
 * an alias when both names key alike once generic words (group, holdings, technologies,
 * systems...) are dropped, allowing a word to be cut short ({@code Telecom},
 * {@code Telecommunications}) or mistyped by one letter ({@code Akami}, {@code Akamai}):
 * {@code Cisco Systems Inc.} of {@code Cisco}, {@code Sony Group} of {@code Sony}.
 * Otherwise, as for {@code Apple France} of {@code Apple}, it is a subsidiary.
 */
final class ParentRelation {

	static final String ALIAS = "alias";

	static final String SUBSIDIARY = "subsidiary";

	private static final Set<String> GENERIC = Set.of("group", "holding", "holdings", "technologies", "technology",
			"tech", "systems", "system", "software", "corporation", "company", "incorporated", "ind", "industries");

	private ParentRelation() {
	}

	static String of(String child, String parent) {
		List<String> a = words(child);
		List<String> b = words(parent);
		if (a.size() != b.size() || a.isEmpty()) {
			return SUBSIDIARY;
		}
		for (int i = 0; i < a.size(); i++) {
			if (!sameWord(a.get(i), b.get(i))) {
				return SUBSIDIARY;
			}
		}
		return ALIAS;
	}

	private static List<String> words(String name) {
		String key = OrganizationNames.plainKey(name);
		return key.isEmpty() ? List.of() : List.of(key.split(" ")).stream().filter(w -> !GENERIC.contains(w)).toList();
	}

	private static boolean sameWord(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		String shorter = a.length() <= b.length() ? a : b;
		String longer = a.length() <= b.length() ? b : a;
		if (shorter.length() >= 4 && longer.startsWith(shorter)) {
			return true;
		}
		return shorter.length() >= 5 && oneEditApart(shorter, longer);
	}

	private static boolean oneEditApart(String shorter, String longer) {
		if (longer.length() - shorter.length() > 1) {
			return false;
		}
		int i = 0;
		while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
			i++;
		}
		if (longer.length() == shorter.length()) {
			return shorter.substring(i + 1).equals(longer.substring(i + 1));
		}
		return shorter.substring(i).equals(longer.substring(i + 1));
	}

}
