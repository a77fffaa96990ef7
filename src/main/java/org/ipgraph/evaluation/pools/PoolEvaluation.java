package org.ipgraph.evaluation.pools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.demo.DemoTruth;
import org.ipgraph.evaluation.Evaluation;
import org.ipgraph.evaluation.EvaluationReport;
import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.ingest.IngestService;
import org.ipgraph.web.PageRequest;
import org.ipgraph.pools.PoolService;
import org.ipgraph.pools.PoolQuery;
import org.ipgraph.pools.PoolParameters;
import org.ipgraph.pools.PoolData;
import org.ipgraph.pools.PoolCandidate;

import org.springframework.stereotype.Component;

/**
 * {@code ipgraph evaluate pools}: recovery of the demo generator's planted pools over
 * seeds and noise levels, each ecosystem loaded into a scratch graph and searched by its
 * standard and by its CPC group, for each clustering variant beside a plain CPC-group
 * grouping (and, by standard, the declared patents alone); then agreement with real SEP
 * declarations, and a check of the MPEG LA seed list against the data we have.
 */
@Component
record PoolEvaluation(PoolService pools, DemoLoader demo, IngestService ingest) implements Evaluation {

	@Override
	public String name() {
		return "pools";
	}

	@Override
	public String description() {
		return "Planted-pool recovery on generated ecosystems, SEP declaration agreement, MPEG LA seed check";
	}

	@Override
	public EvaluationReport run(Map<String, String> options) {
		long[] seeds = Arrays.stream(options.getOrDefault("seeds", "11,12,13").split(","))
			.mapToLong(s -> Long.parseLong(s.strip()))
			.toArray();
		double[] noises = Arrays.stream(options.getOrDefault("noise", "0.0,0.3,0.6").split(","))
			.mapToDouble(s -> Double.parseDouble(s.strip()))
			.toArray();
		int patents = Integer.parseInt(options.getOrDefault("patents", "2000"));
		Map<String, PoolParameters> variants = variants(options.getOrDefault("variants", "all"));
		EvaluationReport.Builder report = EvaluationReport.builder(name());
		try (ScratchGraph graph = ScratchGraph.start()) {
			PoolService service = this.pools.on(graph.client(), graph.driver());
			new PlantedPoolRecovery(service, this.demo.on(graph.driver()), graph, variants).run(seeds, noises, patents,
					report);
			new SepAgreement(service, this.ingest.on(graph.driver()), graph).run(report);
			new MpegLaCheck(this.ingest.on(graph.driver()), graph).run(report);
		}
		return report.build();
	}

	static Map<String, PoolParameters> variants(String which) {
		PoolParameters defaults = PoolParameters.defaults();
		Map<String, PoolParameters> variants = new LinkedHashMap<>();
		variants.put("leiden cite+residual+decl", defaults);
		if (which.equals("default")) {
			return variants;
		}
		variants.put("leiden cite+raw text+decl", defaults.withText(PoolParameters.TextMode.RAW));
		variants.put("leiden cite+decl (no text)", defaults.withText(PoolParameters.TextMode.NONE));
		variants.put("leiden cite+residual (no decl)", defaults.withDeclarationWeight(0));
		variants.put("louvain cite+residual+decl", defaults.withAlgorithm(PoolParameters.Algorithm.LOUVAIN));
		variants.put("leiden gamma 2", defaults.withResolution(2.0));
		variants.put("leiden, member floor 0", defaults.withMinMemberScore(0));
		variants.put("leiden, member floor 0.3", defaults.withMinMemberScore(0.3));
		variants.put("leiden gamma 2, member floor 0.3", defaults.withResolution(2.0).withMinMemberScore(0.3));
		variants.put("leiden, completed from scope", defaults.withCompleteFromScope(true));
		return variants;
	}

	/**
	 * The demo part: per seed and noise, load, search by standard and by CPC group,
	 * tally.
	 */
	static final class PlantedPoolRecovery {

		private final PoolService service;

		private final DemoLoader loader;

		private final ScratchGraph graph;

		private final Map<String, PoolParameters> variants;

		PlantedPoolRecovery(PoolService service, DemoLoader loader, ScratchGraph graph,
				Map<String, PoolParameters> variants) {
			this.service = service;
			this.loader = loader;
			this.graph = graph;
			this.variants = variants;
		}

		void run(long[] seeds, double[] noises, int patents, EvaluationReport.Builder report) {
			Map<String, PlantedPoolTally> tallies = new LinkedHashMap<>();
			int ecosystems = 0;
			int planted = 0;
			for (double noise : noises) {
				for (long seed : seeds) {
					this.graph.clear();
					DemoTruth truth = this.loader.load(new DemoParameters(patents, seed, noise), DemoProgress.NONE)
						.truth();
					ecosystems++;
					for (DemoTruth.PlantedPool pool : truth.pools()) {
						planted++;
						for (String mode : List.of("standard", "cpc")) {
							// the planted truth knows no expiry: every patent, as before
							// status existed
							PoolQuery query = (mode.equals("standard") ? PoolQuery.standard(pool.standard(), 3)
									: PoolQuery.cpc(pool.cpcGroup(), 3))
								.includingExpired(true);
							String task = "planted pools by " + mode;
							String bucket = String.format(Locale.ROOT, "%s, noise %.1f", task, noise);
							List<String> notes = new ArrayList<>();
							PoolData data = this.service.load(query, notes);
							tally(tallies, task, bucket, "baseline: CPC main group", pool,
									Baselines.cpcGroups(data, query.minOwners()));
							if (mode.equals("standard")) {
								tally(tallies, task, bucket, "baseline: declared only", pool,
										Baselines.declared(data, pool.standard()));
							}
							this.variants.forEach((name, parameters) -> tally(tallies, task, bucket, name, pool,
									this.service
										.search(query, data, notes, PageRequest.of(0, PageRequest.MAX_SIZE), parameters)
										.items()));
						}
					}
				}
			}
			// Overall figures first, then by noise level
			List<String> keys = new ArrayList<>(tallies.keySet());
			keys.sort(java.util.Comparator.comparing((String k) -> k.contains(", noise"))
				.thenComparing(k -> k.contains(", noise") ? k.substring(0, k.indexOf('|')) : ""));
			for (String key : keys) {
				String[] parts = key.split("\\|", 2);
				tallies.get(key).figures().forEach((metric, value) -> report.figure(parts[0], parts[1], metric, value));
			}
			report.note(String.format(Locale.ROOT,
					"Planted pools: %d ecosystems of %,d generated patents (seeds %s, noise %s), %d planted pools; "
							+ "each searched by its standard and by its CPC group. A planted pool's match is the "
							+ "candidate sharing most members with it; precision and recall are summed over pools "
							+ "(micro). Members are the planted complements (substitutes excluded); owners the planted "
							+ "owner groups after roll-up.",
					ecosystems, patents, Arrays.toString(seeds), Arrays.toString(noises), planted));
			report.note("Decoys: subsLeaked = planted substitutes counted as members (lower is better), subsFlagged ="
					+ " listed as substitutes; decoyInPool = the single-owner near-duplicate cluster's patents among"
					+ " members; decoyLicensor/decoyAsHolder = its owner among licensors / missing holders (share of"
					+ " pools); holderMRR = reciprocal rank of the planted missing holder among missing holders.");
		}

		private static void tally(Map<String, PlantedPoolTally> tallies, String task, String bucket, String model,
				DemoTruth.PlantedPool pool, List<PoolCandidate> candidates) {
			tallies.computeIfAbsent(task + "|" + model, k -> new PlantedPoolTally()).add(pool, candidates);
			tallies.computeIfAbsent(bucket + "|" + model, k -> new PlantedPoolTally()).add(pool, candidates);
		}

	}

}
