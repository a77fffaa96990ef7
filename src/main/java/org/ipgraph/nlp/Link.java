package org.ipgraph.nlp;

import java.util.List;

/**
 * What a mention was linked to.
 *
 * @param status LINKED to a known node, NEW (no node matched: one is created), AMBIGUOUS
 * (several candidates, none chosen) or UNLINKED (a value, or too weak to create a node)
 * @param entity the node linked or to create; null when ambiguous or unlinked
 * @param confidence how sure the linker is
 * @param method how: exact, alias, acronym, document-acronym, fuzzy, prefix, new
 * @param candidates for ambiguous mentions, the candidates with scores, best first
 */
public record Link(Status status, KnownEntity entity, double confidence, String method, List<Candidate> candidates) {

	public enum Status {

		LINKED, NEW, AMBIGUOUS, UNLINKED

	}

	/**
	 * @param entity the candidate node
	 * @param score similarity, 0..1
	 */
	public record Candidate(KnownEntity entity, double score) {
	}

	public static Link linked(KnownEntity entity, double confidence, String method) {
		return new Link(Status.LINKED, entity, confidence, method, List.of());
	}

	public static Link unlinked() {
		return new Link(Status.UNLINKED, null, 0, "none", List.of());
	}

	public boolean resolved() {
		return this.status == Status.LINKED || this.status == Status.NEW;
	}

}
