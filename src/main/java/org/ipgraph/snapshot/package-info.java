/**
 * Precomputations from the graph kept current: a {@link org.ipgraph.snapshot.GraphSnapshot}
 * per feature (partners' profiles and models, experts' index, and what comes later), each with
 * its graph fingerprint, background rebuild, readiness in the health endpoint, and metrics.
 */
package org.ipgraph.snapshot;
