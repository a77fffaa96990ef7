/**
 * The evaluation of patent valuation ({@code ipgraph evaluate value}): the value model
 * against forward citations alone, held out by time, on the real Lens drones export and
 * on the demo ecosystem's graph.
 */
package org.ipgraph.evaluation.valuation;
