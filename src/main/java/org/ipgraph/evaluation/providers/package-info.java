/**
 * Evaluation of the provider ranking ({@code ipgraph evaluate providers}): held out by
 * time, on the litigation records with counsel that the shared data (or an OCE release
 * named with {@code --option oce=DIR}) holds, and on the demo with synthetic counsel,
 * beside a popularity baseline. {@link SyntheticCounsel} is also what the provider
 * benchmark gives a demo store.
 */
@NamedInterface("providers-synthetic")
package org.ipgraph.evaluation.providers;

import org.springframework.modulith.NamedInterface;
