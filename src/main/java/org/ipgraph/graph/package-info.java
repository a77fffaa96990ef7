/**
 * The graph model shared by every module: node keys and how raw source values become them
 * (patent numbers, organization and person names, CPC symbols), plus graph statistics.
 */
package org.ipgraph.graph;
