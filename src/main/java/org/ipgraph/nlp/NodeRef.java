package org.ipgraph.nlp;

import java.util.Map;

/**
 * A node a fact is about: one a mention linked to, or one the fact itself makes (a
 * lawsuit, an agency's funding).
 *
 * @param label graph label
 * @param id graph key ({@code number} for patents, {@code id} otherwise)
 * @param name display name
 * @param properties set when the node is created
 */
public record NodeRef(String label, String id, String name, Map<String, Object> properties) {

	public NodeRef {
		properties = properties == null ? Map.of() : Map.copyOf(properties);
	}

	static NodeRef of(KnownEntity entity) {
		return new NodeRef(entity.label(), entity.id(), entity.name(), Map.of());
	}

	public String key() {
		return this.label + "|" + this.id;
	}

}
