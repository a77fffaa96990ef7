package org.ipgraph.nlp.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ipgraph.ingest.csv.CsvTable;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.nlp.linking.EntityLinker;
import org.ipgraph.nlp.KnownEntity;
import org.ipgraph.nlp.Link;
import org.ipgraph.nlp.linking.LinkIndex;

/**
 * Agency linking against PatentsView's raw-to-clean agency names. The reference the
 * linker knows is built from the hierarchy, the acronym list and one half of the
 * raw-to-clean rows; the other half (a stable hash of the raw name) is the test. A raw
 * name is linked correctly when the linker's node has the clean name; "non_government"
 * rows are correct when the linker links them to no agency. The baseline is exact
 * matching of normalized names.
 */
final class AgencyLinkingEvaluation {

	static final String FILE = "patentsview-gov-interest/agency_name_raw_to_clean.csv";

	private AgencyLinkingEvaluation() {
	}

	static void evaluate(EvaluationContext context, EvaluationReport.Builder report) {
		Result link = evaluate(context.data(), context.trainHalfReference());
		report.section("agency_linking").putAll(EvaluationReport.fields(link));
		StringBuilder out = new StringBuilder();
		out.append(String.format("Agency linking, %d held-out raw names with one agency%n", link.rows()));
		link.figures()
			.forEach((k, v) -> out.append(String.format("  %-28s accuracy %.3f  %s%n", k, link.accuracy().get(k), v)));
		out.append("  outcomes: ").append(link.outcomes()).append('\n');
		out.append("  non-government names: ").append(link.nonGovernment()).append('\n');
		out.append("  several agencies named: ").append(link.multiAgency()).append('\n');
		report.result(link).text(out.toString());
	}

	/**
	 * @param rows held-out rows with one clean agency
	 * @param accuracy system to share linked to the right agency
	 * @param figures system to precision (right among linked), recall (right among rows),
	 * F1
	 * @param outcomes linker outcomes on the single-agency rows
	 * @param nonGovernment held-out non-government rows and how many each system left
	 * unlinked
	 * @param multiAgency held-out rows naming several agencies, and how many the linker
	 * linked to one of them
	 */
	record Result(int rows, Map<String, Double> accuracy, Map<String, Prf> figures, Map<String, Integer> outcomes,
			Map<String, Integer> nonGovernment, Map<String, Integer> multiAgency) {
	}

	static Result evaluate(Path data, List<KnownEntity> reference) {
		LinkIndex index = new LinkIndex();
		reference.forEach(index::add);
		EntityLinker linker = new EntityLinker(index, EntityLinker.Settings.DEFAULT);
		Map<String, KnownEntity> exact = exactKeys(reference);
		int rows = 0;
		int[] correct = new int[2];
		int[] linked = new int[2];
		Map<String, Integer> outcomes = new LinkedHashMap<>();
		int nonGovernment = 0;
		int[] unlinkedNonGovernment = new int[2];
		int multi = 0;
		int multiRight = 0;
		for (Map<String, String> row : CsvTable.readAll(data.resolve(FILE))) {
			String raw = row.get("original").strip();
			if (!AgencyList.heldOut(raw)) {
				continue;
			}
			String clean = row.get("clean").strip();
			Link link = linker.organization(raw);
			KnownEntity baseline = exact.get(OrganizationNames.plainKey(raw));
			boolean linkedByLinker = link.status() == Link.Status.LINKED;
			if (clean.equals("non_government")) {
				nonGovernment++;
				unlinkedNonGovernment[0] += linkedByLinker && "reference".equals(link.entity().origin()) ? 0 : 1;
				unlinkedNonGovernment[1] += baseline == null ? 1 : 0;
				continue;
			}
			String single = AgencyList.single(clean);
			if (single == null) {
				multi++;
				Set<String> keys = Arrays.stream(clean.split("\\|"))
					.map(c -> OrganizationNames.plainKey(c.strip()))
					.collect(Collectors.toSet());
				multiRight += linkedByLinker && keys.contains(OrganizationNames.plainKey(link.entity().name())) ? 1 : 0;
				continue;
			}
			rows++;
			String key = OrganizationNames.plainKey(single);
			outcomes.merge(link.status().name().toLowerCase() + (linkedByLinker ? " (" + link.method() + ")" : ""), 1,
					Integer::sum);
			if (linkedByLinker) {
				linked[0]++;
				correct[0] += OrganizationNames.plainKey(link.entity().name()).equals(key) ? 1 : 0;
				if (!OrganizationNames.plainKey(link.entity().name()).equals(key)) {
					outcomes.merge("linked to another agency", 1, Integer::sum);
				}
			}
			if (baseline != null) {
				linked[1]++;
				correct[1] += OrganizationNames.plainKey(baseline.name()).equals(key) ? 1 : 0;
			}
		}
		Map<String, Double> accuracy = new LinkedHashMap<>();
		Map<String, Prf> figures = new LinkedHashMap<>();
		String[] systems = { "linker", "exact-name baseline" };
		for (int i = 0; i < 2; i++) {
			accuracy.put(systems[i], Prf.round(rows == 0 ? 0 : (double) correct[i] / rows));
			figures.put(systems[i], Prf.lenient(correct[i], linked[i], correct[i], rows));
		}
		Map<String, Integer> nonGov = new LinkedHashMap<>();
		nonGov.put("rows", nonGovernment);
		nonGov.put("left unlinked by the linker", unlinkedNonGovernment[0]);
		nonGov.put("left unlinked by the baseline", unlinkedNonGovernment[1]);
		Map<String, Integer> multiAgency = new LinkedHashMap<>();
		multiAgency.put("rows", multi);
		multiAgency.put("linked to one of their agencies", multiRight);
		return new Result(rows, accuracy, figures, outcomes, nonGov, multiAgency);
	}

	private static Map<String, KnownEntity> exactKeys(List<KnownEntity> reference) {
		Map<String, KnownEntity> out = new HashMap<>();
		for (KnownEntity e : reference) {
			List<String> names = new ArrayList<>(e.aliases());
			names.add(e.name());
			for (String name : names) {
				out.putIfAbsent(OrganizationNames.plainKey(name), e);
			}
		}
		return out;
	}

}
