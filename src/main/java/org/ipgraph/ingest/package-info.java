/**
 * Getting data into the graph: source readers by format (USPTO XML, Lens, Google Patents,
 * PatentsView, SEP declarations, CPC titles, organization lists), and the batched,
 * idempotent writer they feed. A bad record is reported with its file and position and
 * skipped.
 */
package org.ipgraph.ingest;
