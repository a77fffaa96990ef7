/**
 * The seeded synthetic demo ecosystem: a pure generator with planted structure and its
 * ground truth, the loader that writes it into the graph, and the CSV and bulk-import
 * paths for benchmark-scale graphs.
 */
package org.ipgraph.demo;
