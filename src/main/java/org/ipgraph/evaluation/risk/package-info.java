/**
 * The NPE classifier's harness: labelled owners from planted demo cases and curated real labels,
 * its training ({@code ipgraph risk train}), cross-validation and {@code ipgraph evaluate npe}.
 */
@NamedInterface("risk-training")
package org.ipgraph.evaluation.risk;

import org.springframework.modulith.NamedInterface;
