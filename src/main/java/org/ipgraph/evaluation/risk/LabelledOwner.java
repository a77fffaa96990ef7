package org.ipgraph.evaluation.risk;

/**
 * An owner with its features and label, for training and evaluation.
 *
 * @param id the organization key
 * @param source where the label comes from: {@code curated} (npe-labels.csv) or
 * {@code demo:seed-S-noise-N}
 * @param npe the label
 * @param hardNegative an operating company that sues now and then
 * @param features its feature vector
 * @param observedSignals how many signals rest on data
 */
public record LabelledOwner(String id, String source, boolean npe, boolean hardNegative, double[] features,
		int observedSignals) {
}
