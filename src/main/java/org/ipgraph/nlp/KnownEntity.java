package org.ipgraph.nlp;

import java.util.List;

/**
 * A node a mention may link to: in the graph already, or in a reference list (then
 * created in the graph when first mentioned).
 *
 * @param label graph label
 * @param id graph key
 * @param name display name
 * @param kind organization kind, or null
 * @param acronyms short forms
 * @param aliases other names
 * @param origin {@code graph} or {@code reference}
 */
public record KnownEntity(String label, String id, String name, String kind, List<String> acronyms,
		List<String> aliases, String origin) {

	public KnownEntity {
		acronyms = acronyms == null ? List.of() : List.copyOf(acronyms);
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}

	public boolean inGraph() {
		return "graph".equals(this.origin);
	}

}
