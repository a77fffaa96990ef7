/**
 * Reader for Lens.org patent CSV exports, full-field and the cleaned
 * title/abstract/claims variant.
 */
package org.ipgraph.ingest.lens;
