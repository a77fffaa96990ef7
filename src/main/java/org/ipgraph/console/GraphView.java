package org.ipgraph.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A small graph for the page to draw (console.js hands it to Cytoscape.js): nodes with a
 * kind (which colours them, as ipgraph's Browser style does) and a link, edges with a
 * label. The same nodes and edges are listed as text beside the picture, for keyboards
 * and screen readers.
 */
public final class GraphView {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Node> nodes = new LinkedHashMap<>();

	private String layout = "cose";

	private final Map<String, Edge> edges = new LinkedHashMap<>();

	/**
	 * Adds a node once; a later call with the same id keeps the first.
	 */
	public GraphView node(String id, String label, String kind, String href) {
		this.nodes.putIfAbsent(id, new Node(id, label == null || label.isBlank() ? id : label, kind, href));
		return this;
	}

	/**
	 * Adds an edge once per source, target and label.
	 */
	public GraphView edge(String source, String target, String label) {
		this.edges.putIfAbsent(source + "\u0000" + label + "\u0000" + target,
				new Edge("e" + this.edges.size(), source, target, label));
		return this;
	}

	/**
	 * How to lay it out: {@code cose} (force-directed, the default), {@code paths}
	 * (layers, for explanation paths) or {@code star} (rings around the most connected
	 * node).
	 */
	public GraphView layout(String layout) {
		this.layout = layout;
		return this;
	}

	public String layout() {
		return this.layout;
	}

	public List<Node> nodes() {
		return List.copyOf(this.nodes.values());
	}

	public List<Edge> edges() {
		return List.copyOf(this.edges.values());
	}

	public boolean isEmpty() {
		return this.nodes.isEmpty();
	}

	/**
	 * Cytoscape.js elements as JSON, for a {@code data-graph} attribute.
	 */
	public String json() {
		List<Map<String, Object>> elements = new ArrayList<>();
		this.nodes.values()
			.forEach(n -> elements
				.add(Map.of("data", data("id", n.id(), "label", n.label(), "kind", n.kind(), "href", n.href()))));
		this.edges.values()
			.forEach(e -> elements.add(Map.of("data",
					data("id", e.id(), "source", e.source(), "target", e.target(), "label", e.label()))));
		return JSON.writeValueAsString(elements);
	}

	private static Map<String, Object> data(String... pairs) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				data.put(pairs[i], pairs[i + 1]);
			}
		}
		return data;
	}

	/**
	 * @param id node id (the graph key)
	 * @param label what is written on it
	 * @param kind Organization, Patent, Technology, Person, ...
	 * @param href where clicking it goes, or null
	 */
	public record Node(String id, String label, String kind, String href) {
	}

	/**
	 * @param id edge id
	 * @param source source node id
	 * @param target target node id
	 * @param label relationship type
	 */
	public record Edge(String id, String source, String target, String label) {
	}

}
