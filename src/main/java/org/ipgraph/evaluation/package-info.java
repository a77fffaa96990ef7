/**
 * Reproducible quality evaluations: metrics, and the {@code ipgraph evaluate} command that runs
 * each module's evaluation on held-out real or generated data, baselines beside the model.
 */
package org.ipgraph.evaluation;
