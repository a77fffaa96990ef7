/**
 * Precomputations from the graph kept current: a
 * {@link org.ipgraph.snapshot.GraphSnapshot} per feature (partners' profiles and models,
 * experts' index, and what comes later), each with its graph fingerprint, background
 * rebuild, readiness in the health endpoint, metrics, and a file that spares the next
 * start the build when the graph has not changed.
 */
package org.ipgraph.snapshot;
