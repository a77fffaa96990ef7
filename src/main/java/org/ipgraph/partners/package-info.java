/**
 * Partner recommendations: licensees, technology sources, co-development and research
 * partners for an organization, and the patents and owners that answer a free-text
 * demand, ranked by models trained with Smile on the graph's own past and explained by
 * score components and graph paths.
 */
package org.ipgraph.partners;
