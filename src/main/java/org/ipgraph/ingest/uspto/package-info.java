/**
 * Reader for USPTO full-text XML v4.x: weekly grant files and single grants or
 * applications.
 */
package org.ipgraph.ingest.uspto;
