package org.ipgraph.evaluation.partners;

import java.nio.file.Path;
import java.util.*;

import org.ipgraph.ingest.SourceFormat;
import org.ipgraph.test.SharedData;
import org.ipgraph.partners.PartnerModels;
import org.ipgraph.partners.PartnerGraph;
import org.ipgraph.partners.Profiles;
import org.ipgraph.partners.PairFeatures;
import org.ipgraph.partners.ModelTrainer;
import org.ipgraph.partners.LinkEvents;
import org.ipgraph.partners.LinearModel;
import org.ipgraph.partners.Feature;

class LensExperiment {

	public static void main(String[] args) throws Exception {
		var c = Class.forName("org.ipgraph.ingest.lens.LensCsvFormat").getDeclaredConstructor();
		c.setAccessible(true);
		SourceFormat lens = (SourceFormat) c.newInstance();
		LensSplit split = LensSplit.read(SharedData.path(PartnerEvaluation.LENS), lens);
		PartnerGraph full = split.fullGraph();
		LinkEvents events = new LinkEvents(full);
		int windows = Integer.parseInt(System.getProperty("windows", "3"));
		double lambda = Double.parseDouble(System.getProperty("lambda", "1.0"));
		List<RankingEval.Figures> all = new ArrayList<>();
		List<RankingEval.Figures> cn = new ArrayList<>();
		for (int cut : new int[] { 2011, 2012, 2013 }) {
			Map<Integer, Profiles> cache = new HashMap<>();
			Profiles profiles = Profiles.asOf(full, cut);
			List<Integer> starts = java.util.stream.IntStream.rangeClosed(1, windows).map(k -> cut - k).boxed().toList();
			for (LinkEvents.Kind kind : LinkEvents.Kind.values()) {
				int total = 0;
				for (int st : starts) {
					Profiles pr = cache.computeIfAbsent(st, yy -> Profiles.asOf(full, yy));
					for (int[] pair : events.linkedIn(kind, st, cut)) if (pr.patentCount[pair[0]] > 0 && pr.patentCount[pair[1]] > 0) total++;
				}
				System.out.println("   " + kind + " eligible positive pairs " + total);
			}
			PartnerModels models = PartnerModels.train(full, events, new ModelTrainer(new ModelTrainer.Options(20, lambda, 5, 42)), starts, cut,
					y -> cache.computeIfAbsent(y, yy -> Profiles.asOf(full, yy)));
			LinearModel model = new ModelTrainer(new ModelTrainer.Options(20, lambda, 5, 42)).train(full, events, LinkEvents.Kind.COLLABORATION, starts, cut, y -> cache.computeIfAbsent(y, yy -> Profiles.asOf(full, yy)));

			var queries = LensTemporalTask.queries(full, profiles, full, events, cut);
			var f = RankingEval.evaluate(queries, Rankers.model(profiles, model));
			var b = RankingEval.evaluate(queries, Rankers.adamicAdar(profiles));
			all.add(f); cn.add(b);
			System.out.printf("cut %d model %s %d+ : P@10 %.4f R@10 %.3f MAP %.3f AUC %.3f | AA P@10 %.4f MAP %.3f%n", cut,
					model.training().method(), model.training().positives(), f.precisionAt10(), f.recallAt10(), f.map(), f.auc(), b.precisionAt10(), b.map());
			if (Boolean.getBoolean("weights")) {
				for (int i = 0; i < Feature.COUNT; i++) System.out.printf("   %-22s %+.3f%n", Feature.values()[i].key, model.weights()[i]);
			}
			if (Boolean.getBoolean("pairs")) {
				for (var q : queries) {
					PairFeatures pf = new PairFeatures(profiles, q.organization());
					for (int r : q.relevant()) {
						double[] x = pf.of(r);
						System.out.printf("  %s -> %s  text %.2f cpc %.2f broad %.2f compl %.2f co %.1f mob %.1f cn %.1f port %.1f%n", full.orgIds[q.organization()], full.orgIds[r],
								x[Feature.TEXT_SIMILARITY.ordinal()], x[Feature.CPC_SIMILARITY.ordinal()], x[Feature.CPC_BROAD_SIMILARITY.ordinal()], x[Feature.COMPLEMENTARITY.ordinal()],
								x[Feature.CO_INVENTION.ordinal()], x[Feature.INVENTOR_MOBILITY.ordinal()], x[Feature.COMMON_PARTNERS.ordinal()], x[Feature.CANDIDATE_PORTFOLIO.ordinal()]);
					}
				}
			}
		}
		var f = RankingEval.Figures.pooled(all);
		var b = RankingEval.Figures.pooled(cn);
		System.out.printf("ALL model P@10 %.4f R@10 %.3f MAP %.3f AUC %.3f | AA P@10 %.4f MAP %.3f%n", f.precisionAt10(), f.recallAt10(), f.map(), f.auc(), b.precisionAt10(), b.map());
	}

}
