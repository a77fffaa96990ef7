package org.ipgraph.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ipgraph.demo.DemoLoader;
import org.ipgraph.demo.DemoParameters;
import org.ipgraph.demo.DemoProgress;
import org.ipgraph.demo.DemoTruth;
import org.ipgraph.evaluation.ScratchGraph;
import org.ipgraph.web.PageRequest;
import org.ipgraph.pools.PoolService;
import org.ipgraph.pools.PoolResults;
import org.ipgraph.pools.PoolQuery;
import org.ipgraph.pools.PoolData;

import org.springframework.stereotype.Component;

/**
 * Measures pool searches on generated ecosystems, each loaded into a scratch graph: for a
 * CPC group, a standard, keywords and a seed set, the time to read the scope (graph reads
 * and text vectors) and to search it (substitutes, graph building, GDS projection, Leiden
 * and drop, assembly), median of several runs after a warm-up run.
 */
@Component
public record PoolBenchmark(PoolService pools, DemoLoader demo) {

	/**
	 * One query's figures.
	 *
	 * @param patents ecosystem size
	 * @param loadSeconds loading the ecosystem (transactional demo load)
	 * @param query the query
	 * @param scope patents in scope
	 * @param edges edges of the projected graph
	 * @param candidates candidates found
	 * @param readMillis median time to read the scope
	 * @param searchMillis median time to search it
	 * @param totalMillis median of both together
	 */
	public record Result(int patents, double loadSeconds, String query, int scope, int edges, int candidates,
			double readMillis, double searchMillis, double totalMillis) {
	}

	public List<Result> run(List<Integer> sizes, long seed, int repeats, PrintStream log) {
		List<Result> results = new ArrayList<>();
		for (int size : sizes) {
			try (ScratchGraph graph = ScratchGraph.start()) {
				log.printf("loading %,d patents%n", size);
				long start = System.nanoTime();
				DemoTruth truth = this.demo.on(graph.driver())
					.load(new DemoParameters(size, seed, DemoParameters.DEFAULT_NOISE), DemoProgress.NONE)
					.truth();
				double load = (System.nanoTime() - start) / 1e9;
				DemoTruth.PlantedPool pool = truth.pools().get(0);
				PoolService service = this.pools.on(graph.client(), graph.driver());
				for (PoolQuery base : List.of(PoolQuery.cpc(pool.cpcGroup(), 3), PoolQuery.standard(pool.standard(), 3),
						PoolQuery.topic("motion vector prediction", 3), PoolQuery.patents(pool.declared(), 3))) {
					// side by side: patents in force (the default), and every patent as
					// before
					for (PoolQuery query : List.of(base, base.includingExpired(true))) {
						log.printf("  %s%n", query.describe());
						results.add(measure(service, query, size, load, repeats));
					}
				}
			}
		}
		return results;
	}

	private static Result measure(PoolService service, PoolQuery query, int size, double load, int repeats) {
		double[] read = new double[repeats];
		double[] search = new double[repeats];
		double[] total = new double[repeats];
		PoolResults last = null;
		for (int run = -1; run < repeats; run++) {
			long t0 = System.nanoTime();
			List<String> notes = new ArrayList<>();
			PoolData data = service.load(query, notes);
			long t1 = System.nanoTime();
			last = service.search(query, data, notes, PageRequest.of(0, PageRequest.MAX_SIZE), service.parameters());
			long t2 = System.nanoTime();
			if (run >= 0) {
				read[run] = (t1 - t0) / 1e6;
				search[run] = (t2 - t1) / 1e6;
				total[run] = (t2 - t0) / 1e6;
			}
		}
		return new Result(size, load, query.describe(), last.scope().patents(), last.scope().edges(), last.total(),
				median(read), median(search), median(total));
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

}
