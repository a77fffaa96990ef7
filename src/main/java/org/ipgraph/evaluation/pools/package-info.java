/**
 * {@code ipgraph evaluate pools}: recovery of the demo's planted pools, agreement with
 * real SEP declarations and the MPEG LA seed list, with text and declaration baselines.
 */
package org.ipgraph.evaluation.pools;
