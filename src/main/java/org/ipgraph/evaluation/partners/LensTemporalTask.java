package org.ipgraph.evaluation.partners;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.ingest.IngestListener;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.partners.PartnerGraphLoader;
import org.ipgraph.partners.PartnerGraph;
import org.ipgraph.partners.Profiles;
import org.ipgraph.partners.ModelTrainer;
import org.ipgraph.partners.LinkEvents;
import org.ipgraph.partners.LinearModel;

/**
 * The temporal split on a real Lens export: the scratch graph gets only the families with
 * priority before the cut, through the production ingest; profiles and models come from
 * it alone (models trained on windows before the cut); the truth is the pairs of
 * organizations, both already in that graph, that first co-apply or first share an
 * inventor (by name) from the cut on, taken from the whole export.
 */
final class LensTemporalTask {

	private final IngestService ingest;

	private final PartnerGraphLoader loader;

	private final ModelTrainer.Options options;

	private final int windows;

	LensTemporalTask(IngestService ingest, PartnerGraphLoader loader, ModelTrainer.Options options, int windows) {
		this.ingest = ingest;
		this.loader = loader;
		this.options = options;
		this.windows = windows;
	}

	Result run(ScratchGraph scratch, LensSplit split, PartnerGraph full, LinkEvents fullEvents, int cut, Path tmp,
			boolean gds) {
		scratch.clear();
		LensSplit.Written written = split.writeBefore(cut, tmp);
		this.ingest.on(scratch.driver()).ingest("lens-csv", List.of(written.file()), IngestListener.NONE);
		PartnerGraph graph = this.loader.on(scratch.client()).load();
		IntFunction<Profiles> profilesAt = Profiles.cache(graph);
		Profiles profiles = profilesAt.apply(cut);
		List<Integer> starts = ModelTrainer.windows(cut, this.windows);
		// the task's own label: a first co-application or a first shared inventor
		LinearModel model = new ModelTrainer(this.options).train(graph, new LinkEvents(graph),
				LinkEvents.Kind.COLLABORATION, starts, cut, profilesAt);
		List<RankingEval.Query> queries = queries(graph, profiles, full, fullEvents, cut);
		Map<String, IntFunction<IntToDoubleFunction>> rankers = new LinkedHashMap<>();
		rankers.put("model", Rankers.model(profiles, model));
		rankers.putAll(Rankers.bounded(profiles, model));
		rankers.putAll(Rankers.baselines(profiles));
		rankers.putAll(Rankers.references(profiles));
		if (gds) {
			rankers.put("gds fastRP cosine", GdsRankers.fastRp(scratch.client(), graph, cut));
			rankers.put("gds nodeSimilarity (CPC)", GdsRankers.nodeSimilarity(scratch.client(), graph, cut));
		}
		Map<String, RankingEval.Figures> figures = new LinkedHashMap<>();
		rankers.forEach((name, ranker) -> figures.put(name, RankingEval.evaluate(queries, ranker)));
		int positives = queries.stream().mapToInt(q -> q.relevant().size()).sum() / 2;
		return new Result(figures, written.rows(), ModelTrainer.eligible(profiles).length, positives, queries.size(),
				model);
	}

	/**
	 * Organizations with at least one pair first linked from the cut on, each ranking
	 * every other organization of the pre-cut graph it had not yet linked with.
	 */
	static List<RankingEval.Query> queries(PartnerGraph graph, Profiles profiles, PartnerGraph full,
			LinkEvents fullEvents, int cut) {
		Map<Integer, Set<Integer>> relevant = new LinkedHashMap<>();
		for (int[] pair : fullEvents.linkedIn(LinkEvents.Kind.COLLABORATION, cut, LinkEvents.NEVER)) {
			int a = graph.organization(full.orgIds[pair[0]]);
			int b = graph.organization(full.orgIds[pair[1]]);
			if (a >= 0 && b >= 0 && a != b && profiles.patentCount[a] > 0 && profiles.patentCount[b] > 0) {
				relevant.computeIfAbsent(a, k -> new HashSet<>()).add(b);
				relevant.computeIfAbsent(b, k -> new HashSet<>()).add(a);
			}
		}
		LinkEvents before = new LinkEvents(graph);
		int[] eligible = ModelTrainer.eligible(profiles);
		List<RankingEval.Query> queries = new ArrayList<>();
		relevant.keySet().stream().sorted().forEach(a -> {
			int[] candidates = java.util.Arrays.stream(eligible)
				.filter(c -> c != a && before.first(LinkEvents.Kind.COLLABORATION, a, c) >= cut)
				.toArray();
			queries.add(new RankingEval.Query(a, candidates, relevant.get(a)));
		});
		return queries;
	}

	/**
	 * One cut's figures.
	 *
	 * @param figures per ranker
	 * @param families families in the pre-cut graph
	 * @param organizations organizations with patents before the cut
	 * @param positives pairs first linked from the cut on
	 * @param queries organizations ranked for
	 * @param model the model used
	 */
	record Result(Map<String, RankingEval.Figures> figures, int families, int organizations, int positives, int queries,
			LinearModel model) {
	}

}
