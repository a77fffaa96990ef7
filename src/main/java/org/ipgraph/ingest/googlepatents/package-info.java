/**
 * Reader for Google Patents search exports and for abstract files keyed by patent number.
 */
package org.ipgraph.ingest.googlepatents;
