package org.ipgraph.cli;

import picocli.CommandLine.Option;

/**
 * How many requests a latency bench times per endpoint, and how many it makes first
 * untimed. Each bench has its own defaults (worded per command in messages.properties).
 */
class BenchRequests {

	@Option(names = "--requests", paramLabel = "N", descriptionKey = "requests",
			description = "Requests timed per endpoint.")
	Integer requests;

	@Option(names = "--warm-up", paramLabel = "N", descriptionKey = "warm-up",
			description = "Requests per endpoint before timing.")
	Integer warmUp;

	int requests(int byDefault) {
		return this.requests == null ? byDefault : this.requests;
	}

	int warmUp(int byDefault) {
		return this.warmUp == null ? byDefault : this.warmUp;
	}

}
