package org.ipgraph.console;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.ipgraph.graph.HiddenPersons;
import org.ipgraph.nlp.evidence.EvidenceService;

/**
 * Reads explanation paths written the way partner answers write them,
 * {@code (acme)-[:OWNS]->(US1)-[:CITES]->(US2)<-[:OWNS]-(beta)}, into a graph to draw. A
 * node's kind comes from the relationships it sits on (the owner of OWNS is an
 * organization, what is CLASSIFIED_AS is a technology...).
 */
final class PathGraph {

	private PathGraph() {
	}

	/**
	 * One step: from node, relationship type, to node, and whether it points backwards.
	 */
	record Step(String from, String type, String to, boolean backwards) {
	}

	/**
	 * The keys of the nodes on these paths.
	 */
	static Set<String> keys(Collection<String> paths) {
		Set<String> keys = new LinkedHashSet<>();
		for (String path : paths) {
			for (Step step : steps(path)) {
				keys.add(step.from());
				keys.add(step.to());
			}
		}
		return keys;
	}

	/**
	 * The nodes and steps of one path; an unreadable path gives none.
	 */
	static List<Step> steps(String path) {
		List<String> nodes = new ArrayList<>();
		List<String> links = new ArrayList<>();
		int i = 0;
		while (i < path.length()) {
			int open = path.indexOf('(', i);
			if (open < 0) {
				break;
			}
			int close = path.indexOf(')', open);
			if (close < 0) {
				return List.of();
			}
			if (!nodes.isEmpty()) {
				links.add(path.substring(i, open).strip());
			}
			nodes.add(path.substring(open + 1, close).strip());
			i = close + 1;
		}
		List<Step> steps = new ArrayList<>();
		for (int k = 0; k < links.size(); k++) {
			String link = links.get(k);
			int colon = link.indexOf(":");
			int end = link.indexOf(']');
			boolean backwards = link.startsWith("<-");
			String type = colon >= 0 && end > colon ? link.substring(colon + 1, end) : link.replace("=", "").strip();
			steps.add(new Step(nodes.get(k), type, nodes.get(k + 1), backwards));
		}
		return steps;
	}

	/**
	 * All paths in one graph; {@code href} gives each node's link from its id and kind,
	 * {@code names} the display names of the nodes it knows (others show their key).
	 */
	static GraphView of(List<String> paths, BiFunction<String, String, String> href, Map<String, String> names) {
		GraphView graph = new GraphView().layout("paths");
		for (String path : paths) {
			for (Step step : steps(path)) {
				String source = step.backwards() ? step.to() : step.from();
				String target = step.backwards() ? step.from() : step.to();
				String sourceKind = kind(step.type(), true, source);
				String targetKind = kind(step.type(), false, target);
				graph.node(source, label(source, names), sourceKind,
						hidden(source) ? null : href.apply(source, sourceKind));
				graph.node(target, label(target, names), targetKind,
						hidden(target) ? null : href.apply(target, targetKind));
				graph.edge(source, target, step.type());
			}
		}
		return graph;
	}

	private static String label(String id, Map<String, String> names) {
		return hidden(id) ? "person (withheld)" : names.getOrDefault(id, id);
	}

	/**
	 * Each path as a row of links: every node to its page or its evidence, and every
	 * relationship that text states (PARTNERED_WITH, LICENSED_TO...) to the sentences
	 * that state it.
	 */
	static List<PathView> views(List<String> paths, Map<String, String> names) {
		List<PathView> views = new ArrayList<>();
		for (String path : paths) {
			List<Step> steps = steps(path);
			List<Part> parts = new ArrayList<>();
			for (int i = 0; i < steps.size(); i++) {
				Step step = steps.get(i);
				if (i == 0) {
					parts.add(node(step.from(), kind(step.type(), !step.backwards(), step.from()), names));
				}
				String arrow = step.backwards() ? "←" + step.type() + "–" : "–" + step.type() + "→";
				String from = step.backwards() ? step.to() : step.from();
				String to = step.backwards() ? step.from() : step.to();
				String href = EvidenceService.TYPES.contains(step.type()) && !hidden(from) && !hidden(to)
						? "/console/evidence?from=" + Hrefs.encode(from) + "&type=" + step.type() + "&to="
								+ Hrefs.encode(to)
						: null;
				parts.add(new Part(false, arrow, null, href, "sentences stating " + step.type()));
				parts.add(node(step.to(), kind(step.type(), step.backwards(), step.to()), names));
			}
			views.add(new PathView(path, parts));
		}
		return views;
	}

	private static Part node(String id, String kind, Map<String, String> names) {
		boolean withheld = hidden(id);
		String label = withheld ? "person (name withheld)" : names.getOrDefault(id, id);
		return new Part(true, label, kind, withheld ? null : Hrefs.evidence(id),
				withheld ? null : "source sentences about " + id);
	}

	private static boolean hidden(String id) {
		return HiddenPersons.WITHHELD_KEY.equals(id);
	}

	/**
	 * A path to show.
	 *
	 * @param text as the answer writes it
	 * @param parts its nodes and relationships in order
	 */
	record PathView(String text, List<Part> parts) {
	}

	/**
	 * A node or a relationship of a path.
	 *
	 * @param node whether it is a node
	 * @param label what to write
	 * @param kind the node's kind
	 * @param href its evidence, or null
	 * @param title what the link leads to
	 */
	record Part(boolean node, String label, String kind, String href, String title) {
	}

	/**
	 * The kind of the node at one end of a relationship.
	 */
	static String kind(String type, boolean start, String id) {
		if (id.startsWith("person:")) {
			return "Person";
		}
		if (id.startsWith("demand:")) {
			return "Demand";
		}
		return switch (type) {
			case "OWNS" -> start ? "Organization" : "Patent";
			case "CITES" -> "Patent";
			case "CLASSIFIED_AS" -> start ? "Patent" : "Technology";
			case "INVENTED" -> start ? "Person" : "Patent";
			case "TARGETS" -> start ? "Demand" : "Technology";
			case "same name" -> "Person";
			default -> "Organization";
		};
	}

}
