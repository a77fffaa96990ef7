/**
 * Delivery of the alerts in the graph to their users: signed webhooks with retries and a
 * dead letter, a Server-Sent Events stream, and e-mail digests over SMTP. Every cursor
 * and delivery record is kept in the graph, so nothing is lost or sent twice to a
 * receiver that acknowledged across restarts.
 */
package org.ipgraph.notify;
