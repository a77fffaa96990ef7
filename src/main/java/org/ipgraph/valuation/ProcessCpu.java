package org.ipgraph.valuation;

import java.lang.management.ManagementFactory;

/**
 * The processor time this process has used, on every core: a batch's cost apart from the
 * other processes of a shared machine.
 */
final class ProcessCpu {

	private ProcessCpu() {
	}

	/**
	 * Nanoseconds of processor time so far, or 0 where the platform does not say.
	 */
	static long nanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return Math.max(0, os.getProcessCpuTime());
		}
		return 0;
	}

}
