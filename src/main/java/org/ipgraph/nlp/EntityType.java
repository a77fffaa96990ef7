package org.ipgraph.nlp;

import java.util.Locale;

/**
 * The entity types the NER models find, with the tag used in {@code .train} files and the
 * graph label a mention links to (null for types that are values, not nodes).
 */
public enum EntityType {

	ORGANIZATION("Organization"), PERSON("Person"), LOCATION(null), MONEY(null), DATE(null), POLICY("Policy"),
	FUND("Fund"), PATENT_NUMBER("Patent");

	private final String label;

	EntityType(String label) {
		this.label = label;
	}

	/**
	 * The tag in training files: {@code <START:organization>}.
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The graph label of linked nodes, or null.
	 */
	public String label() {
		return this.label;
	}

	public boolean linkable() {
		return this.label != null;
	}

	public static EntityType ofTag(String tag) {
		return valueOf(tag.strip().toUpperCase(Locale.ROOT));
	}

}
