package org.ipgraph.demo;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * On start, fills an empty graph with the synthetic demo ecosystem so that every endpoint
 * answers. A graph with any Patent is left alone.
 */
@Component
record DemoOnEmptyRunner(DemoLoader loader, Neo4jClient neo4j, DemoProperties properties) implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoOnEmptyRunner.class);

	@Override
	public void run(ApplicationArguments args) {
		loadIfEmpty();
	}

	/**
	 * @return whether the demo was loaded
	 */
	boolean loadIfEmpty() {
		if (!this.properties.onEmpty() || hasPatents()) {
			return false;
		}
		DemoParameters parameters = this.properties.parameters();
		logger.info("The graph is empty: loading the synthetic demo ecosystem (" + parameters.describe() + ")");
		DemoLoadReport report = this.loader.load(parameters, DemoProgress.NONE);
		logger.warn(String.format(java.util.Locale.ROOT,
				"The graph holds SYNTHETIC demo data (%s; %,d nodes, loaded in %.1f s): fictional organizations and "
						+ "people, for trying ipgraph out. Start with --no-demo on an empty data directory to skip it.",
				parameters.describe(), report.nodesCreated(), report.seconds()));
		return true;
	}

	private boolean hasPatents() {
		return this.neo4j.query("MATCH (p:Patent) RETURN count(p) > 0 AS any")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

}
