package org.ipgraph.evaluation.partners;

import java.time.LocalDate;
import java.util.*;

import org.ipgraph.demo.*;
import org.ipgraph.graph.OrganizationNames;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.partners.PartnerGraph;
import org.ipgraph.partners.ModelTrainer;
import org.ipgraph.partners.LinearModel;
import org.ipgraph.partners.Feature;

class DemoExperiment {

	static PartnerGraph graph(DemoEcosystem e) {
		PartnerGraph.Builder b = PartnerGraph.builder();
		for (DemoNode n : e.nodes()) {
			if (n.label().equals("Organization")) {
				b.organization(n.key(), (String) n.properties().get("name"), (String) n.properties().get("kind"), (String) n.properties().get("country"));
			}
		}
		Map<String, List<String>> extraOwners = new HashMap<>();
		for (DemoRelationship r : e.relationships()) {
			switch (r.type()) {
				case "SUBSIDIARY_OF" -> b.subsidiary(r.from(), r.to());
				case "PARTNERED_WITH", "LICENSED_TO" -> b.relation(r.from(), r.to(), r.properties().get("on") instanceof LocalDate d ? d.getYear() : 0, r.type());
				case "OWNS" -> { if (r.fromLabel().equals("Organization")) extraOwners.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r.from()); }
				default -> { }
			}
		}
		for (DemoPatent p : e.patents()) {
			PatentRecord r = p.record();
			List<String> owners = new ArrayList<>(r.owners().stream().filter(o -> !o.isPerson()).map(o -> OrganizationNames.key(o.rawName())).distinct().toList());
			for (String x : extraOwners.getOrDefault(p.number(), List.of())) if (!owners.contains(x)) owners.add(x);
			String anchor = owners.isEmpty() ? "-" : owners.get(0);
			List<PartnerGraph.Inventor> inv = r.inventors().stream().filter(Party::isPerson).map(x -> new PartnerGraph.Inventor("person:" + x.person().key() + "@" + anchor, x.person().key())).toList();
			String text = (r.title() == null ? "" : r.title()) + "\n" + (r.abstractText() == null ? "" : r.abstractText()) + "\n" + (r.claims() == null ? "" : r.claims().substring(0, Math.min(3000, r.claims().length())));
			b.patent(p.number(), LensSplit.year(r), r.number().jurisdiction(), r.title(), text, owners, inv, r.cpc().stream().map(c -> c.symbol()).toList(), r.citations().stream().map(c -> c.cited().key()).toList());
		}
		return b.build();
	}

	public static void main(String[] args) {
		int patents = Integer.getInteger("patents", 3000);
		int seeds = Integer.getInteger("seeds", 3);
		int windows = Integer.getInteger("windows", 3);
		double lambda = Double.parseDouble(System.getProperty("lambda", "1.0"));
		ModelTrainer.Options options = new ModelTrainer.Options(20, lambda, 5, 42);
		for (double noise : new double[] { 0.1, 0.5 }) {
			List<PartnerGraph> graphs = new ArrayList<>();
			List<DemoTruth> truths = new ArrayList<>();
			for (int s = 1; s <= seeds; s++) {
				DemoEcosystem e = DemoGenerator.generate(new DemoParameters(patents, s, noise));
				graphs.add(graph(e));
				truths.add(e.truth());
			}
			DemoAffinityTask task = new DemoAffinityTask(options, windows);
			Map<String, List<RankingEval.Figures>> runs = new LinkedHashMap<>();
			String only = System.getProperty("truth", "planted");
			for (int i = 0; i < seeds; i++) {
				int other = (i + 1) % seeds;
				LinearModel m = task.trainAfterCut(graphs.get(other), truths.get(other).parameters().cutYear());
				if (i == 0 && Boolean.getBoolean("weights")) {
					System.out.println(m.training());
					for (int f = 0; f < Feature.COUNT; f++) System.out.printf("   %-22s %+.3f%n", Feature.values()[f].key, m.weights()[f]);
				}
				task.evaluate(graphs.get(i), truths.get(i), m, Map.of()).get(only).forEach((n, f) -> runs.computeIfAbsent(n, k -> new ArrayList<>()).add(f));
			}
			System.out.println("noise " + noise);
			runs.forEach((n, r) -> { var f = RankingEval.Figures.pooled(r); System.out.printf("  %-46s P@10 %.4f R@10 %.3f MAP %.3f MRR %.3f AUC %.3f q %d%n", n, f.precisionAt10(), f.recallAt10(), f.map(), f.mrr(), f.auc(), f.queries()); });
		}
	}

}
