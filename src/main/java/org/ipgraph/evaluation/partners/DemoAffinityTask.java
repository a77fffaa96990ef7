package org.ipgraph.evaluation.partners;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

import org.ipgraph.demo.DemoTruth;
import org.ipgraph.partners.Role;
import org.ipgraph.partners.PartnerModels;
import org.ipgraph.partners.PartnerGraph;
import org.ipgraph.partners.Profiles;
import org.ipgraph.partners.ModelTrainer;
import org.ipgraph.partners.LinkEvents;
import org.ipgraph.partners.LinearModel;

/**
 * The demo generator's planted partner affinities: pairs of complementary organizations
 * that first co-apply in or after the cut year, with signals planted before it. Profiles
 * are taken before the cut; each side of a planted pair ranks every organization with
 * patents before the cut that it had not co-applied with; the relevant one is its planted
 * partner.
 *
 * Two models are measured. In a generated graph the planted mechanism shows only after
 * the cut (before it, co-applications are random), so a model trained on the test graph's
 * own past cannot learn it; the main model is therefore trained the same way as in
 * production (temporal split, labels from the graph, not from the truth) on another
 * seed's graph, with windows starting at its cut year. The model trained only on the test
 * graph's past is reported beside it.
 */
final class DemoAffinityTask {

	private final ModelTrainer.Options options;

	private final int windows;

	DemoAffinityTask(ModelTrainer.Options options, int windows) {
		this.options = options;
		this.windows = windows;
	}

	/**
	 * The collaboration model trained on a generated graph from its cut year on.
	 */
	LinearModel trainAfterCut(PartnerGraph graph, int cut) {
		List<Integer> starts = java.util.stream.IntStream.range(0, this.windows).map(k -> cut + k).boxed().toList();
		PartnerModels models = PartnerModels.train(graph, new LinkEvents(graph), new ModelTrainer(this.options), starts,
				graph.lastYear() + 1, Profiles.cache(graph));
		return models.forRole(Role.ANY);
	}

	/**
	 * Figures for the planted pairs ({@code planted}) and for every pair that first
	 * co-applies from the cut on ({@code all}, planted or not).
	 */
	Map<String, Map<String, RankingEval.Figures>> evaluate(PartnerGraph graph, DemoTruth truth, LinearModel crossSeed,
			Map<String, IntFunction<IntToDoubleFunction>> extra) {
		int cut = truth.parameters().cutYear();
		IntFunction<Profiles> profilesAt = Profiles.cache(graph);
		Profiles profiles = profilesAt.apply(cut);
		List<Integer> starts = ModelTrainer.windows(cut, this.windows);
		LinearModel ownPast = PartnerModels
			.train(graph, new LinkEvents(graph), new ModelTrainer(this.options), starts, cut, profilesAt)
			.forRole(Role.ANY);
		Map<String, List<RankingEval.Query>> tasks = new LinkedHashMap<>();
		tasks.put("planted", queries(graph, profiles, truth));
		tasks.put("all", allQueries(graph, profiles, cut));
		Map<String, IntFunction<IntToDoubleFunction>> rankers = new LinkedHashMap<>();
		rankers.put("model", Rankers.model(profiles, crossSeed));
		rankers.putAll(Rankers.bounded(profiles, crossSeed));
		rankers.put("model trained on this graph before the cut", Rankers.model(profiles, ownPast));
		rankers.putAll(Rankers.baselines(profiles));
		rankers.putAll(Rankers.references(profiles));
		rankers.putAll(extra);
		Map<String, Map<String, RankingEval.Figures>> figures = new LinkedHashMap<>();
		tasks.forEach((task, queries) -> rankers
			.forEach((name, ranker) -> figures.computeIfAbsent(task, t -> new LinkedHashMap<>())
				.put(name, RankingEval.evaluate(queries, ranker))));
		return figures;
	}

	/**
	 * Every pair that first co-applies from the cut on, both sides with patents before
	 * it.
	 */
	static List<RankingEval.Query> allQueries(PartnerGraph graph, Profiles profiles, int cut) {
		LinkEvents events = new LinkEvents(graph);
		Map<Integer, Set<Integer>> relevant = new LinkedHashMap<>();
		for (int[] pair : events.linkedIn(LinkEvents.Kind.CO_APPLICATION, cut, LinkEvents.NEVER)) {
			if (profiles.patentCount[pair[0]] > 0 && profiles.patentCount[pair[1]] > 0) {
				relevant.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
				relevant.computeIfAbsent(pair[1], k -> new HashSet<>()).add(pair[0]);
			}
		}
		return queries(relevant, ModelTrainer.eligible(profiles), events, cut);
	}

	static List<RankingEval.Query> queries(PartnerGraph graph, Profiles profiles, DemoTruth truth) {
		int cut = truth.parameters().cutYear();
		Map<Integer, Set<Integer>> relevant = new LinkedHashMap<>();
		for (DemoTruth.PartnerAffinity pair : truth.partnerAffinities()) {
			int a = graph.organization(pair.organization());
			int b = graph.organization(pair.partner());
			if (a >= 0 && b >= 0 && profiles.patentCount[a] > 0 && profiles.patentCount[b] > 0) {
				relevant.computeIfAbsent(a, k -> new HashSet<>()).add(b);
				relevant.computeIfAbsent(b, k -> new HashSet<>()).add(a);
			}
		}
		return queries(relevant, ModelTrainer.eligible(profiles), new LinkEvents(graph), cut);
	}

	private static List<RankingEval.Query> queries(Map<Integer, Set<Integer>> relevant, int[] eligible,
			LinkEvents events, int cut) {
		List<RankingEval.Query> queries = new ArrayList<>();
		relevant.keySet().stream().sorted().forEach(a -> {
			int[] candidates = java.util.Arrays.stream(eligible)
				.filter(c -> c != a && !events.linkedBefore(LinkEvents.Kind.CO_APPLICATION, a, c, cut))
				.toArray();
			queries.add(new RankingEval.Query(a, candidates, relevant.get(a)));
		});
		return queries;
	}

}
