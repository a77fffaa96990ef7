package org.ipgraph.demo;

/**
 * What a demo load did.
 *
 * @param parameters what was generated
 * @param nodesCreated nodes created (zero when the same ecosystem was loaded before)
 * @param relationshipsCreated relationships created
 * @param propertiesSet properties written
 * @param seconds how long it took
 * @param truth what was planted
 */
public record DemoLoadReport(DemoParameters parameters, long nodesCreated, long relationshipsCreated,
		long propertiesSet, double seconds, DemoTruth truth) {
}
