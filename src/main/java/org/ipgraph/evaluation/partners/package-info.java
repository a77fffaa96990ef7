/**
 * {@code ipgraph evaluate partners}: temporal link prediction on the real Lens export and
 * the demo's planted partner pairs, the trained model beside common-neighbours,
 * Adamic-Adar and GDS.
 */
package org.ipgraph.evaluation.partners;
