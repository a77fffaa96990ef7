/**
 * Watches and alerts (issue 14): users watch organizations (with their group), patents,
 * CPC areas, standards and saved searches; every ingest batch commits a change set, from
 * which change detection derives alerts of seven kinds with their evidence into the graph
 * (the outbox), each exactly once by its key. Delivery beyond the API (webhooks, SSE,
 * e-mail) reads the Alert nodes and is not done here.
 */
package org.ipgraph.watch;
