/**
 * Text and classification similarity shared by the recommendation and analysis modules:
 * English term analysis, TF-IDF vectors and an inverted index for cosine nearest
 * neighbours.
 */
package org.ipgraph.similarity;
