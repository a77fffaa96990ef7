/**
 * Reader and writer for the CPC title list: Technology nodes with titles and the exact
 * dot-level hierarchy.
 */
package org.ipgraph.ingest.cpc;
