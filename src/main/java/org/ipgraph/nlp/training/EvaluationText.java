package org.ipgraph.nlp.training;

import java.util.Map;

/**
 * The evaluation as tables for a terminal.
 */
public final class EvaluationText {

	private EvaluationText() {
	}

	public static String format(EvaluationReport report) {
		StringBuilder out = new StringBuilder();
		out.append("Models: ").append(report.models()).append('\n');
		out.append("Training data checksums match SHA256SUMS: ")
			.append(report.trainingData().get("checksumsMatch"))
			.append("\n\n");
		GovInterestEvaluation.Result gi = report.govInterest();
		out.append(String.format("Federal-funding statements (%d: dev %d, test %d), organizations%n", gi.statements(),
				gi.dev(), gi.test()));
		table(out, gi.organizations());
		out.append("Agencies and programs linked, against looked_up\n");
		table(out, gi.agencies());
		out.append("Pipeline by subset\n");
		gi.subsets().forEach((k, v) -> out.append(String.format("  %-28s %s%n", k, v)));
		AgencyLinkingEvaluation.Result link = report.agencyLinking();
		out.append(String.format("%nAgency linking, %d held-out raw names with one agency%n", link.rows()));
		link.figures()
			.forEach((k, v) -> out.append(String.format("  %-28s accuracy %.3f  %s%n", k, link.accuracy().get(k), v)));
		out.append("  outcomes: ").append(link.outcomes()).append('\n');
		out.append("  non-government names: ").append(link.nonGovernment()).append('\n');
		out.append("  several agencies named: ").append(link.multiAgency()).append("\n\n");
		out.append("Held-out sentences, exact span and type (F1)\n");
		report.heldOut().forEach((corpus, systems) -> {
			out.append("  ").append(corpus).append('\n');
			java.util.Set<String> types = new java.util.TreeSet<>();
			systems.values().forEach(m -> types.addAll(m.keySet()));
			types.remove("ALL");
			out.append(String.format("    %-24s", "system"));
			types.forEach(t -> out.append(String.format(" %13s", t)));
			out.append(String.format(" %13s%n", "ALL"));
			systems.forEach((system, figures) -> {
				out.append(String.format("    %-24s", system));
				types.forEach(t -> out.append(String.format(" %13s",
						figures.containsKey(t) ? String.format("%.3f", figures.get(t).f1()) : "-")));
				out.append(String.format(" %13.3f%n", figures.get("ALL").f1()));
			});
		});
		out.append("\nSystems:\n");
		report.systems().forEach((k, v) -> out.append(String.format("  %-24s %s%n", k, v)));
		return out.toString();
	}

	private static void table(StringBuilder out, Map<String, Map<String, Prf>> rows) {
		rows.forEach((protocol, systems) -> {
			out.append("  ").append(protocol).append('\n');
			systems.forEach((system, prf) -> out.append(String.format("    %-24s %s%n", system, prf)));
		});
	}

}
