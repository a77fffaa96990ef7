package org.ipgraph.demo;

import java.util.List;

/**
 * A generated ecosystem held in memory.
 *
 * @param nodes nodes other than patents and the people derived from them
 * @param patents patents in filing order
 * @param relationships relationships among keyed nodes
 * @param truth what was planted
 */
public record DemoEcosystem(List<DemoNode> nodes, List<DemoPatent> patents, List<DemoRelationship> relationships,
		DemoTruth truth) {

	public DemoEcosystem {
		nodes = List.copyOf(nodes);
		patents = List.copyOf(patents);
		relationships = List.copyOf(relationships);
	}

}
