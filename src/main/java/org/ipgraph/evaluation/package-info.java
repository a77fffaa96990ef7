/**
 * Evaluation and training harnesses, apart from the services they measure: the
 * {@link org.ipgraph.evaluation.Evaluation} contract behind {@code ipgraph evaluate},
 * metrics and a scratch graph; one subpackage per service (partners, experts, pools,
 * risk) with its evaluation on held-out real or generated data, baselines beside the
 * model, and its training.
 */
package org.ipgraph.evaluation;
