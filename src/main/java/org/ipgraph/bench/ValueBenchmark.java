package org.ipgraph.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.ipgraph.valuation.ValueService;

import org.springframework.stereotype.Component;

/**
 * Measures the batch valuation ({@code ipgraph value store}) on the graph the application
 * runs against, the way this deployment reads and writes (the in-process database's Java
 * API when this process runs it) beside Cypher over Bolt, alternating in one process so
 * that both see the same machine.
 */
@Component
public record ValueBenchmark(ValueService values) {

	/**
	 * One batch.
	 *
	 * @param round the round, from 1
	 * @param load the system load average (one minute) when the batch ended, -1 where the
	 * platform does not say
	 * @param report what the batch did
	 */
	public record Run(int round, double load, ValueService.BatchReport report) {
	}

	/**
	 * {@code rounds} rounds of a batch the deployment's way, then one over Bolt.
	 */
	public List<Run> run(int rounds) {
		if (rounds < 1) {
			throw new IllegalArgumentException("--rounds must be at least 1");
		}
		List<Run> runs = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			for (boolean overBolt : new boolean[] { false, true }) {
				ValueService.BatchReport report = this.values.storeAll(overBolt);
				runs.add(new Run(round, load(), report));
			}
		}
		return runs;
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

}
