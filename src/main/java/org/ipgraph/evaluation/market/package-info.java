/**
 * Evaluation of the demand-and-offer matching on real data: who actually went on to deal
 * (first co-application after a cut, Lens drones export), ranked among every
 * organization's pre-cut package, beside a keyword and CPC overlap baseline.
 */
package org.ipgraph.evaluation.market;
