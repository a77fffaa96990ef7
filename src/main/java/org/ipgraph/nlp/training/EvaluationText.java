package org.ipgraph.nlp.training;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The evaluation as tables for a terminal: each part writes its own (see
 * {@link EvaluationPart}); the tables here are the shapes they share.
 */
public final class EvaluationText {

	private EvaluationText() {
	}

	public static String format(EvaluationReport report) {
		return report.text();
	}

	/**
	 * Rows of protocol, then system with its figures.
	 */
	static void table(StringBuilder out, Map<String, Map<String, Prf>> rows) {
		rows.forEach((protocol, systems) -> {
			out.append("  ").append(protocol).append('\n');
			systems.forEach((system, prf) -> out.append(String.format("    %-24s %s%n", system, prf)));
		});
	}

	/**
	 * One row per system, one F1 column per entity type, and ALL when present.
	 */
	static void typeTable(StringBuilder out, Map<String, Map<String, Prf>> systems) {
		Set<String> types = new TreeSet<>();
		systems.values().forEach(m -> types.addAll(m.keySet()));
		boolean all = types.remove("ALL");
		out.append(String.format("    %-24s", "system"));
		types.forEach(t -> out.append(String.format(" %13s", t)));
		out.append(all ? String.format(" %13s%n", "ALL") : "\n");
		systems.forEach((system, figures) -> {
			out.append(String.format("    %-24s", system));
			types.forEach(t -> out.append(
					String.format(" %13s", figures.containsKey(t) ? String.format("%.3f", figures.get(t).f1()) : "-")));
			out.append(all ? String.format(" %13.3f%n", figures.get("ALL").f1()) : "\n");
		});
	}

}
