/**
 * Reader and writers for standard-essential-patent declarations in the IPlytics/ETSI
 * style: declarations, the declared patents, and the specifications they are declared to.
 */
package org.ipgraph.ingest.sep;
