package org.ipgraph.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates a synthetic IP ecosystem: owners of every kind with corporate trees,
 * inventors who move and whose names vary, experts, CPC-classified patents citing older
 * ones, standards, funds, policies, litigation, demands and documents, with planted
 * structure (partner affinities, pool-like clusters with decoys, NPE-like shells)
 * returned as {@link DemoTruth}. Pure Java: no Spring, no database. The same parameters
 * always give the same output.
 */
public final class DemoGenerator {

	private DemoGenerator() {
	}

	/**
	 * Streams an ecosystem into a sink: nodes, then patents in filing order, then
	 * relationships. Memory stays proportional to organizations and people, not patents.
	 */
	public static DemoTruth generate(DemoParameters parameters, DemoSink sink) {
		Ecosystem ecosystem = new Ecosystem(parameters);
		ecosystem.emitNodes(sink);
		ecosystem.emitPatents(sink);
		ecosystem.emitRelationships(sink);
		sink.finish();
		return Truths.of(ecosystem);
	}

	/**
	 * The number of the demo patent at this position of the stream (filing order), from
	 * {@code US40000000} on: eight digits no US grant has reached, so demo patents never
	 * merge with real ones.
	 */
	public static String patentNumber(int index) {
		return Plan.number(index);
	}

	/**
	 * The whole ecosystem in memory, for small sizes and tests.
	 */
	public static DemoEcosystem generate(DemoParameters parameters) {
		List<DemoNode> nodes = new ArrayList<>();
		List<DemoPatent> patents = new ArrayList<>();
		List<DemoRelationship> relationships = new ArrayList<>();
		DemoTruth truth = generate(parameters, new DemoSink() {

			@Override
			public void node(DemoNode node) {
				nodes.add(node);
			}

			@Override
			public void patent(DemoPatent patent) {
				patents.add(patent);
			}

			@Override
			public void relationship(DemoRelationship relationship) {
				relationships.add(relationship);
			}

		});
		return new DemoEcosystem(nodes, patents, relationships, truth);
	}

}
