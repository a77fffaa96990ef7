package org.ipgraph;

import org.ipgraph.cli.IpgraphCli;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ipgraph: a knowledge graph of patents, owners, inventors, experts, institutions, policies and
 * funds, with partner, expert, pool and litigation-risk services on top.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IpgraphApplication {

	public static void main(String[] args) {
		int code = IpgraphCli.run(IpgraphApplication.class, args);
		if (code != IpgraphCli.KEEP_RUNNING) {
			System.exit(code);
		}
	}

}
