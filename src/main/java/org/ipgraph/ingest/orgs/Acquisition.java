package org.ipgraph.ingest.orgs;

/**
 * A private firm effectively acquired by a listed one, known only by its Compustat gvkey.
 *
 * @param name the acquired firm's name as written
 * @param gvkey the acquirer's Compustat key
 * @param year the year of the acquisition
 * @param source the map it comes from
 */
record Acquisition(String name, String gvkey, int year, String source) {
}
