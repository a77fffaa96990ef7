/**
 * {@code ipgraph evaluate experts}: leave-one-out inventor recovery and same-person
 * resolution on real benchmarks and on the demo's inventor truth.
 */
package org.ipgraph.evaluation.experts;
