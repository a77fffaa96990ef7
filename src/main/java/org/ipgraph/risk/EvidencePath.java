package org.ipgraph.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * A path in the graph that supports a signal: nodes and the relationships between them
 * ({@code relationships[i]} joins {@code nodes[i]} and {@code nodes[i+1]}, written with
 * its direction, e.g. {@code -[:PLAINTIFF_IN]->} or {@code <-[:ASSERTED_IN]-}), with a
 * sentence saying what it shows and where the fact comes from.
 *
 * @param signal the signal it supports
 * @param summary what it shows, in words
 * @param nodes the nodes along the path
 * @param relationships the relationships between consecutive nodes
 * @param source the source of the facts (uspto-oce, uspto-ptab, uspto-assignment, text,
 * demo...)
 * @param sentences text evidence, when the fact was read from a document
 */
public record EvidencePath(String signal, String summary, List<Node> nodes, List<String> relationships, String source,
		List<String> sentences) {

	/**
	 * @param label the node label
	 * @param key its key
	 * @param name its name or title
	 */
	public record Node(String label, String key, String name) {
	}

	static Builder from(String label, String key, String name) {
		return new Builder(new Node(label, key, name));
	}

	/**
	 * Builds a path step by step.
	 */
	static final class Builder {

		private final List<Node> nodes = new ArrayList<>();

		private final List<String> relationships = new ArrayList<>();

		private Builder(Node first) {
			this.nodes.add(first);
		}

		/** Follows {@code (previous)-[:TYPE]->(next)}. */
		Builder out(String type, String label, String key, String name) {
			this.relationships.add("-[:" + type + "]->");
			this.nodes.add(new Node(label, key, name));
			return this;
		}

		/** Follows {@code (previous)<-[:TYPE]-(next)}. */
		Builder in(String type, String label, String key, String name) {
			this.relationships.add("<-[:" + type + "]-");
			this.nodes.add(new Node(label, key, name));
			return this;
		}

		/** A link that is not a relationship, such as a shared address. */
		Builder via(String what, String label, String key, String name) {
			this.relationships.add("~" + what + "~");
			this.nodes.add(new Node(label, key, name));
			return this;
		}

		EvidencePath build(String signal, String summary, String source, List<String> sentences) {
			return new EvidencePath(signal, summary, List.copyOf(this.nodes), List.copyOf(this.relationships), source,
					sentences == null ? List.of() : List.copyOf(sentences));
		}

	}

}
