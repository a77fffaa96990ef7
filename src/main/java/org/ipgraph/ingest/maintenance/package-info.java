/**
 * USPTO patent maintenance-fee events (the weekly cumulative {@code MaintFeeEvents}
 * file): fee payments, expiry for non-payment and reinstatement, kept as dated
 * {@code LegalEvent}s of the patents in the graph, which set their legal status.
 */
package org.ipgraph.ingest.maintenance;
