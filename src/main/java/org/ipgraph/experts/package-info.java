/**
 * Expert suggestions: people ranked for a topic, a patent or a demand, with their
 * evidence and affiliation, consent-aware (hidden persons appear as anonymous profiles),
 * with conflict-of-interest exclusion, and the same-person resolution of inventor name
 * variants.
 */
package org.ipgraph.experts;
